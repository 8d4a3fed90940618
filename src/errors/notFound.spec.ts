import { APIError, Forbidden, NotFound } from 'payload'
import { describe, expect, it } from 'vitest'

import { NotFoundError } from './AppError'
import { isPayloadNotFound, nullWhenNotFound } from './notFound'

describe('nullWhenNotFound', () => {
  it('gives the result of a read that succeeds', async () => {
    expect(await nullWhenNotFound({ read: Promise.resolve({ id: 1 }) })).toEqual({ id: 1 })
  })

  it('gives null when Payload says the document does not exist', async () => {
    expect(await nullWhenNotFound({ read: Promise.reject(new NotFound()) })).toBeNull()
  })

  it('lets every other failure through: a database outage is not “not found”', async () => {
    const outage = new Error('SQLITE_BUSY: database is locked')
    await expect(nullWhenNotFound({ read: Promise.reject(outage) })).rejects.toBe(outage)
    const forbidden = new Forbidden()
    await expect(nullWhenNotFound({ read: Promise.reject(forbidden) })).rejects.toBe(forbidden)
  })
})

describe('isPayloadNotFound', () => {
  it('recognises a Payload 404 by its status, whatever the build named its class', () => {
    expect(isPayloadNotFound(new NotFound())).toBe(true)
    expect(isPayloadNotFound(new NotFoundError())).toBe(true)
    // The production build minifies class names: Payload's NotFound arrives as `k`.
    const minified = new NotFound()
    minified.name = 'k'
    expect(isPayloadNotFound(minified)).toBe(true)
  })

  it('refuses anything that is not a Payload 404', () => {
    expect(isPayloadNotFound(new Forbidden())).toBe(false)
    expect(isPayloadNotFound(new APIError('Bad', 400))).toBe(false)
    expect(isPayloadNotFound(Object.assign(new Error('x'), { status: 404 }))).toBe(false)
    expect(isPayloadNotFound({ name: 'NotFound', status: 404 })).toBe(false)
  })
})
