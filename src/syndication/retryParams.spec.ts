import { describe, expect, it } from 'vitest'

import { parseRetryParams } from './retryParams'

const parse = (id: unknown, query = '') =>
  parseRetryParams({ id, searchParams: new URLSearchParams(query) })

describe('parseRetryParams', () => {
  it('reads the delivery id and an admin path to return to', () => {
    expect(parse('12', 'returnTo=/admin/deliveries?status=failed')).toEqual({
      id: '12',
      returnTo: '/admin/deliveries?status=failed',
    })
    expect(parse(7)).toEqual({ id: '7', returnTo: null })
  })

  it('gives no id for a route that cannot name a delivery', () => {
    expect(parse('../x').id).toBeNull()
    expect(parse(undefined).id).toBeNull()
  })

  it.each(['https://evil.example/admin', '//evil.example', '/admin//evil.example', '/library'])(
    'never returns to %s',
    (returnTo) => {
      expect(parse('1', `returnTo=${encodeURIComponent(returnTo)}`).returnTo).toBeNull()
    },
  )
})
