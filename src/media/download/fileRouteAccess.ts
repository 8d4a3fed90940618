import type { UploadConfig } from 'payload'

import { slugs } from '../../../collections/slugs'
import { requesterOf } from '../../access/requester'
import { translatedError } from '../../errors/translatedError'
import { RENDITION_EXTENSIONS, type RenditionFormat } from '../upload/renditions'
import { renditionsOf } from '../upload/uploadPipeline'

type UploadFileHandler = NonNullable<UploadConfig['handlers']>[number]
type AdminThumbnail = Exclude<NonNullable<UploadConfig['adminThumbnail']>, string>

/**
 * First of the media collection's `upload.handlers`: Payload's stock file route
 * (`/api/media/file/<filename>`) serves files to staff only. Everyone else gets a 403 and uses
 * the download and rendition endpoints (src/media/download/downloadEndpoints.ts), which apply the
 * entitlements as well as the visibility rule — without this, the read access that lets the
 * public see a public item would hand them its full-size original, which only accredited
 * journalists and staff may have. Payload has already refused whoever may not see the item.
 */
export const serveStockFilesOnlyToStaff: UploadFileHandler = (req) => {
  if (requesterOf({ user: req.user, now: new Date() }).kind === 'staff') return undefined
  throw translatedError({ req, status: 403, key: 'media.fileRouteStaffOnly' })
}

/**
 * The admin's thumbnail of an item (`upload.adminThumbnail`): its thumb rendition, served by
 * the renditions endpoint, rather than the original through the stock file route — a
 * 40-megapixel photo or a video would otherwise be fetched whole to draw a 64-pixel square.
 * Items without a thumb rendition (documents) get the admin's generic file icon.
 */
export const renditionThumbnail: AdminThumbnail = ({ doc }) => {
  const id = doc.id
  if (typeof id !== 'number' && typeof id !== 'string') return null
  const thumbs = renditionsOf({ doc }).filter((rendition) => rendition.size === 'thumb')
  const preferred = thumbs.find((rendition) => rendition.format === 'webp') ?? thumbs[0]
  const extension = preferred
    ? RENDITION_EXTENSIONS[preferred.format as RenditionFormat]
    : undefined
  if (!extension) return null
  return `/api/${slugs.media}/${String(id)}/renditions/thumb.${extension}`
}
