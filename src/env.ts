import path from 'node:path'

import { Cron } from 'croner'
import { z } from 'zod'

import { ConfigurationError } from './errors/ConfigurationError'
import { normaliseProxyRange } from './http/ipAddresses'

/**
 * The only reader of `process.env`. Every setting the app uses is parsed and
 * validated here once; a missing or malformed value fails at boot with a message that names
 * the variable and what it expects.
 */

/** Secrets that ship in docs or examples and must never protect a production deployment. */
const KNOWN_DEFAULT_SECRETS = new Set([
  '',
  'secret',
  'changeme',
  'change-me',
  'payload',
  'YOUR_SECRET_HERE',
  'replace-with-at-least-32-random-characters',
])

/** Used only outside production so that `npm run dev` works with no configuration. */
export const DEVELOPMENT_SECRET = 'ttdn-development-secret-not-for-production-use'

export type DatabaseConfig =
  | { kind: 'sqlite'; url: string; filePath: string }
  | { kind: 'mongodb'; url: string }

export type S3Config = {
  bucket: string
  region: string
  endpoint?: string
  forcePathStyle: boolean
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

export type MeilisearchConfig = {
  url: string
  masterKey?: string
  /** The index holding the library's search documents (`MEILI_INDEX`, default `library`). */
  indexUid: string
}

export type Env = {
  nodeEnv: 'development' | 'production' | 'test'
  isProduction: boolean
  isDevelopment: boolean
  database: DatabaseConfig
  payloadSecret: string
  publicUrl: string
  port: number
  /** Absolute path of the local upload folder used when no S3 bucket is configured. */
  mediaDir: string
  /** Absolute path of the folder for the embedded search index and other local state. */
  dataDir: string
  s3: S3Config | null
  meilisearch: MeilisearchConfig | null
  seedAdmin: { email: string; password: string } | null
  /** Whether this process runs the jobs queue itself (off in tests and behind `npm run worker`). */
  jobsAutorun: boolean
  /** Outgoing mail: SMTP when `smtpUrl` is set, otherwise captured in memory (src/email). */
  mail: { smtpUrl?: string; fromAddress: string; fromName: string; outbox: MailOutboxSettings }
  /** Upload limits per kind of media (`MAX_*_UPLOAD_MB`, `MAX_IMAGE_MEGAPIXELS`). */
  mediaLimits: MediaLimits
  /** The most the cache of credited downloads may hold on disk (`MAX_DOWNLOAD_CACHE_MB`). */
  downloadCacheBytes: number
  /**
   * A journalist's download basket (src/library/basket/): at most `maxItems` items
   * (`BASKET_MAX_ITEMS`, default 100), and a ZIP of at most `maxBytes` of files
   * (`BASKET_MAX_MB`, default 2000), checked before it starts.
   */
  basket: { maxItems: number; maxBytes: number }
  /**
   * Batch imports (src/import/): an uploaded batch file of more than `maxBytes`
   * (`IMPORT_MAX_MB`, default 5120) is refused with 413 as it streams in; a batch checked but
   * not committed within `abandonedMs` (`IMPORT_ABANDONED_HOURS`, default 24) is expired and its
   * file deleted.
   */
  imports: { maxBytes: number; abandonedMs: number }
  /**
   * The most the library's page cache holds in memory (`PAGE_CACHE_MB`, default 64; 0 turns it
   * off); see src/library/pageCache.ts.
   */
  pageCacheBytes: number
  /**
   * How often the library page views counted in memory are added to the daily counters
   * (`PAGE_VIEW_FLUSH_SECONDS`, default 60); see src/reports/pageViews/pageViewCounter.ts.
   */
  pageViewFlushMs: number
  /**
   * Addresses and CIDR ranges of the reverse proxies whose `X-Forwarded-For` entries are
   * believed (`TRUSTED_PROXIES`, canonical CIDR form); see src/http/clientAddress.ts.
   */
  trustedProxies: string[]
  /** How downloads are recorded and counted (src/media/download/downloadRecords.ts). */
  downloadRecords: DownloadRecordSettings
  /** Limits of the syndication doors: push targets and the sync's long poll. */
  syndication: SyndicationLimits
  /** The harvester of the agencies' own feeds (src/harvest): caps and the loopback switch. */
  harvest: HarvestSettings
  /** Abuse limits on the public doors (`RATE_LIMIT*`); see src/rateLimits and docs/security.md. */
  rateLimits: RateLimitSettings
  /**
   * Journalist accounts whose e-mail is still unconfirmed this many days after registration are
   * deleted by a daily job (`UNVERIFIED_ACCOUNT_RETENTION_DAYS`, default 7).
   */
  unverifiedAccountRetentionDays: number
  /**
   * How long a job may go without a heartbeat from the process running it before it is taken
   * for abandoned (its process died) and handed back to the queue (`JOBS_LEASE_SECONDS`,
   * default 120); see src/jobs/jobLeases.ts.
   */
  jobsLeaseMs: number
  /**
   * How many days before each periodic report deadline the agencies' focal points are reminded
   * (`REPORT_REMINDER_DAYS`, default `7,1`; empty: no reminders); src/reports/reportDeadlines.ts.
   */
  reportReminderDays: number[]
  /**
   * When the journalists' alert digests go out (src/alerts): `ALERT_DIGEST_SCHEDULE` (cron,
   * default `0 0 7 * * *`) on the clock of `ALERT_DIGEST_TIME_ZONE` (IANA, default
   * `Asia/Ho_Chi_Minh`).
   */
  alertDigest: { schedule: string; timeZone: string }
  /** Backups (src/backup): where the scheduled backup goes, when, and how many are kept. */
  backup: BackupSettings
}

export type BackupSettings = {
  /**
   * Folder of the scheduled backups (`BACKUP_DIR`); `null` (unset) turns the scheduled backup
   * and its health check off. `npm run backup -- --out <file>` works either way.
   */
  directory: string | null
  /** When the scheduled backup runs (`BACKUP_SCHEDULE`, cron, the server's local time). */
  schedule: string
  /** How many daily, weekly and monthly archives the scheduled backup keeps (`BACKUP_KEEP_*`). */
  keep: { daily: number; weekly: number; monthly: number }
  /** `/api/health` turns `degraded` when the last good backup is older (`BACKUP_MAX_AGE_HOURS`). */
  maxAgeMs: number
  /** Passphrase the archives are encrypted with (`BACKUP_ENCRYPTION_KEY`); `null`: not encrypted. */
  encryptionKey: string | null
  /** Where a backup copies the S3 bucket's objects (`BACKUP_S3_COPY_TO`); `null`: not copied. */
  s3CopyTo: BackupCopyTarget | null
}

/** A second bucket (on the same S3 server, with the same account) or a local folder. */
export type BackupCopyTarget =
  | { kind: 'folder'; path: string }
  | { kind: 's3'; bucket: string; prefix: string }

/** How queued mail is retried while the SMTP server cannot be reached (src/email/sendEmailTask.ts). */
export type MailOutboxSettings = {
  /** The wait between two attempts (`MAIL_RETRY_SECONDS`, default 60). */
  retryMs: number
  /** A message not sent this long after it was queued is given up, loudly (`MAIL_MAX_AGE_HOURS`). */
  maxAgeMs: number
}

/** The doors with a fixed-window limit: so many requests per so many seconds per key. */
export const RATE_LIMIT_RULES = {
  staffLoginPerIp: 'RATE_LIMIT_STAFF_LOGIN_PER_IP',
  journalistLoginPerIp: 'RATE_LIMIT_JOURNALIST_LOGIN_PER_IP',
  forgotPasswordPerIp: 'RATE_LIMIT_FORGOT_PASSWORD_PER_IP',
  forgotPasswordPerAddress: 'RATE_LIMIT_FORGOT_PASSWORD_PER_ADDRESS',
  registrationPerIp: 'RATE_LIMIT_REGISTRATION_PER_IP',
  registrationPerAddress: 'RATE_LIMIT_REGISTRATION_PER_ADDRESS',
  libraryActions: 'RATE_LIMIT_LIBRARY_ACTIONS',
  search: 'RATE_LIMIT_SEARCH',
  download: 'RATE_LIMIT_DOWNLOAD',
  rendition: 'RATE_LIMIT_RENDITION',
  syndication: 'RATE_LIMIT_SYNDICATION',
} as const

export type RateLimitRuleName = keyof typeof RATE_LIMIT_RULES

/** At most `points` requests per `durationSeconds`, counted per key (address, account…). */
export type RateLimitRule = { points: number; durationSeconds: number }

export type RateLimitSettings = {
  /** Off only where tests ask for it (`RATE_LIMITS=false`; the default under NODE_ENV=test). */
  enabled: boolean
  rules: Record<RateLimitRuleName, RateLimitRule>
  /**
   * Progressive delay per account after failed logins: after `freeFailures` failures in a row
   * the next attempt waits `firstDelaySeconds`, doubling with each further failure up to
   * `maxDelaySeconds`; a successful login clears it. Replaces Payload's hard lock.
   */
  loginDelay: { freeFailures: number; firstDelaySeconds: number; maxDelaySeconds: number }
}

export type SyndicationLimits = {
  /**
   * Whether push targets may be on loopback, private, link-local or unique-local addresses
   * (`PUSH_ALLOW_PRIVATE_NETWORKS`); off by default so a target cannot reach internal services.
   */
  allowPrivatePushTargets: boolean
  /** Most `wait` requests held open at once in this process (`SYNC_WAIT_MAX_WAITERS`). */
  syncWaitMaxWaiters: number
  /** Most `wait` requests one API client may hold open at once (`SYNC_WAIT_MAX_PER_CLIENT`). */
  syncWaitMaxPerClient: number
}

export type HarvestSettings = {
  /**
   * Whether feeds may be fetched from loopback (`HARVEST_ALLOW_LOOPBACK`), for tests that serve
   * a feed on 127.0.0.1. Refused in production; private, link-local and unique-local addresses
   * are never fetched, whatever it says.
   */
  allowLoopback: boolean
  /** Largest feed body read, counted as it streams (`HARVEST_MAX_FEED_MB`, default 5). */
  maxFeedBytes: number
  /** Most new entries taken from one poll; the rest wait for the next (`HARVEST_MAX_ENTRIES_PER_POLL`). */
  maxEntriesPerPoll: number
  /** Time allowed for each request of a poll, feed or image (`HARVEST_TIMEOUT_SECONDS`, default 30). */
  timeoutMs: number
  /** Longest wait after repeated failures (`HARVEST_MAX_BACKOFF_HOURS`, default 24). */
  maxBackoffMs: number
}

export type DownloadRecordSettings = {
  /**
   * A requester fetching the same file again within this window (a resumed download, a
   * player's ranges, a repeat) is one download: one audit entry, one "my downloads" record,
   * one count (`DOWNLOAD_RECORD_WINDOW_MINUTES`).
   */
  windowMs: number
  /** How often the download counts gathered in memory are written (`DOWNLOAD_COUNT_FLUSH_SECONDS`). */
  countFlushMs: number
}

export type MediaLimits = {
  imageBytes: number
  videoBytes: number
  documentBytes: number
  /** Width × height above which an image is refused before it is decoded. */
  imagePixels: number
}

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()))

const rawSchema = z.object({
  NEXT_PHASE: optionalString,
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      errorMap: (_, ctx) => ({
        message: `Expected development, production or test but received ${JSON.stringify(ctx.data)}`,
      }),
    })
    .optional(),
  DATABASE_URL: optionalString,
  PAYLOAD_SECRET: optionalString,
  PUBLIC_URL: optionalString,
  PORT: optionalString,
  MEDIA_DIR: optionalString,
  DATA_DIR: optionalString,
  S3_BUCKET: optionalString,
  S3_ENDPOINT: optionalString,
  S3_REGION: optionalString,
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_FORCE_PATH_STYLE: optionalString,
  MEILI_URL: optionalString,
  MEILI_MASTER_KEY: optionalString,
  MEILI_INDEX: optionalString,
  SEED_ADMIN_EMAIL: optionalString,
  SEED_ADMIN_PASSWORD: optionalString,
  JOBS_AUTORUN: optionalString,
  SMTP_URL: optionalString,
  MAIL_FROM: optionalString,
  MAX_IMAGE_UPLOAD_MB: optionalString,
  MAX_VIDEO_UPLOAD_MB: optionalString,
  MAX_DOCUMENT_UPLOAD_MB: optionalString,
  MAX_IMAGE_MEGAPIXELS: optionalString,
  MAX_DOWNLOAD_CACHE_MB: optionalString,
  BASKET_MAX_MB: optionalString,
  BASKET_MAX_ITEMS: optionalString,
  IMPORT_MAX_MB: optionalString,
  IMPORT_ABANDONED_HOURS: optionalString,
  PAGE_CACHE_MB: optionalString,
  PAGE_VIEW_FLUSH_SECONDS: optionalString,
  TRUSTED_PROXIES: optionalString,
  DOWNLOAD_RECORD_WINDOW_MINUTES: optionalString,
  DOWNLOAD_COUNT_FLUSH_SECONDS: optionalString,
  PUSH_ALLOW_PRIVATE_NETWORKS: optionalString,
  HARVEST_ALLOW_LOOPBACK: optionalString,
  HARVEST_MAX_FEED_MB: optionalString,
  HARVEST_MAX_ENTRIES_PER_POLL: optionalString,
  HARVEST_TIMEOUT_SECONDS: optionalString,
  HARVEST_MAX_BACKOFF_HOURS: optionalString,
  SYNC_WAIT_MAX_WAITERS: optionalString,
  SYNC_WAIT_MAX_PER_CLIENT: optionalString,
  RATE_LIMITS: optionalString,
  RATE_LIMIT_STAFF_LOGIN_PER_IP: optionalString,
  RATE_LIMIT_JOURNALIST_LOGIN_PER_IP: optionalString,
  RATE_LIMIT_FORGOT_PASSWORD_PER_IP: optionalString,
  RATE_LIMIT_FORGOT_PASSWORD_PER_ADDRESS: optionalString,
  RATE_LIMIT_REGISTRATION_PER_IP: optionalString,
  RATE_LIMIT_REGISTRATION_PER_ADDRESS: optionalString,
  RATE_LIMIT_LIBRARY_ACTIONS: optionalString,
  RATE_LIMIT_SEARCH: optionalString,
  RATE_LIMIT_DOWNLOAD: optionalString,
  RATE_LIMIT_RENDITION: optionalString,
  RATE_LIMIT_SYNDICATION: optionalString,
  RATE_LIMIT_LOGIN_FREE_FAILURES: optionalString,
  RATE_LIMIT_LOGIN_DELAY_SECONDS: optionalString,
  RATE_LIMIT_LOGIN_MAX_DELAY_SECONDS: optionalString,
  UNVERIFIED_ACCOUNT_RETENTION_DAYS: optionalString,
  REPORT_REMINDER_DAYS: z.string().optional(),
  ALERT_DIGEST_SCHEDULE: optionalString,
  ALERT_DIGEST_TIME_ZONE: optionalString,
  JOBS_LEASE_SECONDS: optionalString,
  MAIL_RETRY_SECONDS: optionalString,
  MAIL_MAX_AGE_HOURS: optionalString,
  BACKUP_DIR: optionalString,
  BACKUP_SCHEDULE: optionalString,
  BACKUP_KEEP_DAILY: optionalString,
  BACKUP_KEEP_WEEKLY: optionalString,
  BACKUP_KEEP_MONTHLY: optionalString,
  BACKUP_MAX_AGE_HOURS: optionalString,
  BACKUP_ENCRYPTION_KEY: optionalString,
  BACKUP_S3_COPY_TO: optionalString,
})

type Raw = z.infer<typeof rawSchema>

/** Every variable this module reads; `.env.example` lists exactly these (src/envExample.spec.ts). */
export const ENV_VARIABLE_NAMES: readonly string[] = Object.keys(rawSchema.shape)

/**
 * Parses an environment (normally `process.env`) into a typed {@link Env}.
 * Throws a {@link ConfigurationError} listing every problem at once.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = rawSchema.safeParse(source)
  if (!parsed.success) {
    throw new ConfigurationError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    )
  }
  const raw = parsed.data
  const problems: string[] = []
  const nodeEnv = raw.NODE_ENV ?? 'development'
  const isProduction = nodeEnv === 'production'
  const root = process.cwd()

  const port = parsePort({ value: raw.PORT, problems })
  const database = parseDatabase({ value: raw.DATABASE_URL, root, problems })
  // `next build` runs with NODE_ENV=production and loads the config to collect routes; the
  // secret is checked when the built app starts, not on the build machine.
  const isBuilding = raw.NEXT_PHASE === 'phase-production-build'
  const payloadSecret = parseSecret({
    value: raw.PAYLOAD_SECRET,
    isProduction: isProduction && !isBuilding,
    problems,
  })
  const publicUrl = parseUrl({
    name: 'PUBLIC_URL',
    value: raw.PUBLIC_URL ?? `http://localhost:${port}`,
    problems,
  }).replace(/\/+$/, '')
  const s3 = parseS3({ raw, problems })
  const meilisearch = parseMeilisearch({ raw, isProduction, problems })
  const seedAdmin = parseSeedAdmin({ raw, problems })
  const mail = {
    ...parseMail({ raw, publicUrl, problems }),
    outbox: parseMailOutbox({ raw, problems }),
  }
  const mediaLimits = parseMediaLimits({ raw, problems })
  // Room for a few hundred credited originals; the oldest unused ones go first.
  const downloadCacheBytes = parseCacheBytes({
    raw,
    name: 'MAX_DOWNLOAD_CACHE_MB',
    defaultMegabytes: 2048,
    problems,
  })
  // A ZIP a press agency's desk takes in one go; larger ones go as several baskets.
  const basket = {
    maxItems: Math.floor(
      positiveSetting({ raw, name: 'BASKET_MAX_ITEMS', fallback: 100, max: 1000, problems }),
    ),
    maxBytes: Math.round(
      positiveSetting({ raw, name: 'BASKET_MAX_MB', fallback: 2000, max: 100_000, problems }) *
        MEGABYTE,
    ),
  }
  // A newsroom's year of camera originals in one ZIP; a larger archive goes as several batches.
  const imports = {
    maxBytes: Math.round(
      positiveSetting({ raw, name: 'IMPORT_MAX_MB', fallback: 5120, max: 1_000_000, problems }) *
        MEGABYTE,
    ),
    abandonedMs: Math.round(
      positiveSetting({
        raw,
        name: 'IMPORT_ABANDONED_HOURS',
        fallback: 24,
        max: 24 * 90,
        problems,
      }) * 3_600_000,
    ),
  }
  // About a thousand pages (50–100 KB each, compressed or not); least recently read go first.
  const pageCacheBytes = parseCacheBytes({
    raw,
    name: 'PAGE_CACHE_MB',
    defaultMegabytes: 64,
    problems,
  })
  // What a crash can lose of the page views, against one batch of upserts per period.
  const pageViewFlushMs = Math.round(
    positiveSetting({ raw, name: 'PAGE_VIEW_FLUSH_SECONDS', fallback: 60, max: 3600, problems }) *
      1000,
  )
  const trustedProxies = parseTrustedProxies({ value: raw.TRUSTED_PROXIES, problems })
  const downloadRecords = parseDownloadRecords({ raw, problems })
  const syndication = parseSyndicationLimits({ raw, problems })
  const harvest = parseHarvest({ raw, isProduction, problems })
  const rateLimits = parseRateLimits({ raw, nodeEnv, problems })
  const unverifiedAccountRetentionDays = parseRetentionDays({
    value: raw.UNVERIFIED_ACCOUNT_RETENTION_DAYS,
    problems,
  })
  const jobsAutorun =
    parseBoolean({ name: 'JOBS_AUTORUN', value: raw.JOBS_AUTORUN, problems }) ?? nodeEnv !== 'test'

  // Four heartbeats (every lease / 4) may be missed before a job is taken back; two minutes
  // is far longer than any pause of a healthy process, and short enough after a crash.
  const jobsLeaseMs = Math.round(
    positiveSetting({ raw, name: 'JOBS_LEASE_SECONDS', fallback: 120, max: 3600, problems }) * 1000,
  )

  const backup = parseBackup({ raw, root, problems })
  const reportReminderDays = parseReminderDays({ value: raw.REPORT_REMINDER_DAYS, problems })
  const alertDigest = parseAlertDigest({ raw, problems })

  if (problems.length > 0) throw new ConfigurationError(problems)

  return {
    nodeEnv,
    isProduction,
    isDevelopment: nodeEnv === 'development',
    database,
    payloadSecret,
    publicUrl,
    port,
    mediaDir: path.resolve(root, raw.MEDIA_DIR ?? 'media'),
    dataDir: path.resolve(root, raw.DATA_DIR ?? 'data'),
    s3,
    meilisearch,
    seedAdmin,
    mail,
    jobsAutorun,
    mediaLimits,
    downloadCacheBytes,
    basket,
    imports,
    pageCacheBytes,
    pageViewFlushMs,
    trustedProxies,
    downloadRecords,
    syndication,
    harvest,
    rateLimits,
    unverifiedAccountRetentionDays,
    jobsLeaseMs,
    reportReminderDays,
    alertDigest,
    backup,
  }
}

let cached: Env | undefined

/** The validated environment of this process, parsed on first use. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env)
  return cached
}

/**
 * The variables this module reads that are set in this process, as written (secrets included):
 * what a backup records of the settings, after hiding the secrets (src/backup/settingsRecord.ts).
 */
export function configuredVariables(): Record<string, string> {
  return Object.fromEntries(
    ENV_VARIABLE_NAMES.flatMap((name) => {
      const value = process.env[name]
      return value === undefined || value.trim() === '' ? [] : [[name, value]]
    }),
  )
}

function parsePort({ value, problems }: { value?: string; problems: string[] }): number {
  if (value === undefined) return 3000
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push(`PORT: Expected an integer between 1 and 65535 but received "${value}"`)
    return 3000
  }
  return port
}

function parseDatabase({
  value,
  root,
  problems,
}: {
  value?: string
  root: string
  problems: string[]
}): DatabaseConfig {
  const url = value ?? 'file:./data/ttdn.db'
  if (url.startsWith('file:')) {
    const filePath = url.slice('file:'.length)
    if (filePath === '' || filePath.endsWith('/')) {
      problems.push(`DATABASE_URL: Expected a file path after "file:" but received "${url}"`)
    }
    const absolute = path.resolve(root, filePath)
    return { kind: 'sqlite', url: `file:${absolute}`, filePath: absolute }
  }
  if (/^mongodb(\+srv)?:\/\//.test(url)) {
    try {
      const parsed = new URL(url)
      if (parsed.hostname === '') throw new Error('no host')
    } catch {
      problems.push(`DATABASE_URL: Expected a valid mongodb:// URL but received "${redact(url)}"`)
    }
    return { kind: 'mongodb', url }
  }
  problems.push(
    `DATABASE_URL: Expected "file:<path>" (SQLite) or "mongodb://…" (MongoDB replica set) but received "${redact(url)}"`,
  )
  return { kind: 'sqlite', url: 'file:invalid', filePath: 'invalid' }
}

function parseSecret({
  value,
  isProduction,
  problems,
}: {
  value?: string
  isProduction: boolean
  problems: string[]
}): string {
  if (!isProduction) return value ?? DEVELOPMENT_SECRET
  if (value === undefined) {
    problems.push(
      'PAYLOAD_SECRET: Expected a random secret of at least 32 characters in production but it is not set',
    )
    return ''
  }
  if (KNOWN_DEFAULT_SECRETS.has(value) || value === DEVELOPMENT_SECRET) {
    problems.push(
      'PAYLOAD_SECRET: Expected a secret of your own in production but received a default value',
    )
  } else if (value.length < 32) {
    problems.push(
      `PAYLOAD_SECRET: Expected at least 32 characters in production but received ${value.length}`,
    )
  }
  return value
}

function parseUrl({
  name,
  value,
  problems,
}: {
  name: string
  value: string
  problems: string[]
}): string {
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol')
    return value
  } catch {
    problems.push(`${name}: Expected an http(s) URL but received "${value}"`)
    return value
  }
}

function parseBoolean({
  name,
  value,
  problems,
}: {
  name: string
  value?: string
  problems: string[]
}): boolean | undefined {
  if (value === undefined) return undefined
  if (['true', '1', 'yes'].includes(value.toLowerCase())) return true
  if (['false', '0', 'no'].includes(value.toLowerCase())) return false
  problems.push(`${name}: Expected true or false but received "${value}"`)
  return undefined
}

function parseS3({ raw, problems }: { raw: Raw; problems: string[] }): S3Config | null {
  const anySet = [
    raw.S3_BUCKET,
    raw.S3_ENDPOINT,
    raw.S3_ACCESS_KEY_ID,
    raw.S3_SECRET_ACCESS_KEY,
  ].some((value) => value !== undefined)
  if (!anySet) return null
  if (raw.S3_BUCKET === undefined) {
    problems.push('S3_BUCKET: Expected a bucket name because other S3_* variables are set')
    return null
  }
  if ((raw.S3_ACCESS_KEY_ID === undefined) !== (raw.S3_SECRET_ACCESS_KEY === undefined)) {
    problems.push(
      'S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: Expected both or neither (neither uses the instance role)',
    )
  }
  if (raw.S3_ENDPOINT !== undefined)
    parseUrl({ name: 'S3_ENDPOINT', value: raw.S3_ENDPOINT, problems })
  const forcePathStyle = parseBoolean({
    name: 'S3_FORCE_PATH_STYLE',
    value: raw.S3_FORCE_PATH_STYLE,
    problems,
  })
  return {
    bucket: raw.S3_BUCKET,
    region: raw.S3_REGION ?? 'us-east-1',
    endpoint: raw.S3_ENDPOINT,
    // Self-hosted S3 servers (MinIO and the like) address buckets by path, not by sub-domain.
    forcePathStyle: forcePathStyle ?? raw.S3_ENDPOINT !== undefined,
    credentials:
      raw.S3_ACCESS_KEY_ID !== undefined && raw.S3_SECRET_ACCESS_KEY !== undefined
        ? { accessKeyId: raw.S3_ACCESS_KEY_ID, secretAccessKey: raw.S3_SECRET_ACCESS_KEY }
        : undefined,
  }
}

function parseMeilisearch({
  raw,
  isProduction,
  problems,
}: {
  raw: Raw
  isProduction: boolean
  problems: string[]
}): MeilisearchConfig | null {
  if (raw.MEILI_URL === undefined) {
    if (raw.MEILI_MASTER_KEY !== undefined) {
      problems.push('MEILI_URL: Expected a URL because MEILI_MASTER_KEY is set')
    }
    return null
  }
  parseUrl({ name: 'MEILI_URL', value: raw.MEILI_URL, problems })
  if (isProduction && raw.MEILI_MASTER_KEY === undefined) {
    problems.push(
      'MEILI_MASTER_KEY: Expected the master key of the Meilisearch server in production',
    )
  }
  const indexUid = raw.MEILI_INDEX ?? 'library'
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(indexUid)) {
    problems.push(
      `MEILI_INDEX: Expected letters, digits, - or _ (a Meilisearch index uid) but received "${indexUid}"`,
    )
  }
  return {
    url: raw.MEILI_URL.replace(/\/+$/, ''),
    masterKey: raw.MEILI_MASTER_KEY,
    indexUid,
  }
}

function parseSeedAdmin({
  raw,
  problems,
}: {
  raw: Raw
  problems: string[]
}): { email: string; password: string } | null {
  const email = raw.SEED_ADMIN_EMAIL
  const password = raw.SEED_ADMIN_PASSWORD
  if (email === undefined && password === undefined) return null
  if (email === undefined || password === undefined) {
    problems.push('SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD: Expected both or neither')
    return null
  }
  if (!z.string().email().safeParse(email).success) {
    problems.push(`SEED_ADMIN_EMAIL: Expected an e-mail address but received "${email}"`)
  }
  if (password.length < 12) {
    problems.push(
      `SEED_ADMIN_PASSWORD: Expected at least 12 characters but received ${password.length}`,
    )
  }
  return { email: email.toLowerCase(), password }
}

function parseMail({
  raw,
  publicUrl,
  problems,
}: {
  raw: Raw
  publicUrl: string
  problems: string[]
}): Omit<Env['mail'], 'outbox'> {
  if (raw.SMTP_URL !== undefined && !/^smtps?:\/\/[^/]+/.test(raw.SMTP_URL)) {
    problems.push(
      `SMTP_URL: Expected smtp://user:password@host:port or smtps://… but received "${redact(raw.SMTP_URL)}"`,
    )
  }
  const from = raw.MAIL_FROM ?? `CSDL TTĐN <no-reply@${hostOf(publicUrl)}>`
  const match =
    /^\s*(?:"?([^"<]*?)"?\s*)?<([^<>\s@]+@[^<>\s@]+)>\s*$|^\s*([^<>\s@]+@[^<>\s@]+)\s*$/.exec(from)
  if (!match) {
    problems.push(
      `MAIL_FROM: Expected an address such as "Sở Ngoại vụ <no-reply@example.gov.vn>" but received "${from}"`,
    )
    return { smtpUrl: raw.SMTP_URL, fromAddress: 'no-reply@localhost', fromName: 'CSDL TTĐN' }
  }
  return {
    smtpUrl: raw.SMTP_URL,
    fromAddress: (match[2] ?? match[3] ?? '').trim(),
    fromName: (match[1] ?? '').trim() || 'CSDL TTĐN',
  }
}

const MEGABYTE = 1024 ** 2

function parseMediaLimits({ raw, problems }: { raw: Raw; problems: string[] }): MediaLimits {
  const positive = (name: keyof Raw, fallback: number): number => {
    const value = raw[name]
    if (value === undefined) return fallback
    const number = Number(value)
    if (!Number.isFinite(number) || number <= 0) {
      problems.push(`${name}: Expected a positive number but received "${value}"`)
      return fallback
    }
    return number
  }
  return {
    // Camera originals of 20–50 MP are 10–60 MB as JPEG and up to ~300 MB as 16-bit TIFF.
    imageBytes: Math.round(positive('MAX_IMAGE_UPLOAD_MB', 300) * MEGABYTE),
    videoBytes: Math.round(positive('MAX_VIDEO_UPLOAD_MB', 5 * 1024) * MEGABYTE),
    documentBytes: Math.round(positive('MAX_DOCUMENT_UPLOAD_MB', 200) * MEGABYTE),
    // Room for 100-MP medium-format cameras and stitched panoramas, far below a bomb's gigapixels.
    imagePixels: Math.round(positive('MAX_IMAGE_MEGAPIXELS', 150) * 1_000_000),
  }
}

function parseTrustedProxies({
  value,
  problems,
}: {
  value?: string
  problems: string[]
}): string[] {
  const ranges: string[] = []
  for (const entry of (value ?? '').split(/[\s,]+/).filter((part) => part !== '')) {
    const range = normaliseProxyRange({ entry })
    if (range === null) {
      problems.push(
        `TRUSTED_PROXIES: Expected IP addresses or CIDR ranges separated by commas (e.g. 127.0.0.1,10.0.0.0/8,::1) but received "${entry}"`,
      )
    } else {
      ranges.push(range)
    }
  }
  return ranges
}

function parseDownloadRecords({
  raw,
  problems,
}: {
  raw: Raw
  problems: string[]
}): DownloadRecordSettings {
  const positive = (name: keyof Raw, fallback: number, max: number): number =>
    positiveSetting({ raw, name, fallback, max, problems })
  return {
    // Long enough for a large original to be downloaded and resumed, short enough that a
    // download of the same file the next day is a download of its own.
    windowMs: Math.round(positive('DOWNLOAD_RECORD_WINDOW_MINUTES', 60, 7 * 24 * 60) * 60_000),
    // What a crash can lose of the counts, against one write per item per period.
    countFlushMs: Math.round(positive('DOWNLOAD_COUNT_FLUSH_SECONDS', 30, 3600) * 1000),
  }
}

function parseMailOutbox({ raw, problems }: { raw: Raw; problems: string[] }): MailOutboxSettings {
  return {
    // A minute: an SMTP server back from a restart gets the mail within a minute, and a day's
    // outage costs about 1 440 attempts a message.
    retryMs: Math.round(
      positiveSetting({ raw, name: 'MAIL_RETRY_SECONDS', fallback: 60, max: 86_400, problems }) *
        1000,
    ),
    // A day: past that a password-reset or verification link has expired anyway, and an
    // official notice that late is better re-sent by a person who knows it was not.
    maxAgeMs: Math.round(
      positiveSetting({ raw, name: 'MAIL_MAX_AGE_HOURS', fallback: 24, max: 24 * 30, problems }) *
        3_600_000,
    ),
  }
}

/** A number above 0 and at most `max` from `name`, or `fallback` when it is not set. */
function positiveSetting({
  raw,
  name,
  fallback,
  max,
  problems,
}: {
  raw: Raw
  name: keyof Raw
  fallback: number
  max: number
  problems: string[]
}): number {
  const value = raw[name]
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0 || number > max) {
    problems.push(`${name}: Expected a number above 0 and at most ${max} but received "${value}"`)
    return fallback
  }
  return number
}

function parseBackup({
  raw,
  root,
  problems,
}: {
  raw: Raw
  root: string
  problems: string[]
}): BackupSettings {
  const schedule = raw.BACKUP_SCHEDULE ?? DEFAULT_BACKUP_SCHEDULE
  try {
    new Cron(schedule, { paused: true })
  } catch {
    problems.push(
      `BACKUP_SCHEDULE: Expected a cron expression (e.g. "0 30 2 * * *": 02:30 every day) but received "${schedule}"`,
    )
  }
  const copies = (name: keyof Raw, fallback: number): number => {
    const value = raw[name]
    if (value === undefined) return fallback
    const number = Number(value)
    if (!Number.isInteger(number) || number < 0 || number > 1000) {
      problems.push(`${name}: Expected a whole number from 0 to 1000 but received "${value}"`)
      return fallback
    }
    return number
  }
  // A week of nights, a month of weeks, a year of months: 23 archives at most.
  const keep = {
    daily: copies('BACKUP_KEEP_DAILY', 7),
    weekly: copies('BACKUP_KEEP_WEEKLY', 4),
    monthly: copies('BACKUP_KEEP_MONTHLY', 12),
  }
  const encryptionKey = raw.BACKUP_ENCRYPTION_KEY ?? null
  if (encryptionKey !== null && encryptionKey.length < 32) {
    problems.push(
      `BACKUP_ENCRYPTION_KEY: Expected at least 32 characters but received ${encryptionKey.length}`,
    )
  }
  return {
    directory: raw.BACKUP_DIR === undefined ? null : path.resolve(root, raw.BACKUP_DIR),
    schedule,
    keep,
    // A nightly backup plus six hours for a slow or retried one.
    maxAgeMs: Math.round(
      positiveSetting({ raw, name: 'BACKUP_MAX_AGE_HOURS', fallback: 30, max: 24 * 90, problems }) *
        3_600_000,
    ),
    encryptionKey,
    s3CopyTo: parseBackupCopyTarget({ value: raw.BACKUP_S3_COPY_TO, root, problems }),
  }
}

/** Nightly at 02:30, before the stale-upload sweep at 03:30 and far from office hours. */
const DEFAULT_BACKUP_SCHEDULE = '0 30 2 * * *'

function parseBackupCopyTarget({
  value,
  root,
  problems,
}: {
  value?: string
  root: string
  problems: string[]
}): BackupCopyTarget | null {
  if (value === undefined) return null
  const bucket = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(value)
  if (bucket) {
    return { kind: 's3', bucket: bucket[1]!, prefix: (bucket[2] ?? '').replace(/\/+$/, '') }
  }
  if (value.includes('://')) {
    problems.push(
      `BACKUP_S3_COPY_TO: Expected s3://<bucket>[/<prefix>] or a folder path but received "${redact(value)}"`,
    )
    return null
  }
  return { kind: 'folder', path: path.resolve(root, value) }
}

function parseAlertDigest({ raw, problems }: { raw: Raw; problems: string[] }): Env['alertDigest'] {
  const schedule = raw.ALERT_DIGEST_SCHEDULE ?? '0 0 7 * * *'
  let timeZone = raw.ALERT_DIGEST_TIME_ZONE ?? 'Asia/Ho_Chi_Minh'
  try {
    new Intl.DateTimeFormat('en', { timeZone })
  } catch {
    problems.push(
      `ALERT_DIGEST_TIME_ZONE: Expected an IANA time zone such as Asia/Ho_Chi_Minh but received "${timeZone}"`,
    )
    timeZone = 'UTC'
  }
  try {
    new Cron(schedule, { paused: true, timezone: timeZone })
  } catch {
    problems.push(
      `ALERT_DIGEST_SCHEDULE: Expected a cron expression (e.g. "0 0 7 * * *": 07:00 every day) but received "${schedule}"`,
    )
  }
  return { schedule, timeZone }
}

function parseReminderDays({ value, problems }: { value?: string; problems: string[] }): number[] {
  // A week to write the report, and the day before as the last call.
  if (value === undefined) return [7, 1]
  const parts = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  const days = parts.map(Number)
  if (days.some((day) => !Number.isInteger(day) || day < 0 || day > 365)) {
    problems.push(
      `REPORT_REMINDER_DAYS: Expected whole numbers of days from 0 to 365, separated by commas, but received "${value}"`,
    )
    return [7, 1]
  }
  return [...new Set(days)].sort((a, b) => b - a)
}

function parseRetentionDays({ value, problems }: { value?: string; problems: string[] }): number {
  // A week: long enough for a journalist to find the mail after a trip, short enough that
  // addresses registered by someone else do not linger.
  if (value === undefined) return 7
  const days = Number(value)
  if (!Number.isInteger(days) || days < 1 || days > 365) {
    problems.push(
      `UNVERIFIED_ACCOUNT_RETENTION_DAYS: Expected a whole number of days from 1 to 365 but received "${value}"`,
    )
    return 7
  }
  return days
}

function parseCacheBytes({
  raw,
  name,
  defaultMegabytes,
  problems,
}: {
  raw: Raw
  name: 'MAX_DOWNLOAD_CACHE_MB' | 'PAGE_CACHE_MB'
  defaultMegabytes: number
  problems: string[]
}): number {
  const value = raw[name]
  if (value === undefined) return defaultMegabytes * MEGABYTE
  const megabytes = Number(value)
  if (!Number.isFinite(megabytes) || megabytes < 0) {
    problems.push(`${name}: Expected a number of megabytes (0 or more) but received "${value}"`)
    return defaultMegabytes * MEGABYTE
  }
  return Math.round(megabytes * MEGABYTE)
}

function parseSyndicationLimits({
  raw,
  problems,
}: {
  raw: Raw
  problems: string[]
}): SyndicationLimits {
  const count = (name: keyof Raw, fallback: number): number => {
    const value = raw[name]
    if (value === undefined) return fallback
    const number = Number(value)
    if (!Number.isInteger(number) || number < 0 || number > 100_000) {
      problems.push(`${name}: Expected a whole number from 0 to 100000 but received "${value}"`)
      return fallback
    }
    return number
  }
  return {
    allowPrivatePushTargets:
      parseBoolean({
        name: 'PUSH_ALLOW_PRIVATE_NETWORKS',
        value: raw.PUSH_ALLOW_PRIVATE_NETWORKS,
        problems,
      }) ?? false,
    // Each held request is an open connection and a pending promise; a few hundred are cheap.
    syncWaitMaxWaiters: count('SYNC_WAIT_MAX_WAITERS', 200),
    // A portal needs one long poll per language or target it follows, rarely more.
    syncWaitMaxPerClient: count('SYNC_WAIT_MAX_PER_CLIENT', 4),
  }
}

function parseHarvest({
  raw,
  isProduction,
  problems,
}: {
  raw: Raw
  isProduction: boolean
  problems: string[]
}): HarvestSettings {
  const allowLoopback =
    parseBoolean({ name: 'HARVEST_ALLOW_LOOPBACK', value: raw.HARVEST_ALLOW_LOOPBACK, problems }) ??
    false
  if (allowLoopback && isProduction) {
    problems.push('HARVEST_ALLOW_LOOPBACK: Must not be true in production')
  }
  const positive = (name: keyof Raw, fallback: number, max: number): number =>
    positiveSetting({ raw, name, fallback, max, problems })
  return {
    allowLoopback: allowLoopback && !isProduction,
    // A portal's feed of its last 50 items with full texts is a few hundred KB.
    maxFeedBytes: Math.round(positive('HARVEST_MAX_FEED_MB', 5, 100) * MEGABYTE),
    maxEntriesPerPoll: Math.round(positive('HARVEST_MAX_ENTRIES_PER_POLL', 50, 1000)),
    timeoutMs: Math.round(positive('HARVEST_TIMEOUT_SECONDS', 30, 600) * 1000),
    maxBackoffMs: Math.round(positive('HARVEST_MAX_BACKOFF_HOURS', 24, 24 * 30) * 3_600_000),
  }
}

/** Production defaults of the fixed-window limits, as `[points, seconds]`. */
const RATE_LIMIT_DEFAULTS: Record<RateLimitRuleName, [number, number]> = {
  // An office behind one NAT address may have a few people mistyping at once.
  staffLoginPerIp: [20, 15 * 60],
  journalistLoginPerIp: [20, 15 * 60],
  forgotPasswordPerIp: [10, 60 * 60],
  // Each request can send a mail to that address: a few an hour is all a person needs.
  forgotPasswordPerAddress: [3, 60 * 60],
  registrationPerIp: [5, 60 * 60],
  registrationPerAddress: [3, 24 * 60 * 60],
  libraryActions: [30, 60],
  search: [60, 60],
  download: [60, 60],
  // A page of results shows a few dozen thumbnails, and a video player fetches many ranges.
  rendition: [600, 60],
  // A portal polls the sync and feeds every few seconds per language it follows.
  syndication: [120, 60],
}

function parseRateLimits({
  raw,
  nodeEnv,
  problems,
}: {
  raw: Raw
  nodeEnv: Env['nodeEnv']
  problems: string[]
}): RateLimitSettings {
  const rules = Object.fromEntries(
    (Object.keys(RATE_LIMIT_RULES) as RateLimitRuleName[]).map((name) => {
      const variable = RATE_LIMIT_RULES[name]
      const [points, durationSeconds] = RATE_LIMIT_DEFAULTS[name]
      const value = raw[variable]
      const match = value === undefined ? null : /^(\d{1,9})\s*\/\s*(\d{1,9})$/.exec(value)
      if (value !== undefined && (!match || Number(match[1]) < 1 || Number(match[2]) < 1)) {
        problems.push(
          `${variable}: Expected <requests>/<seconds> with both at least 1 (e.g. 20/900) but received "${value}"`,
        )
      }
      return [
        name,
        match && Number(match[1]) >= 1 && Number(match[2]) >= 1
          ? { points: Number(match[1]), durationSeconds: Number(match[2]) }
          : { points, durationSeconds },
      ]
    }),
  ) as Record<RateLimitRuleName, RateLimitRule>
  const whole = (name: keyof Raw, fallback: number, min: number): number => {
    const value = raw[name]
    if (value === undefined) return fallback
    const number = Number(value)
    if (!Number.isInteger(number) || number < min || number > 86_400) {
      problems.push(`${name}: Expected a whole number from ${min} to 86400 but received "${value}"`)
      return fallback
    }
    return number
  }
  const loginDelay = {
    freeFailures: whole('RATE_LIMIT_LOGIN_FREE_FAILURES', 5, 0),
    firstDelaySeconds: whole('RATE_LIMIT_LOGIN_DELAY_SECONDS', 5, 1),
    // The owner of an account under attack waits at most this long for a try of their own.
    maxDelaySeconds: whole('RATE_LIMIT_LOGIN_MAX_DELAY_SECONDS', 5 * 60, 1),
  }
  if (loginDelay.maxDelaySeconds < loginDelay.firstDelaySeconds) {
    problems.push(
      `RATE_LIMIT_LOGIN_MAX_DELAY_SECONDS: Expected at least RATE_LIMIT_LOGIN_DELAY_SECONDS (${loginDelay.firstDelaySeconds}) but received ${loginDelay.maxDelaySeconds}`,
    )
  }
  return {
    // Test suites make many requests from one address; the rate-limit suite switches them on.
    enabled:
      parseBoolean({ name: 'RATE_LIMITS', value: raw.RATE_LIMITS, problems }) ?? nodeEnv !== 'test',
    rules,
    loginDelay,
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || 'localhost'
  } catch {
    return 'localhost'
  }
}

/** Hides the credentials of a connection string before it goes into a message. */
function redact(url: string): string {
  return url.replace(/\/\/([^@/]+)@/, '//***@')
}
