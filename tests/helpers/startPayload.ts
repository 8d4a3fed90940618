import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { endExifTool } from '../../src/media/metadata/exiftool'
import { restClient, type RestClient } from './restClient'
import { scratchAppEnv } from './scratchEnv'

export type TestApp = {
  payload: Payload
  config: SanitizedConfig
  /** The temporary folder holding this app's database, media and data. */
  dir: string
  rest: RestClient
  stop: () => Promise<void>
}

/**
 * Boots the real Payload app of this repository for one test file: a temporary SQLite file
 * (or, when the caller's DATABASE_URL is a mongodb:// URL, a fresh database on that server),
 * temporary media and data folders, and any extra environment the suite needs. Each test file
 * runs in its own module registry, so the config is read fresh with this environment. `dir`
 * boots on an existing folder of the same layout instead (one a restore wrote, for example).
 */
export async function startPayload({
  env = {},
  dir: existingDir,
}: { env?: Record<string, string>; dir?: string } = {}): Promise<TestApp> {
  const dir = existingDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-test-')))
  const mongoUrl = mongoTestDatabaseUrl(process.env.DATABASE_URL)
  Object.assign(process.env, {
    NODE_ENV: 'test',
    ...scratchAppEnv({ dir }),
    ...(mongoUrl ? { DATABASE_URL: mongoUrl } : {}),
    ...env,
  })
  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  // The default key: Payload's REST and GraphQL route handlers look the instance up by it, so
  // the handlers that restClient calls share this one instead of booting a second.
  const payload = await getPayload({ config })

  return {
    payload,
    config,
    dir,
    rest: restClient({ config }),
    stop: async () => {
      if (mongoUrl) {
        const { connection } = payload.db as unknown as {
          connection?: { dropDatabase: () => Promise<unknown> }
        }
        await connection?.dropDatabase()
      }
      await payload.destroy()
      // ExifTool's `-stay_open` processes outlive a test file that does not end them: at end of
      // input they wait for more instead of exiting.
      await endExifTool()
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}

/** A database of its own on the caller's MongoDB server, or undefined when none is configured. */
function mongoTestDatabaseUrl(url: string | undefined): string | undefined {
  if (!url?.startsWith('mongodb')) return undefined
  const parsed = new URL(url)
  parsed.pathname = `/ttdn_test_${randomBytes(6).toString('hex')}`
  return parsed.toString()
}
