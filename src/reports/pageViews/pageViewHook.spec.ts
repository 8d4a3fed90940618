import { EventEmitter } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { describe, expect, it } from 'vitest'

import { pageViewHook } from './pageViewHook'
import type { ViewedItem } from './pageViewRequest'

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0'

describe('the page-view listener hook', () => {
  it('passes every request on at once and counts an item page once it was answered', () => {
    const views: ViewedItem[] = []
    const hook = pageViewHook({ onView: (item) => views.push(item) })
    const { response, passed } = answer({ hook, url: '/vi/articles/7' })
    expect(passed()).toBe(true)
    expect(views).toEqual([])
    response.statusCode = 200
    response.emit('finish')
    expect(views).toEqual([{ collection: 'articles', id: '7' }])
  })

  it('counts a page whatever answered it — a later hook such as the page cache, or Next.js', () => {
    const views: ViewedItem[] = []
    const hook = pageViewHook({ onView: (item) => views.push(item) })
    for (const status of [200, 304, 404]) {
      const { response } = answer({ hook, url: '/en/media/3' })
      response.statusCode = status
      response.emit('finish')
    }
    expect(views).toHaveLength(2)
  })

  it('does not wait on requests that are not item pages', () => {
    const hook = pageViewHook({ onView: () => undefined })
    const { response, passed } = answer({ hook, url: '/vi/search' })
    expect(passed()).toBe(true)
    expect(response.listenerCount('finish')).toBe(0)
  })
})

function answer({ hook, url }: { hook: ReturnType<typeof pageViewHook>; url: string }): {
  response: ServerResponse & EventEmitter
  passed: () => boolean
} {
  let isPassed = false
  const request = { method: 'GET', url, headers: { 'user-agent': BROWSER } } as IncomingMessage
  const response = Object.assign(new EventEmitter(), { statusCode: 0 }) as unknown as ServerResponse
  hook({ request, response, next: () => (isPassed = true) })
  return { response: response as ServerResponse & EventEmitter, passed: () => isPassed }
}
