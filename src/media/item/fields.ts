import type { Field } from 'payload'

import { slugs } from '../../../collections/slugs'
import { mediaKindFields } from './kindFields'
import { RENDITION_EXTENSIONS, RENDITION_FORMATS, RENDITION_SIZES } from '../upload/renditions'
import { WEB_VIDEO_RENDITION } from '../video/webVideo'

/**
 * Fields the media pipeline fills (src/media/upload/uploadPipeline.ts): the server owns them, and
 * {@link applyUploadResults} drops whatever a client sends for them.
 */
export const SERVER_OWNED_MEDIA_FIELDS = [
  'originalFilename',
  'renditions',
  'placeholder',
  'embeddedMetadata',
  'downloadCount',
  'video',
  'videoProcessing',
  'pageCount',
  'documentText',
] as const

/** The media collection's fields for keywords, renditions, embedded metadata and downloads. */
export const mediaPipelineFields: Field[] = [
  {
    // Per language: read on upload from IPTC Keywords / XMP dc:subject (language-tagged ones,
    // and ones in a script only one locale writes, go to that locale), searched, and written
    // back into downloaded files.
    name: 'keywords',
    type: 'text',
    hasMany: true,
    localized: true,
    maxLength: 100,
    label: { vi: 'Từ khóa', en: 'Keywords' },
  },
  {
    name: 'originalFilename',
    type: 'text',
    maxLength: 500,
    label: { vi: 'Tên tệp khi tải lên', en: 'Uploaded file name' },
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: {
        vi: 'Tệp được lưu dưới tên do hệ thống tạo; tên này dùng khi tải về.',
        en: 'Files are stored under generated names; this one is used for downloads.',
      },
    },
  },
  {
    name: 'downloadCount',
    type: 'number',
    defaultValue: 0,
    min: 0,
    label: { vi: 'Số lượt tải về', en: 'Downloads' },
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'placeholder',
    type: 'text',
    maxLength: 2000,
    label: { vi: 'Ảnh mờ xem trước', en: 'Blur placeholder' },
    admin: { readOnly: true, hidden: true },
  },
  {
    name: 'renditions',
    type: 'array',
    label: { vi: 'Các cỡ ảnh', en: 'Renditions' },
    labels: {
      singular: { vi: 'Cỡ ảnh', en: 'Rendition' },
      plural: { vi: 'Cỡ ảnh', en: 'Renditions' },
    },
    admin: { readOnly: true, initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'size',
            type: 'select',
            required: true,
            options: RENDITION_SIZES.map(({ name }) => name),
          },
          {
            name: 'format',
            type: 'select',
            required: true,
            // A video's web rendition is an MP4 beside its poster stills.
            options: [...RENDITION_FORMATS, WEB_VIDEO_RENDITION.format],
          },
          { name: 'width', type: 'number', required: true },
          { name: 'height', type: 'number', required: true },
          { name: 'filesize', type: 'number', required: true },
        ],
      },
      { name: 'filename', type: 'text', required: true },
      { name: 'mimeType', type: 'text', required: true },
      {
        // Computed on read: served by the renditions endpoint, which applies read access.
        name: 'url',
        type: 'text',
        virtual: true,
        hooks: {
          afterRead: [
            ({ data, siblingData }) => {
              const { size, format } = (siblingData ?? {}) as { size?: string; format?: string }
              const id = (data as { id?: unknown } | undefined)?.id
              if ((typeof id !== 'number' && typeof id !== 'string') || !size || !format)
                return null
              const extension =
                format === WEB_VIDEO_RENDITION.format
                  ? WEB_VIDEO_RENDITION.extension
                  : RENDITION_EXTENSIONS[format as keyof typeof RENDITION_EXTENSIONS]
              return `/api/${slugs.media}/${String(id)}/renditions/${size}.${extension}`
            },
          ],
        },
      },
    ],
  },
  {
    name: 'embeddedMetadata',
    type: 'json',
    label: { vi: 'Thông tin nhúng trong tệp', en: 'Embedded metadata' },
    admin: {
      readOnly: true,
      description: {
        vi: 'IPTC, XMP và EXIF đọc được khi tải lên (chú thích theo từng ngôn ngữ), để tham khảo khi biên tập và dịch.',
        en: 'IPTC, XMP and EXIF read on upload (captions per language), for reference when editing and translating.',
      },
    },
  },
  ...mediaKindFields,
]
