import config from '@payload-config'
import { getPayload } from 'payload'

import { addListenerHook } from '../http/listenerHooks'
import { countPageView } from '../reports/pageViews/pageViewCounter'
import { pageViewHook } from '../reports/pageViews/pageViewHook'

/**
 * Counts the library's item pages this server answers (src/reports/pageViews): a listener
 * hook in front of the page cache, so cached pages count too.
 */
export async function installPageViewCounter(): Promise<void> {
  const payload = await getPayload({ config })
  addListenerHook({
    name: 'pageViews',
    hook: pageViewHook({ onView: (item) => countPageView({ payload, item }) }),
  })
}
