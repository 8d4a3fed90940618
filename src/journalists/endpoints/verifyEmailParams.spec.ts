import { describe, expect, it } from 'vitest'

import { parseVerifyEmailParams } from './verifyEmailParams'

const parse = (query: string) =>
  parseVerifyEmailParams({ searchParams: new URLSearchParams(query) })

describe('parseVerifyEmailParams', () => {
  it('reads a hexadecimal token', () => {
    const token = 'a1'.repeat(20)
    expect(parse(`token=${token}&locale=ja`)).toEqual({ token })
  })

  it('gives no token for anything that cannot be one', () => {
    for (const query of ['', 'token=', 'token=xyz', `token=${'a'.repeat(129)}`, 'token[$ne]=1']) {
      expect(parse(query)).toEqual({ token: null })
    }
  })
})
