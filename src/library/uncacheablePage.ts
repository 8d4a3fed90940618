import { headers } from 'next/headers'

import { RENDER_ID_HEADER, uncacheableRenders } from './pageCache'

/**
 * Tells the page cache (src/library/pageCache.ts) not to keep the page being rendered, for
 * what is true of this reader or this moment only: a reader over the search limit, a search
 * engine that did not answer. Does nothing for a render the cache did not start.
 */
export async function markPageUncacheable(): Promise<void> {
  const renderId = (await headers()).get(RENDER_ID_HEADER)
  if (renderId) uncacheableRenders().add(renderId)
}
