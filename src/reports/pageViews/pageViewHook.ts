import type { ListenerHook } from '../../http/listenerHooks'
import { isCountedAnswer, viewedItemOf, type ViewedItem } from './pageViewRequest'

/**
 * The listener hook (src/http/listenerHooks.ts) that counts library item pages as they are
 * answered. It sits in front of the page cache and of Next.js, so a page the cache replays
 * without a render counts like a rendered one, and it costs the request nothing: it looks at
 * the method, path and user agent, then waits for the answer's status after it was sent.
 *
 * A listener hook rather than a beacon from the page: a beacon needs the reader's script to
 * run (blocked by many readers' privacy tools, absent for text browsers), adds a request per
 * view and can be sent by anyone for any item; here the server counts the pages it actually
 * served, and nothing about the reader is kept — only the item and the day.
 */
export function pageViewHook({
  onView,
}: {
  /** Called once per counted view, after the answer was sent. */
  onView: (item: ViewedItem) => void
}): ListenerHook {
  return ({ request, response, next }) => {
    const item = viewedItemOf({
      method: request.method,
      url: request.url,
      headers: request.headers,
    })
    if (item) {
      response.once('finish', () => {
        if (isCountedAnswer({ status: response.statusCode })) onView(item)
      })
    }
    next()
  }
}
