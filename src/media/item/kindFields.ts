import type { Field } from 'payload'

import { slugs } from '../../../collections/slugs'
import { hideUnreadableRelations } from '../../access/relations'
import { isStaffUser } from '../../access/roles'
import { LOCALE_OPTIONS } from '../../i18n/locales'

/** Where a video's web rendition stands (src/media/video/transcodeVideoTask.ts). */
export const VIDEO_PROCESSING_STATUSES = ['queued', 'running', 'done', 'failed'] as const

export type VideoProcessingStatus = (typeof VIDEO_PROCESSING_STATUSES)[number]

/** The `videoProcessing` group as stored. */
export type VideoProcessing = {
  status: VideoProcessingStatus | null
  percent: number | null
  error: string | null
  updatedAt: string | null
}

/**
 * How much of a document's text is kept on the item for search: about a hundred pages. The
 * security scan reads more (src/text/extractText.ts) but keeps nothing; what is stored is
 * indexed, and the embedded search engine holds its index in memory.
 */
export const STORED_DOCUMENT_TEXT_CHARS = 200_000

const isKind =
  (kind: string) =>
  (data: Partial<Record<string, unknown>> | undefined): boolean =>
    data?.kind === kind

/**
 * Fields the upload pipeline fills for one kind of media: what ffprobe says about a video and
 * how its web rendition is coming along; a document's page count and text. Server-owned
 * (src/media/item/fields.ts lists them): whatever a client sends for them is dropped.
 */
export const mediaKindFields: Field[] = [
  {
    name: 'video',
    type: 'group',
    label: { vi: 'Thông số video', en: 'Video details' },
    admin: { readOnly: true, condition: isKind('video') },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'durationSeconds',
            type: 'number',
            label: { vi: 'Thời lượng (giây)', en: 'Duration (seconds)' },
          },
          { name: 'width', type: 'number', label: { vi: 'Rộng (px)', en: 'Width (px)' } },
          { name: 'height', type: 'number', label: { vi: 'Cao (px)', en: 'Height (px)' } },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'videoCodec', type: 'text', label: { vi: 'Mã hóa hình', en: 'Video codec' } },
          { name: 'audioCodec', type: 'text', label: { vi: 'Mã hóa tiếng', en: 'Audio codec' } },
          {
            name: 'frameRate',
            type: 'number',
            label: { vi: 'Số hình/giây', en: 'Frame rate (fps)' },
          },
        ],
      },
    ],
  },
  {
    // Written by the transcode task at most every few seconds; shown by the panel below.
    name: 'videoProcessing',
    type: 'group',
    label: { vi: 'Xử lý bản xem trên web', en: 'Web version processing' },
    admin: { hidden: true },
    fields: [
      { name: 'status', type: 'select', options: [...VIDEO_PROCESSING_STATUSES] },
      { name: 'percent', type: 'number', min: 0, max: 100 },
      { name: 'error', type: 'text', maxLength: 1000 },
      { name: 'updatedAt', type: 'date' },
    ],
  },
  {
    name: 'videoProcessingPanel',
    type: 'ui',
    admin: {
      position: 'sidebar',
      condition: isKind('video'),
      components: { Field: '/src/components/admin/VideoProcessingStatus#VideoProcessingStatus' },
    },
  },
  {
    name: 'pageCount',
    type: 'number',
    min: 0,
    label: { vi: 'Số trang', en: 'Pages' },
    admin: { readOnly: true, position: 'sidebar', condition: isKind('document') },
  },
  {
    // A publication in several languages is one item per language edition (a file cannot be
    // localized), each naming its language and linking the others.
    name: 'documentLanguage',
    type: 'select',
    options: LOCALE_OPTIONS,
    label: { vi: 'Ngôn ngữ của ấn phẩm', en: 'Language of the publication' },
    admin: { position: 'sidebar', condition: isKind('document') },
  },
  {
    name: 'editions',
    type: 'relationship',
    relationTo: slugs.media,
    hasMany: true,
    filterOptions: { kind: { equals: 'document' } },
    label: { vi: 'Bản bằng ngôn ngữ khác', en: 'Editions in other languages' },
    // An edition the reader may not see (a press-only translation) is not even named to them.
    hooks: { afterRead: [hideUnreadableRelations({ relationTo: slugs.media })] },
    admin: {
      position: 'sidebar',
      condition: isKind('document'),
      description: {
        vi: 'Cùng ấn phẩm, bằng ngôn ngữ khác.',
        en: 'The same publication in other languages.',
      },
    },
  },
  {
    // Read on upload once, for the security scan and for search; staff only, never in lists.
    name: 'documentText',
    type: 'textarea',
    maxLength: STORED_DOCUMENT_TEXT_CHARS,
    label: { vi: 'Văn bản trích từ tài liệu', en: 'Text extracted from the document' },
    admin: { readOnly: true, hidden: true, disableListColumn: true, disableListFilter: true },
    access: { read: ({ req: { user } }) => isStaffUser(user) },
  },
]
