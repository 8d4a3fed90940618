/**
 * Says once per run which production backends the integration suites use: a suite never
 * skips a backend silently (issue #2).
 */
export default function setup(): void {
  const databaseUrl = process.env.DATABASE_URL ?? ''
  const meiliUrl = process.env.MEILI_URL ?? ''
  const lines = [
    databaseUrl.startsWith('mongodb')
      ? `[backends] integration suites run against MongoDB at ${databaseUrl.replace(/\/\/[^@/]+@/, '//***@')}`
      : '[backends] MongoDB: skipped, DATABASE_URL is not a mongodb:// URL; integration suites run on temporary SQLite files',
    meiliUrl
      ? `[backends] search suites run against Meilisearch at ${meiliUrl}`
      : '[backends] Meilisearch: skipped, MEILI_URL is not set; search suites run on the embedded engine',
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
}
