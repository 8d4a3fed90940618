import type { CollectionConfig } from 'payload'

import { isPressOfficerOrAdmin, pressOfficersOrOwnJournalist } from '../../src/access/pressAccess'
import { PRESS_CARD_MIME_TYPES, stampPressCardOwner } from '../../src/journalists/pressCards'
import { noteUploadTempFile, removeUploadTempFile } from '../../src/media/upload/uploadTempFiles'
import { slugs } from '../slugs'
import { journalistOwnerField } from '../../src/fields/journalistOwner'

/**
 * Scans of journalists' press cards, sent with an accreditation request. Private: the file
 * route checks this read access before serving a byte, so only press officers, admins and the
 * journalist who sent it can open one — never an anonymous reader, an API client or other
 * staff (GraphQL included: the collection is in its schema, as the journalists' type points to
 * it). Files live beside the media (local folder or S3 prefix `press-cards/`), never in a
 * public folder.
 */
export const PressCards: CollectionConfig = {
  slug: slugs.pressCards,
  labels: {
    singular: { vi: 'Ảnh thẻ nhà báo', en: 'Press card scan' },
    plural: { vi: 'Ảnh thẻ nhà báo', en: 'Press card scans' },
  },
  admin: {
    group: { vi: 'Báo chí', en: 'Press' },
    defaultColumns: ['filename', 'journalist', 'createdAt'],
  },
  upload: {
    mimeTypes: [...PRESS_CARD_MIME_TYPES],
    crop: false,
    focalPoint: false,
  },
  access: {
    read: pressOfficersOrOwnJournalist({ field: 'journalist' }),
    // A signed-in journalist sends their own (the owner is stamped from the session).
    create: ({ req: { user } }) =>
      user?.collection === slugs.journalists || isPressOfficerOrAdmin(user),
    update: () => false,
    delete: ({ req: { user } }) => isPressOfficerOrAdmin(user),
  },
  hooks: {
    beforeOperation: [noteUploadTempFile],
    beforeChange: [stampPressCardOwner],
    afterOperation: [removeUploadTempFile],
  },
  fields: [journalistOwnerField()],
}
