import { describe, expect, it } from 'vitest'

import { catalogues } from './catalogues'
import { libraryCatalogues } from './library'
import { libraryTranslator, requestLanguage, translate } from './index'
import { LOCALES, fallbackChain } from './locales'

function keysOf(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  )
}

function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort()
}

describe('message catalogues', () => {
  const sourceKeys = keysOf(catalogues.vi).sort()

  it.each(LOCALES)('the %s catalogue has exactly the keys of the Vietnamese source', (locale) => {
    expect(keysOf(catalogues[locale]).sort()).toEqual(sourceKeys)
  })

  it.each(LOCALES)('every %s message is non-empty and keeps the source placeholders', (locale) => {
    for (const key of sourceKeys) {
      const message = key
        .split('.')
        .reduce<unknown>(
          (node, part) => (node as Record<string, unknown>)[part],
          catalogues[locale],
        )
      const source = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogues.vi)
      expect(typeof message, `${locale}:${key}`).toBe('string')
      expect((message as string).trim(), `${locale}:${key}`).not.toBe('')
      expect(placeholdersOf(message as string), `${locale}:${key}`).toEqual(
        placeholdersOf(source as string),
      )
    }
  })

  it('translates with parameters in the requested language', () => {
    expect(
      translate({
        locale: 'fr',
        key: 'errors.invalidParameter',
        params: { name: 'page', expected: 'un entier' },
      }),
    ).toBe('Paramètre « page » invalide : un entier attendu.')
    expect(translate({ locale: 'vi', key: 'errors.notFound' })).toBe(
      'Không tìm thấy nội dung yêu cầu.',
    )
  })
})

describe('library interface catalogues', () => {
  const sourceKeys = keysOf(libraryCatalogues.en).sort()
  const messageOf = (catalogue: object, key: string): unknown =>
    key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue)

  it.each(LOCALES)(
    'the %s library catalogue has exactly the keys of the English source',
    (locale) => {
      expect(keysOf(libraryCatalogues[locale]).sort()).toEqual(sourceKeys)
    },
  )

  it.each(LOCALES)('every %s library string is non-empty and keeps the placeholders', (locale) => {
    for (const key of sourceKeys) {
      const message = messageOf(libraryCatalogues[locale], key)
      expect(typeof message, `${locale}:${key}`).toBe('string')
      expect((message as string).trim(), `${locale}:${key}`).not.toBe('')
      expect(placeholdersOf(message as string), `${locale}:${key}`).toEqual(
        placeholdersOf(messageOf(libraryCatalogues.en, key) as string),
      )
    }
  })

  it('translates library strings through the shared instance', () => {
    expect(libraryTranslator('en')('search.resultsCount', { count: 3 })).toBe('Results: 3')
    expect(libraryTranslator('vi')('site.search')).not.toBe(libraryTranslator('en')('site.search'))
  })
})

describe('requestLanguage', () => {
  it('prefers ?locale= over Accept-Language', () => {
    expect(
      requestLanguage({
        searchParams: new URLSearchParams('locale=ja'),
        headers: new Headers({ 'accept-language': 'fr' }),
      }),
    ).toBe('ja')
  })

  it('matches regional Accept-Language tags to our locales by quality', () => {
    expect(
      requestLanguage({
        headers: new Headers({ 'accept-language': 'de-DE, zh-CN;q=0.9, en;q=0.5' }),
      }),
    ).toBe('zh')
  })

  it('ignores an unknown ?locale= and falls back to Vietnamese without any preference', () => {
    expect(requestLanguage({ searchParams: new URLSearchParams('locale=xx') })).toBe('vi')
  })
})

describe('fallbackChain', () => {
  it('goes requested → English → Vietnamese without repeats', () => {
    expect(fallbackChain('km')).toEqual(['km', 'en', 'vi'])
    expect(fallbackChain('en')).toEqual(['en', 'vi'])
    expect(fallbackChain('vi')).toEqual(['vi', 'en'])
  })
})
