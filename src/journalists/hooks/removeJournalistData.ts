import type { CollectionBeforeDeleteHook } from 'payload'

import { slugs } from '../../../collections/slugs'

/**
 * A deleted press account takes its download history, saved searches, download basket and press
 * card scans (their files too) with it: they are
 * personal data (the account's self-deletion promises as much), and they could not outlive the
 * account anyway, since each one names it.
 */
export const removeJournalistData: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of [
    slugs.mediaDownloads,
    slugs.savedSearches,
    slugs.basketItems,
    slugs.pressCards,
  ] as const) {
    await req.payload.delete({
      collection,
      where: { journalist: { equals: id } },
      overrideAccess: true,
      req,
    })
  }
}
