import { FileUploadError } from 'payload'
import { describe, expect, it } from 'vitest'

import { translate } from '../i18n'
import { LOCALES } from '../i18n/locales'
import { errorResponseFor } from './errorResponse'
import { STORAGE_FULL_CODES, StorageFullError, storageFullErrorFrom } from './storageFull'

function systemError({ code }: { code: string }): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: write failed, '/data/uploads-tmp/tmp-1'`), {
    code,
    syscall: 'write',
  })
}

describe('storageFullErrorFrom', () => {
  it.each(STORAGE_FULL_CODES)('makes %s a 507 StorageFullError that keeps the cause', (code) => {
    const cause = systemError({ code })
    const error = storageFullErrorFrom({ error: cause })
    expect(error).toBeInstanceOf(StorageFullError)
    expect(error?.status).toBe(507)
    expect(error?.cause).toBe(cause)
  })

  it('finds a full disk behind errors that wrap it', () => {
    const cause = systemError({ code: 'ENOSPC' })
    const wrapped = new Error('Could not store the file', { cause: new Error('copy', { cause }) })
    expect(storageFullErrorFrom({ error: wrapped })?.cause).toBe(cause)
  })

  it('leaves other errors, and a chain that loops, alone', () => {
    const looping = new Error('a')
    looping.cause = looping
    for (const error of [systemError({ code: 'EACCES' }), new Error('x'), 'ENOSPC', looping]) {
      expect(storageFullErrorFrom({ error })).toBeNull()
    }
  })
})

describe('errorResponseFor a full disk', () => {
  it.each(LOCALES)('answers 507 with the message in %s', (locale) => {
    const answer = errorResponseFor({ error: systemError({ code: 'ENOSPC' }), locale })
    const message = translate({ locale, key: 'errors.storageFull' })
    expect(answer).toEqual({ status: 507, body: { errors: [{ message }] } })
    expect(message).not.toBe(translate({ locale: 'en', key: 'errors.internal' }))
  })

  it('answers 507 for Payload’s upload error when a full disk caused it', () => {
    const error = new FileUploadError()
    error.cause = systemError({ code: 'ENOSPC' })
    expect(errorResponseFor({ error, locale: 'vi' })?.status).toBe(507)
    expect(errorResponseFor({ error: new FileUploadError(), locale: 'vi' })).toBeNull()
  })

  it('gives each language its own message', () => {
    const messages = LOCALES.map((locale) => translate({ locale, key: 'errors.storageFull' }))
    expect(new Set(messages).size).toBe(LOCALES.length)
  })
})
