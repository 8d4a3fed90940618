import type { CollectionConfig } from 'payload'

import { assertRelationsVisible, dropUnpopulatedRelations } from '../../src/access/relations'
import { auditFileDownload } from '../../src/audit/hooks'
import { forgetCachedDownloads } from '../../src/media/download/downloadCache'
import { renditionFileEndpoint } from '../../src/media/download/downloadEndpoints'
import {
  renditionThumbnail,
  serveStockFilesOnlyToStaff,
} from '../../src/media/download/fileRouteAccess'
import { eventField, topicsField } from '../../src/fields/itemFields'
import { mediaPipelineFields } from '../../src/media/item/fields'
import { displayTitleField, setDisplayTitle } from '../../src/media/metadata/displayTitle'
import { fillEmbeddedTranslations } from '../../src/media/metadata/embeddedTranslations'
import {
  applyUploadResults,
  removeRenditions,
  screenUpload,
  storeRenditions,
} from '../../src/media/upload/uploadPipeline'
import { ACCEPTED_MIME_TYPES } from '../../src/media/upload/uploadPolicy'
import {
  noteUploadTempFile,
  readUploadBeforeTransactionEndpoints,
  removeUploadTempFile,
} from '../../src/media/upload/uploadTempFiles'
import { queueVideoTranscode } from '../../src/media/video/queueVideoTranscode'
import { noteArticlesShowingMedia } from '../../src/syndication/changeLog'
import { editorialItem } from '../../src/workflow/editorialItem'
import { slugs } from '../slugs'
import { LICENCES, MEDIA_KINDS, MODEL_RELEASE_STATUSES } from '../vocabularies'

/**
 * Photos, videos and publications. Files live in the local `media/` folder or in a private S3
 * bucket (src/storage) and are always served through this collection's read access.
 */
export const Media: CollectionConfig = editorialItem({
  slug: slugs.media,
  labels: {
    singular: { vi: 'Tư liệu', en: 'Media item' },
    plural: { vi: 'Thư viện tư liệu', en: 'Media library' },
  },
  admin: {
    // Named by headline or caption, never by the generated stored name
    // (src/media/metadata/mediaTitle.ts).
    useAsTitle: 'displayTitle',
    // `filename` is Payload's file cell: the thumbnail rendition (upload.adminThumbnail).
    defaultColumns: ['filename', 'displayTitle', 'kind', 'accessTier', 'credit'],
    // The list's and the pickers' search box (localized fields: in the language on screen).
    listSearchableFields: [
      'displayTitle',
      'headline',
      'alt',
      'caption',
      'credit',
      'originalFilename',
    ],
  },
  maxVersionsPerDoc: 50,
  sourceFields: ['headline', 'caption', 'alt', 'keywords'],
  stampedContent: {
    textFields: ['headline', 'caption', 'alt', 'placeShown', 'keywords'],
    richTextFields: [],
    scanUploadedDocument: true,
  },
  endpoints: [
    // First: an uploaded document is read before Payload opens the save's transaction.
    ...readUploadBeforeTransactionEndpoints,
    renditionFileEndpoint,
  ],
  hooks: {
    // The file is screened, decoded once into renditions and cleaned of private metadata.
    beforeOperation: [noteUploadTempFile, screenUpload],
    beforeValidate: [
      assertRelationsVisible({ fields: [{ name: 'event', relationTo: slugs.events }] }),
    ],
    // Its event is left to Payload's population; what the reader may not read is dropped here.
    afterRead: [dropUnpopulatedRelations],
    beforeChange: [
      // Before the hold: an embedded caption is scanned for stamps like a typed one.
      applyUploadResults,
      // After the upload results: a new file's original name is the title until one is written.
      setDisplayTitle,
    ],
    afterChange: [
      storeRenditions,
      // After the file is stored: the file's texts in other languages go to those locales.
      fillEmbeddedTranslations,
      // After the poster stills are stored: the web version of a video is made by a job.
      queueVideoTranscode,
      forgetCachedDownloads,
    ],
    // Before its links go: the articles showing a deleted item lose it from their versions too.
    beforeDelete: [noteArticlesShowingMedia],
    afterDelete: [removeRenditions, forgetCachedDownloads],
    afterOperation: [removeUploadTempFile],
  },
  upload: {
    // The stock file route is for staff (the public and the press download through
    // src/media/download/downloadEndpoints.ts); staff downloads of non-public files are recorded,
    // then the storage's own handler serves the file.
    handlers: [serveStockFilesOnlyToStaff, auditFileDownload],
    adminThumbnail: renditionThumbnail,
    // The allow-list (src/media/upload/uploadPolicy.ts); screenUpload checks content against it
    // first.
    mimeTypes: ACCEPTED_MIME_TYPES,
  },
  fields: [
    displayTitleField,
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'image',
      options: MEDIA_KINDS.map(({ value, label }) => ({ value, label })),
      label: { vi: 'Loại', en: 'Kind' },
    },
    {
      // What the library, feeds, ninjs and downloaded files (IPTC Headline) call the item;
      // `alt` describes the picture for screen readers and is no title.
      name: 'headline',
      type: 'text',
      localized: true,
      maxLength: 300,
      label: { vi: 'Tiêu đề', en: 'Headline' },
      admin: {
        description: {
          vi: 'Tên ngắn của ảnh, video hoặc ấn phẩm (IPTC Headline); khác với mô tả thay thế.',
          en: 'A short title of the photo, video or publication (IPTC Headline); not the alternative text.',
        },
      },
    },
    {
      name: 'alt',
      type: 'text',
      localized: true,
      maxLength: 500,
      label: { vi: 'Mô tả thay thế', en: 'Alternative text' },
      admin: {
        description: {
          vi: 'Mô tả nội dung hình cho người dùng trình đọc màn hình.',
          en: 'What the picture shows, for people using screen readers.',
        },
      },
    },
    {
      name: 'caption',
      type: 'textarea',
      localized: true,
      maxLength: 5000,
      label: { vi: 'Chú thích', en: 'Caption' },
    },
    {
      name: 'credit',
      type: 'text',
      maxLength: 300,
      label: { vi: 'Nguồn, tác giả', en: 'Credit line' },
    },
    {
      name: 'creator',
      type: 'text',
      maxLength: 300,
      label: { vi: 'Tác giả (người chụp, quay)', en: 'Creator (photographer, camera operator)' },
    },
    {
      name: 'copyrightNotice',
      type: 'text',
      maxLength: 500,
      label: { vi: 'Thông báo bản quyền', en: 'Copyright notice' },
    },
    {
      name: 'usageTerms',
      type: 'textarea',
      localized: true,
      maxLength: 2000,
      label: { vi: 'Điều kiện sử dụng', en: 'Usage terms' },
    },
    {
      name: 'licence',
      type: 'select',
      defaultValue: 'editorial-use',
      options: LICENCES.map(({ value, label }) => ({ value, label })),
      label: { vi: 'Giấy phép', en: 'Licence' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'dateTaken',
          type: 'date',
          index: true,
          label: { vi: 'Ngày chụp, quay', en: 'Date taken' },
        },
        {
          name: 'modelRelease',
          type: 'select',
          defaultValue: 'not-applicable',
          options: MODEL_RELEASE_STATUSES.map(({ value, label }) => ({ value, label })),
          label: { vi: 'Cam kết của người trong ảnh', en: 'Model release' },
        },
      ],
    },
    {
      name: 'placeShown',
      type: 'text',
      localized: true,
      maxLength: 300,
      label: { vi: 'Địa điểm trong ảnh', en: 'Place shown' },
    },
    topicsField,
    eventField,
    ...mediaPipelineFields,
  ],
})
