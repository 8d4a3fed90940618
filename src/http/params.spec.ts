import { describe, expect, it } from 'vitest'

import { InvalidParameterError } from '../errors/AppError'
import { errorResponseFor } from '../errors/errorResponse'
import {
  bodyParam,
  cursorParam,
  documentIdOf,
  encodeCursor,
  idParam,
  integerParam,
  localeParam,
  oneOfParam,
  presentParam,
} from './params'

/** The English and Vietnamese answers `run` gets: the 400 a client reads. */
function refusal(run: () => unknown): { status: number; en: string; vi: string } {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidParameterError)
    const en = errorResponseFor({ error, locale: 'en' })!
    const vi = errorResponseFor({ error, locale: 'vi' })!
    return { status: en.status, en: en.body.errors[0]!.message, vi: vi.body.errors[0]!.message }
  }
  throw new Error('expected the parameter to be refused')
}

describe('presentParam', () => {
  it('treats absent and blank values as not given and trims the rest', () => {
    expect(presentParam(null)).toBeUndefined()
    expect(presentParam(undefined)).toBeUndefined()
    expect(presentParam('  ')).toBeUndefined()
    expect(presentParam(' 5 ')).toBe('5')
    expect(presentParam(7)).toBe('7')
  })
})

describe('bodyParam', () => {
  it('passes text and numbers, treats null as not given, and makes anything else unacceptable', () => {
    expect(bodyParam('submit')).toBe('submit')
    expect(bodyParam(3)).toBe(3)
    expect(bodyParam(null)).toBeUndefined()
    expect(bodyParam(undefined)).toBeUndefined()
    expect(bodyParam(['submit'])).toBe('["submit"]')
    expect(bodyParam({ $ne: 1 })).toBe('{"$ne":1}')
    expect(bodyParam(true)).toBe('true')
  })
})

describe('integerParam', () => {
  const limit = (value: string | null) =>
    integerParam({ name: 'limit', value, min: 1, max: 50, fallback: 20 })

  it('reads whole numbers in range and falls back when absent', () => {
    expect(limit('1')).toBe(1)
    expect(limit('50')).toBe(50)
    expect(limit(null)).toBe(20)
    expect(limit('')).toBe(20)
  })

  it.each(['0', '51', '-1', '1.5', '1e2', '0x10', 'ten', '99999999999999999999999'])(
    'refuses %s with a translated 400 naming the range',
    (value) => {
      expect(refusal(() => limit(value))).toEqual({
        status: 400,
        en: 'Invalid parameter “limit”: expected a whole number from 1 to 50.',
        vi: 'Tham số “limit” không hợp lệ: cần một số nguyên từ 1 đến 50.',
      })
    },
  )
})

describe('oneOfParam', () => {
  const sort = (value: string | null) =>
    oneOfParam({ name: 'sort', value, values: ['newest', 'oldest'] as const })

  it('gives the value, undefined when absent, or the fallback', () => {
    expect(sort('oldest')).toBe('oldest')
    expect(sort(null)).toBeUndefined()
    expect(
      oneOfParam({ name: 'sort', value: '', values: ['newest', 'oldest'], fallback: 'newest' }),
    ).toBe('newest')
  })

  it('refuses any other value, listing the allowed ones', () => {
    expect(refusal(() => sort('Newest')).en).toBe(
      'Invalid parameter “sort”: expected one of newest, oldest.',
    )
  })
})

describe('localeParam', () => {
  it('reads our locales, from the one list in src/i18n/locales.ts', () => {
    expect(localeParam({ value: 'km' })).toBe('km')
    expect(localeParam({ value: null })).toBeUndefined()
    expect(localeParam({ value: null, fallback: 'vi' })).toBe('vi')
  })

  it('refuses an unknown locale with the list of ours', () => {
    expect(refusal(() => localeParam({ value: 'xx' })).vi).toBe(
      'Tham số “locale” không hợp lệ: cần một trong các giá trị vi, en, zh, ja, ko, fr, ru, km.',
    )
    expect(refusal(() => localeParam({ name: 'lang', value: '../' })).en).toContain('“lang”')
  })
})

describe('idParam and documentIdOf', () => {
  it('accepts identifiers and refuses anything else', () => {
    expect(idParam({ name: 'topic', value: 'ab-12' })).toBe('ab-12')
    expect(idParam({ name: 'topic', value: null })).toBeUndefined()
    expect(refusal(() => idParam({ name: 'topic', value: "1' OR '1'='1" })).en).toBe(
      'Invalid parameter “topic”: expected an identifier (letters, digits, “-” or “_”).',
    )
  })

  it('gives null for a route segment that cannot name a document', () => {
    expect(documentIdOf({ value: 42 })).toBe('42')
    expect(documentIdOf({ value: '65f0c0ffee' })).toBe('65f0c0ffee')
    for (const value of ['', '../etc', 'a\u0000b', 'x'.repeat(65), null]) {
      expect(documentIdOf({ value })).toBeNull()
    }
  })
})

describe('cursorParam', () => {
  it('reads back what encodeCursor wrote, and starts at 0 without one', () => {
    const cursor = encodeCursor({ prefix: 'ttdn', position: 1234 })
    expect(cursorParam({ name: 'since', value: cursor, prefix: 'ttdn' })).toBe(1234)
    expect(cursorParam({ name: 'since', value: null, prefix: 'ttdn' })).toBe(0)
  })

  it('refuses a cursor of another kind, or none at all', () => {
    const foreign = encodeCursor({ prefix: 'other', position: 5 })
    for (const value of [foreign, 'nonsense', '%%%']) {
      expect(refusal(() => cursorParam({ name: 'since', value, prefix: 'ttdn' })).en).toBe(
        'Invalid parameter “since”: expected the “next” value of an earlier answer.',
      )
    }
  })
})
