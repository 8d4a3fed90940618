import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { globalSlugs, slugs } from '../../collections/slugs'
import { DEFAULT_LOCALE } from '../../src/i18n/locales'
import { SYNC_REFERENCES_TASK, SYNC_SYNONYMS_TASK } from '../../src/search/sync/searchTasks'
import { agencySeeds } from '../../src/seed/data/agencies'
import { placeSeeds } from '../../src/seed/data/places'
import { settingsSeed } from '../../src/seed/data/settings'
import { topicSeeds } from '../../src/seed/data/topics'
import { startPayload, type TestApp } from '../helpers/startPayload'

type CliResult = { code: number | undefined; stdout: string; stderr: string }

/** The collections the lists are: everything else must stay as it was. */
const LIST_COLLECTIONS: readonly string[] = [slugs.agencies, slugs.topics, slugs.places]

/** Payload's jobs queue: writing a list record's other languages queues a search refresh. */
const JOBS = 'payload-jobs'

/**
 * `npm run seed -- --lists-only` on a production-like empty database: the province's lists
 * (agencies, topics, settings) and nothing of the demo library, run as an operator runs it,
 * in its own process, twice.
 */
describe('npm run seed -- --lists-only', () => {
  let app: TestApp
  let before: Record<string, number>
  let first: CliResult
  let afterFirst: Record<string, number>
  let second: CliResult
  let afterSecond: Record<string, number>

  beforeAll(async () => {
    app = await startPayload()
    before = await countEveryCollection()
    first = await seedCli(['--lists-only'])
    afterFirst = await countEveryCollection()
    second = await seedCli(['--lists-only'])
    afterSecond = await countEveryCollection()
  })

  afterAll(async () => {
    await app?.stop()
  })

  async function countEveryCollection(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {}
    for (const { slug } of app.config.collections) {
      const { totalDocs } = await app.payload.count({
        collection: slug,
        overrideAccess: true,
      })
      counts[slug] = totalDocs
    }
    return counts
  }

  function seedCli(args: string[]): Promise<CliResult> {
    return promisify(execFile)(
      path.resolve('node_modules/.bin/tsx'),
      ['scripts/seed.ts', ...args],
      {
        // The test database has its schema already; a second process must not push one.
        env: { ...process.env, NODE_OPTIONS: '--no-deprecation', PAYLOAD_MIGRATING: 'true' },
        timeout: 120_000,
      },
    ).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code,
        stdout: error.stdout ?? '',
        stderr: error.stderr ?? '',
      }),
    )
  }

  it('creates every agency, topic and gazetteer place of the province on an empty database', () => {
    expect(first.code, first.stderr).toBe(0)
    expect(afterFirst[slugs.agencies]).toBe(before[slugs.agencies]! + agencySeeds.length)
    expect(afterFirst[slugs.topics]).toBe(before[slugs.topics]! + topicSeeds.length)
    expect(afterFirst[slugs.places]).toBe(before[slugs.places]! + placeSeeds.length)
  })

  it('fills the settings with the province and its managing agency', async () => {
    const settings = await app.payload.findGlobal({
      slug: globalSlugs.settings,
      locale: DEFAULT_LOCALE,
      depth: 1,
      overrideAccess: true,
    })
    expect(settings.provinceName).toBe(settingsSeed.provinceName.vi)
    expect(settings.databaseName).toBe(settingsSeed.databaseName.vi)
    expect(settings.managingAgency).toMatchObject({ code: settingsSeed.managingAgencyCode })
    // A text the seed has no translation for stays empty in that language, so the library
    // shows the fallback and marks it (Payload would otherwise copy the fallback in).
    const all = (await app.payload.findGlobal({
      slug: globalSlugs.settings,
      locale: 'all',
      overrideAccess: true,
    })) as unknown as { usageTerms?: Record<string, string | null> }
    expect(settingsSeed.usageTerms.ja).toBeUndefined()
    expect(all.usageTerms?.ja ?? null).toBeNull()
    expect(all.usageTerms?.en).toBe(settingsSeed.usageTerms.en)
  })

  it('creates no demo article, photo, account or anything else outside the lists', async () => {
    const changed = Object.keys(before).filter(
      (slug) =>
        !LIST_COLLECTIONS.includes(slug) && slug !== JOBS && afterFirst[slug] !== before[slug],
    )
    expect(changed).toEqual([])
    // The only jobs: refreshing the search documents that cite a new agency or topic (none yet),
    // and one push of the gazetteer's synonyms to the search engine.
    const { docs: jobs } = await app.payload.find({
      collection: JOBS,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const queued = jobs.map((job) => ({
      task: job.taskSlug,
      collection: (job.input as { collection?: string }).collection,
    }))
    expect(
      queued.filter((job) => job.task !== SYNC_REFERENCES_TASK && job.task !== SYNC_SYNONYMS_TASK),
    ).toEqual([])
    expect(queued.filter((job) => job.task === SYNC_SYNONYMS_TASK)).toHaveLength(1)
    expect(queued.filter((job) => !LIST_COLLECTIONS.includes(job.collection ?? ''))).toEqual([])
    expect(afterFirst[slugs.articles]).toBe(0)
    expect(afterFirst[slugs.media]).toBe(0)
    expect(afterFirst[slugs.users]).toBe(0)
  })

  it('changes nothing when it runs a second time', () => {
    expect(second.code, second.stderr).toBe(0)
    expect(afterSecond).toEqual(afterFirst)
  })

  it('refuses an option it does not know, before writing anything', async () => {
    // A mistyped `--lists-only` must not fall back to seeding the demo library.
    const mistyped = await seedCli(['--list-only'])
    expect(mistyped.code).not.toBe(0)
    expect(mistyped.stderr).toContain("Unknown option '--list-only'")
    expect(await countEveryCollection()).toEqual(afterSecond)
  })
})
