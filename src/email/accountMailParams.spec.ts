import { describe, expect, it } from 'vitest'

import { accountMailParams } from './accountMailParams'

describe('accountMailParams', () => {
  it('names the account holder, gives the link and how many hours it works', () => {
    expect(
      accountMailParams({
        user: { name: 'Lê Thu' },
        url: 'https://ttdn.test/x',
        linkMs: 3_600_000,
      }),
    ).toEqual({ name: 'Lê Thu', url: 'https://ttdn.test/x', hours: '1' })
  })

  it('leaves out the hours of a link that does not expire, and a name that is not text', () => {
    expect(accountMailParams({ user: { name: 42 }, url: 'https://ttdn.test/y' })).toEqual({
      name: '',
      url: 'https://ttdn.test/y',
    })
    expect(accountMailParams({ user: null, url: 'https://ttdn.test/z' }).name).toBe('')
  })
})
