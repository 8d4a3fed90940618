import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { formatAdminDateTime, optionLabel } from './labels'

const i18n = {
  language: 'vi',
  fallbackLanguage: 'vi',
  t: (key: string) => key,
} as unknown as Parameters<typeof optionLabel>[0]['i18n']

const fields = [
  {
    name: 'kind',
    type: 'select',
    options: [{ value: 'image', label: { vi: 'Ảnh', en: 'Image' } }],
  },
  {
    name: 'transitions',
    type: 'array',
    flattenedFields: [
      {
        name: 'action',
        type: 'select',
        options: [{ value: 'submit', label: { vi: 'Gửi duyệt', en: 'Submitted' } }],
      },
    ],
  },
] as unknown as FlattenedField[]

describe('formatAdminDateTime', () => {
  it('writes a moment as dd/MM/yyyy HH:mm on the province clock', () => {
    expect(formatAdminDateTime({ value: '2026-12-04T08:18:00.000Z' })).toBe('04/12/2026 15:18')
  })

  it('writes nothing for no date or a malformed one', () => {
    expect(formatAdminDateTime({ value: undefined })).toBe('')
    expect(formatAdminDateTime({ value: 'not a date' })).toBe('')
  })
})

describe('optionLabel', () => {
  it('gives the option label in the admin language instead of the stored value', () => {
    expect(optionLabel({ fields, path: 'kind', value: 'image', i18n })).toBe('Ảnh')
    expect(
      optionLabel({ fields, path: 'kind', value: 'image', i18n: { ...i18n, language: 'en' } }),
    ).toBe('Image')
  })

  it('follows a dotted path into arrays', () => {
    expect(optionLabel({ fields, path: 'transitions.action', value: 'submit', i18n })).toBe(
      'Gửi duyệt',
    )
  })

  it('falls back to the value for an unknown option and to nothing for no value', () => {
    expect(optionLabel({ fields, path: 'kind', value: 'hologram', i18n })).toBe('hologram')
    expect(optionLabel({ fields, path: 'kind', value: undefined, i18n })).toBe('')
  })
})
