import { randomBytes } from 'node:crypto'

import { vi } from 'vitest'

import type { SearchIndex } from '../../src/search/SearchIndex'
import { SEARCH_QUEUE } from '../../src/search/sync/searchTasks'
import { startPayload, type TestApp } from './startPayload'

/** A search engine a suite runs on, and the environment that selects it. */
export type SearchEngine = { name: 'embedded' | 'meilisearch'; env: Record<string, string> }

/**
 * The engines a search suite runs on: the embedded one always, Meilisearch when `MEILI_URL`
 * is set (each suite on an index of its own). Without it, prints one line saying so.
 */
export function searchEngines({ suite }: { suite: string }): SearchEngine[] {
  const meilisearchUrl = process.env.MEILI_URL ?? ''
  if (!meilisearchUrl) {
    process.stdout.write(
      `[${suite}] Meilisearch: skipped, MEILI_URL is not set; the suite ran on the embedded engine only\n`,
    )
    return [EMBEDDED]
  }
  return [
    EMBEDDED,
    {
      name: 'meilisearch',
      env: {
        MEILI_URL: meilisearchUrl,
        MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY ?? '',
        MEILI_INDEX: `ttdn_test_${randomBytes(4).toString('hex')}`,
        // The SQLite adapter pushes a schema once per process unless told again.
        PAYLOAD_FORCE_DRIZZLE_PUSH: 'true',
      },
    },
  ]
}

/**
 * Boots the app on `engine`. Payload keeps one instance per process: a later engine needs a
 * fresh one, and fresh modules so that the environment is read again.
 */
export async function startSearchApp({ engine }: { engine: SearchEngine }): Promise<TestApp> {
  ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
  vi.resetModules()
  return startPayload({ env: engine.env })
}

/** The search index the app's endpoints use (imported afresh, as the app's modules are). */
export async function appSearchIndex({ app }: { app: TestApp }): Promise<SearchIndex> {
  const { getSearchIndex } = await import('../../src/search/getSearchIndex')
  const { getEnv } = await import('../../src/env')
  return getSearchIndex({ env: getEnv(), logger: app.payload.logger })
}

/** Runs the search queue to the end, then waits for the engine to apply what it was sent. */
export async function syncSearch({ app }: { app: TestApp }): Promise<void> {
  for (let round = 0; round < 20; round += 1) {
    const { noJobsRemaining } = await app.payload.jobs.run({ queue: SEARCH_QUEUE, limit: 100 })
    if (noJobsRemaining) break
  }
  await (await appSearchIndex({ app })).settle()
}

/** One hit of `GET /api/library/search`, as the suites read it. */
export type SearchApiHit = {
  id: string
  itemId: string
  locale: string
  title: string
  publishedAt: string | null
  highlight: { title: string }
}

/** The body of `GET /api/library/search` (or its error). */
export type SearchApiBody = {
  hits: SearchApiHit[]
  total: number
  page: number
  totalPages: number
  servedLocale: string
  facets: Record<string, Array<{ value: string; count: number; label?: string }>>
  errors?: Array<{ message: string }>
}

/** `GET /api/library/search` with `query`, as the holder of `token` in `language`. */
export async function searchApi({
  app,
  query,
  token,
  language,
}: {
  app: TestApp
  query: Record<string, string> | URLSearchParams
  token?: string
  language?: string
}): Promise<{ status: number; body: SearchApiBody }> {
  const response = await app.rest.request(
    'GET',
    `/library/search?${new URLSearchParams(query).toString()}`,
    { token, headers: language ? { 'Accept-Language': language } : {} },
  )
  return { status: response.status, body: (await response.json()) as SearchApiBody }
}

/** Stops the app, deleting the suite's Meilisearch index first when it made one. */
export async function stopSearchApp({
  app,
  engine,
}: {
  app: TestApp | undefined
  engine: SearchEngine
}): Promise<void> {
  if (engine.name === 'meilisearch' && app) {
    const { getMeilisearchClient } = await import('../../src/search/meilisearchClient')
    const { getEnv } = await import('../../src/env')
    const config = getEnv().meilisearch
    if (config) await getMeilisearchClient({ config }).deleteIndex(config.indexUid).waitTask()
  }
  await app?.stop()
}

const EMBEDDED: SearchEngine = {
  name: 'embedded',
  env: { MEILI_URL: '', MEILI_MASTER_KEY: '', MEILI_INDEX: '' },
}
