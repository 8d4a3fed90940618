import type { Payload, PayloadRequest } from 'payload'

import { slugs } from '../../../collections/slugs'
import { requesterOf } from '../../access/requester'
import type { Locale } from '../../i18n/locales'
import { defaultFormat, type MediaRecord } from '../../media/download/downloadEndpoints'
import { entitledVariants, type DownloadVariant } from '../../media/download/entitlements'
import { renditionsOf } from '../../media/upload/uploadPipeline'
import type { Media } from '../../payload-types'

/** What adding to the basket did; every answer but `added` and `present` changes nothing. */
export type AddToBasketResult = 'added' | 'present' | 'full' | 'notEntitled' | 'notFound'

/** One line of a journalist's basket: the row, and the item as the journalist may see it. */
export type BasketLine = {
  id: number | string
  variant: DownloadVariant
  /** Null when the item is gone or no longer visible to the journalist. */
  media: Media | null
}

/** Who acts on a basket: the Local API and the journalist, for reads with access control on. */
type BasketOwner = { payload: Payload; user: PayloadRequest['user']; req?: PayloadRequest }

/**
 * Adds an item in one size to the signed-in journalist's basket: only an item they may see
 * (the visibility rule, access on) and a size they are entitled to (entitlements.ts); a line
 * already there is left as it is; a basket at `maxItems` takes nothing more.
 */
export async function addToBasket({
  payload,
  user,
  mediaId,
  variant,
  maxItems,
}: BasketOwner & {
  mediaId: string
  variant: DownloadVariant
  maxItems: number
}): Promise<AddToBasketResult> {
  const requester = requesterOf({ user, now: new Date() })
  if (requester.kind !== 'journalist') return 'notFound'
  const media = await payload.findByID({
    collection: slugs.media,
    id: mediaId,
    depth: 0,
    user,
    overrideAccess: false,
    disableErrors: true,
    context: { isLibraryRead: true },
  })
  if (!media) return 'notFound'
  if (!entitledVariants({ requester }).includes(variant)) return 'notEntitled'
  const own = { journalist: { equals: requester.id } }
  const { totalDocs: present } = await payload.count({
    collection: slugs.basketItems,
    where: { and: [own, { media: { equals: media.id } }, { variant: { equals: variant } }] },
    user,
    overrideAccess: false,
  })
  if (present > 0) return 'present'
  const { totalDocs } = await payload.count({
    collection: slugs.basketItems,
    where: own,
    user,
    overrideAccess: false,
  })
  if (totalDocs >= maxItems) return 'full'
  await payload.create({
    collection: slugs.basketItems,
    data: { journalist: requester.id as number, media: media.id, variant },
    user,
    overrideAccess: false,
  })
  return 'added'
}

/** Removes one line of the journalist's basket; someone else's or a missing one removes nothing. */
export async function removeFromBasket({
  payload,
  user,
  lineId,
}: BasketOwner & { lineId: string }): Promise<void> {
  // By `where`, not by id: a line that is gone or not theirs deletes nothing, with no error to
  // swallow, and a failing database still fails.
  await payload.delete({
    collection: slugs.basketItems,
    where: { id: { equals: lineId } },
    user,
    overrideAccess: false,
  })
}

/**
 * The journalist's basket, oldest line first, each item read in `locale` as they may see it now
 * (a line whose item was withdrawn or deleted keeps its row, with `media: null`).
 */
export async function readBasket({
  payload,
  user,
  req,
  locale,
  limit,
}: BasketOwner & { locale: Locale; limit: number }): Promise<BasketLine[]> {
  const requester = requesterOf({ user, now: new Date() })
  if (requester.kind !== 'journalist') return []
  const { docs } = await payload.find({
    collection: slugs.basketItems,
    where: { journalist: { equals: requester.id } },
    sort: 'createdAt',
    limit,
    depth: 0,
    user,
    overrideAccess: false,
    req,
  })
  const ids = docs.map((line) => (typeof line.media === 'object' ? line.media.id : line.media))
  // One read for every item, as the journalist: what the visibility rule hides is not found.
  const { docs: visible } = await payload.find({
    collection: slugs.media,
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    locale,
    pagination: false,
    user,
    overrideAccess: false,
    context: { isLibraryRead: true },
    req,
  })
  const byId = new Map(visible.map((media) => [String(media.id), media]))
  return docs.map((line, index) => ({
    id: line.id,
    variant: line.variant as DownloadVariant,
    media: byId.get(String(ids[index])) ?? null,
  }))
}

/**
 * The size in bytes of one variant of an item as stored (the file the ZIP carries before its
 * credit is written in), or null when the item has no such file.
 */
export function variantBytes({
  media,
  variant,
}: {
  media: Pick<Media, 'id' | 'filesize' | 'filename' | 'renditions' | 'kind'>
  variant: DownloadVariant
}): number | null {
  if (variant === 'original') return media.filename ? (media.filesize ?? null) : null
  const item = media as unknown as MediaRecord
  // The file the download serves: a video's web size is its MP4, anything else a JPEG still.
  const format = defaultFormat({ item, variant })
  const served = renditionsOf({ doc: item }).find(
    (rendition) => rendition.size === variant && rendition.format === format,
  )
  return served?.filesize ?? null
}
