import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startS3Server, type TestS3Server } from '../helpers/s3Server'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { storageContract } from '../helpers/storageContract'

describe('S3 storage against an S3-protocol server on loopback', () => {
  let s3: TestS3Server
  let app: TestApp

  beforeAll(async () => {
    s3 = await startS3Server()
    app = await startPayload({ env: s3.env })
  })

  afterAll(async () => {
    await app?.stop()
    await s3?.stop()
  })

  storageContract({ getApp: () => app, listStoredFiles: () => s3.listKeys() })

  it('keeps objects under the collection prefix in the bucket', async () => {
    const keys = await s3.listKeys()
    expect(keys.length).toBeGreaterThan(0)
    expect(keys.every((key) => key.startsWith('media/'))).toBe(true)
  })

  it('reports storage ok while the bucket answers, and 503 naming storage when it does not', async () => {
    const healthy = await app.rest.request('GET', '/health')
    expect(healthy.status).toBe(200)
    expect(await healthy.json()).toMatchObject({
      status: 'ok',
      storage: 'ok',
      backends: { storage: 's3' },
    })

    await s3.stop()
    const broken = await app.rest.request('GET', '/health', {
      headers: { 'Accept-Language': 'fr-FR,fr;q=0.9' },
    })
    expect(broken.status).toBe(503)
    expect(await broken.json()).toEqual({
      status: 'error',
      db: 'ok',
      storage: 'error',
      search: 'ok',
      backends: {
        db: app.payload.db.name === 'sqlite' ? 'sqlite' : 'mongodb',
        storage: 's3',
        search: 'embedded',
      },
      problems: { storage: 'Le stockage des fichiers est inaccessible' },
    })
  })
})
