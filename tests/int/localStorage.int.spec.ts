import fs from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe } from 'vitest'

import { startPayload, type TestApp } from '../helpers/startPayload'
import { storageContract } from '../helpers/storageContract'

describe('local folder storage (the embedded default)', () => {
  let app: TestApp

  beforeAll(async () => {
    app = await startPayload()
  })

  afterAll(async () => {
    await app?.stop()
  })

  storageContract({
    getApp: () => app,
    listStoredFiles: async () => {
      const folder = path.join(app.dir, 'media', 'media')
      return (await fs.readdir(folder).catch(() => [])).map((name) => path.join(folder, name))
    },
  })
})
