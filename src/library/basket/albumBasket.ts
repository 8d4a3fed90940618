import type { Payload, PayloadRequest } from 'payload'

import { slugs } from '../../../collections/slugs'
import { requesterOf } from '../../access/requester'
import { entitledVariants, type DownloadVariant } from '../../media/download/entitlements'
import { albumMedia } from '../eventGathering'
import { addToBasket, type AddToBasketResult } from './basketItems'

/** What adding an album to the basket did: how many lines it added, and why it stopped. */
export type AlbumBasketResult = {
  added: number
  outcome: 'added' | 'full' | 'notFound'
}

/**
 * Puts every photo, video and publication of an album that the journalist may see into their
 * basket, in the album's order and in the size a basket button adds by default
 * ({@link defaultBasketVariant}); items already there stay as they are, and a full basket
 * stops it. The album and its items are read as the journalist (access on), so an item the
 * visibility rule hides from them is never added.
 */
export async function addAlbumToBasket({
  payload,
  user,
  albumId,
  maxItems,
}: {
  payload: Payload
  user: PayloadRequest['user']
  albumId: string
  maxItems: number
}): Promise<AlbumBasketResult> {
  const requester = requesterOf({ user, now: new Date() })
  if (requester.kind !== 'journalist') return { added: 0, outcome: 'notFound' }
  const album = await payload.findByID({
    collection: slugs.albums,
    id: albumId,
    depth: 1,
    select: { items: true },
    populate: { [slugs.media]: { kind: true }, [slugs.articles]: { title: true } },
    user,
    overrideAccess: false,
    disableErrors: true,
    context: { isLibraryRead: true },
  })
  if (!album) return { added: 0, outcome: 'notFound' }
  const variant = defaultBasketVariant({ entitled: entitledVariants({ requester }) })
  let added = 0
  for (const media of albumMedia({ album })) {
    const result: AddToBasketResult = await addToBasket({
      payload,
      user,
      mediaId: String(media.id),
      variant,
      maxItems,
    })
    if (result === 'full') return { added, outcome: 'full' }
    if (result === 'added') added += 1
  }
  return { added, outcome: 'added' }
}

/**
 * The size a basket button adds without asking: the largest one the journalist may take that
 * every photo has — `large` when accredited, else `web`.
 */
export function defaultBasketVariant({
  entitled,
}: {
  entitled: DownloadVariant[]
}): DownloadVariant {
  return entitled.includes('large') ? 'large' : 'web'
}
