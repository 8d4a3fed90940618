import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ConfigurationError } from './errors/ConfigurationError'
import { DEVELOPMENT_SECRET, parseEnv } from './env'

const STRONG_SECRET = 'b3f1c0d9e8a7f6e5d4c3b2a1f0e9d8c7b6a5'

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as ConfigurationError).problems
  }
  throw new Error('Expected parseEnv to refuse this environment')
}

describe('parseEnv', () => {
  it('runs with no variables at all on the embedded defaults', () => {
    const env = parseEnv({})
    expect(env.nodeEnv).toBe('development')
    expect(env.database).toEqual({
      kind: 'sqlite',
      url: `file:${path.resolve('data/ttdn.db')}`,
      filePath: path.resolve('data/ttdn.db'),
    })
    expect(env.payloadSecret).toBe(DEVELOPMENT_SECRET)
    expect(env.publicUrl).toBe('http://localhost:3000')
    expect(env.mediaDir).toBe(path.resolve('media'))
    expect(env.s3).toBeNull()
    expect(env.meilisearch).toBeNull()
    expect(env.seedAdmin).toBeNull()
  })

  it('refuses to start in production without a secret', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'PAYLOAD_SECRET: Expected a random secret of at least 32 characters in production but it is not set',
    ])
  })

  it.each([
    'change-me',
    'secret',
    'replace-with-at-least-32-random-characters',
    DEVELOPMENT_SECRET,
  ])('refuses to start in production on the default secret %j', (secret) => {
    expect(problemsOf({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toEqual([
      'PAYLOAD_SECRET: Expected a secret of your own in production but received a default value',
    ])
  })

  it('lets `next build` load the config without the production secret', () => {
    expect(() =>
      parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }),
    ).not.toThrow()
  })

  it('refuses a short secret in production and accepts a strong one', () => {
    expect(problemsOf({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short-but-not-default' })).toEqual(
      ['PAYLOAD_SECRET: Expected at least 32 characters in production but received 21'],
    )
    expect(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: STRONG_SECRET }).payloadSecret).toBe(
      STRONG_SECRET,
    )
  })

  it('names DATABASE_URL when it is neither file: nor mongodb://, without echoing credentials', () => {
    expect(problemsOf({ DATABASE_URL: 'postgres://ttdn:hunter2@db:5432/ttdn' })).toEqual([
      'DATABASE_URL: Expected "file:<path>" (SQLite) or "mongodb://…" (MongoDB replica set) but received "postgres://***@db:5432/ttdn"',
    ])
    expect(problemsOf({ DATABASE_URL: 'file:' })).toEqual([
      'DATABASE_URL: Expected a file path after "file:" but received "file:"',
    ])
    expect(problemsOf({ DATABASE_URL: 'mongodb://' })[0]).toMatch(
      /^DATABASE_URL: Expected a valid mongodb:\/\/ URL/,
    )
  })

  it('selects MongoDB for a mongodb:// URL', () => {
    const url = 'mongodb://mongo:27017/ttdn?replicaSet=rs0'
    expect(parseEnv({ DATABASE_URL: url }).database).toEqual({ kind: 'mongodb', url })
  })

  it('lists every problem at once', () => {
    expect(
      problemsOf({
        PORT: 'eighty',
        PUBLIC_URL: 'ftp://example.org',
        S3_ENDPOINT: 'http://minio:9000',
      }),
    ).toEqual([
      'PORT: Expected an integer between 1 and 65535 but received "eighty"',
      'PUBLIC_URL: Expected an http(s) URL but received "ftp://example.org"',
      'S3_BUCKET: Expected a bucket name because other S3_* variables are set',
    ])
  })

  it('reads a complete S3 configuration and defaults to path-style addressing for a custom endpoint', () => {
    const env = parseEnv({
      S3_BUCKET: 'ttdn-media',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    })
    expect(env.s3).toEqual({
      bucket: 'ttdn-media',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
    })
  })

  it('refuses half of an S3 key pair and a malformed boolean', () => {
    expect(
      problemsOf({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'key', S3_FORCE_PATH_STYLE: 'maybe' }),
    ).toEqual([
      'S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: Expected both or neither (neither uses the instance role)',
      'S3_FORCE_PATH_STYLE: Expected true or false but received "maybe"',
    ])
  })

  it('requires the Meilisearch master key in production', () => {
    expect(
      problemsOf({
        NODE_ENV: 'production',
        PAYLOAD_SECRET: STRONG_SECRET,
        MEILI_URL: 'http://meili:7700',
      }),
    ).toEqual(['MEILI_MASTER_KEY: Expected the master key of the Meilisearch server in production'])
  })

  it('validates the first admin account', () => {
    expect(problemsOf({ SEED_ADMIN_EMAIL: 'admin@example.org' })).toEqual([
      'SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD: Expected both or neither',
    ])
    expect(problemsOf({ SEED_ADMIN_EMAIL: 'not-an-email', SEED_ADMIN_PASSWORD: 'short' })).toEqual([
      'SEED_ADMIN_EMAIL: Expected an e-mail address but received "not-an-email"',
      'SEED_ADMIN_PASSWORD: Expected at least 12 characters but received 5',
    ])
    expect(
      parseEnv({ SEED_ADMIN_EMAIL: 'Admin@Example.org', SEED_ADMIN_PASSWORD: 'long-enough-pass' })
        .seedAdmin,
    ).toEqual({
      email: 'admin@example.org',
      password: 'long-enough-pass',
    })
  })

  it('captures mail by default and reads an SMTP URL and sender when given', () => {
    expect(parseEnv({}).mail).toEqual({
      smtpUrl: undefined,
      fromAddress: 'no-reply@localhost',
      fromName: 'CSDL TTĐN',
      outbox: { retryMs: 60_000, maxAgeMs: 24 * 3_600_000 },
    })
    expect(
      parseEnv({
        SMTP_URL: 'smtps://mailer:pw@smtp.example.gov.vn:465',
        MAIL_FROM: 'Sở Ngoại vụ <no-reply@example.gov.vn>',
      }).mail,
    ).toEqual({
      smtpUrl: 'smtps://mailer:pw@smtp.example.gov.vn:465',
      fromAddress: 'no-reply@example.gov.vn',
      fromName: 'Sở Ngoại vụ',
      outbox: { retryMs: 60_000, maxAgeMs: 24 * 3_600_000 },
    })
    expect(problemsOf({ SMTP_URL: 'mail.example.org', MAIL_FROM: 'nobody' })).toEqual([
      'SMTP_URL: Expected smtp://user:password@host:port or smtps://… but received "mail.example.org"',
      'MAIL_FROM: Expected an address such as "Sở Ngoại vụ <no-reply@example.gov.vn>" but received "nobody"',
    ])
  })

  it('retries queued mail every MAIL_RETRY_SECONDS until MAIL_MAX_AGE_HOURS, and leases jobs for JOBS_LEASE_SECONDS', () => {
    expect(parseEnv({}).jobsLeaseMs).toBe(120_000)
    expect(
      parseEnv({ MAIL_RETRY_SECONDS: '0.5', MAIL_MAX_AGE_HOURS: '2', JOBS_LEASE_SECONDS: '3' }),
    ).toMatchObject({ mail: { outbox: { retryMs: 500, maxAgeMs: 7_200_000 } }, jobsLeaseMs: 3000 })
    expect(
      problemsOf({
        MAIL_RETRY_SECONDS: '0',
        MAIL_MAX_AGE_HOURS: 'soon',
        JOBS_LEASE_SECONDS: '9999',
      }),
    ).toEqual([
      'MAIL_RETRY_SECONDS: Expected a number above 0 and at most 86400 but received "0"',
      'MAIL_MAX_AGE_HOURS: Expected a number above 0 and at most 720 but received "soon"',
      'JOBS_LEASE_SECONDS: Expected a number above 0 and at most 3600 but received "9999"',
    ])
  })

  it('bounds the download cache at 2 GB unless MAX_DOWNLOAD_CACHE_MB says otherwise', () => {
    expect(parseEnv({}).downloadCacheBytes).toBe(2048 * 1024 ** 2)
    expect(parseEnv({ MAX_DOWNLOAD_CACHE_MB: '512' }).downloadCacheBytes).toBe(512 * 1024 ** 2)
    expect(problemsOf({ MAX_DOWNLOAD_CACHE_MB: 'lots' })).toEqual([
      'MAX_DOWNLOAD_CACHE_MB: Expected a number of megabytes (0 or more) but received "lots"',
    ])
  })

  it('caps the download basket at 100 items and 2000 MB unless BASKET_MAX_* say otherwise', () => {
    expect(parseEnv({}).basket).toEqual({ maxItems: 100, maxBytes: 2000 * 1024 ** 2 })
    expect(parseEnv({ BASKET_MAX_ITEMS: '20', BASKET_MAX_MB: '0.5' }).basket).toEqual({
      maxItems: 20,
      maxBytes: 512 * 1024,
    })
    expect(problemsOf({ BASKET_MAX_MB: 'lots' })).toEqual([
      'BASKET_MAX_MB: Expected a number above 0 and at most 100000 but received "lots"',
    ])
  })

  it('refuses import batches above 5120 MB and expires uncommitted ones after 24 h unless IMPORT_* say otherwise', () => {
    expect(parseEnv({}).imports).toEqual({
      maxBytes: 5120 * 1024 ** 2,
      abandonedMs: 24 * 3_600_000,
    })
    expect(parseEnv({ IMPORT_MAX_MB: '0.5', IMPORT_ABANDONED_HOURS: '2' }).imports).toEqual({
      maxBytes: 512 * 1024,
      abandonedMs: 2 * 3_600_000,
    })
    expect(problemsOf({ IMPORT_MAX_MB: '-1', IMPORT_ABANDONED_HOURS: 'soon' })).toEqual([
      'IMPORT_MAX_MB: Expected a number above 0 and at most 1000000 but received "-1"',
      'IMPORT_ABANDONED_HOURS: Expected a number above 0 and at most 2160 but received "soon"',
    ])
  })

  it('trusts no proxy by default and reads TRUSTED_PROXIES as canonical CIDR ranges', () => {
    expect(parseEnv({}).trustedProxies).toEqual([])
    expect(
      parseEnv({ TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8 ::1,::ffff:192.168.0.0/112' })
        .trustedProxies,
    ).toEqual(['127.0.0.1/32', '10.0.0.0/8', '::1/128', '192.168.0.0/16'])
    expect(problemsOf({ TRUSTED_PROXIES: '127.0.0.1,proxy.local,10.0.0.0/40' })).toEqual([
      'TRUSTED_PROXIES: Expected IP addresses or CIDR ranges separated by commas (e.g. 127.0.0.1,10.0.0.0/8,::1) but received "proxy.local"',
      'TRUSTED_PROXIES: Expected IP addresses or CIDR ranges separated by commas (e.g. 127.0.0.1,10.0.0.0/8,::1) but received "10.0.0.0/40"',
    ])
  })

  it('adds page views to their counters every 60 s by default, and refuses a period that is not above 0', () => {
    expect(parseEnv({}).pageViewFlushMs).toBe(60_000)
    expect(parseEnv({ PAGE_VIEW_FLUSH_SECONDS: '0.5' }).pageViewFlushMs).toBe(500)
    expect(problemsOf({ PAGE_VIEW_FLUSH_SECONDS: '0' })).toEqual([
      'PAGE_VIEW_FLUSH_SECONDS: Expected a number above 0 and at most 3600 but received "0"',
    ])
  })

  it('records a repeated download once an hour and writes download counts every 30 s by default', () => {
    expect(parseEnv({}).downloadRecords).toEqual({ windowMs: 3_600_000, countFlushMs: 30_000 })
    expect(
      parseEnv({ DOWNLOAD_RECORD_WINDOW_MINUTES: '5', DOWNLOAD_COUNT_FLUSH_SECONDS: '0.5' })
        .downloadRecords,
    ).toEqual({ windowMs: 300_000, countFlushMs: 500 })
    expect(
      problemsOf({ DOWNLOAD_RECORD_WINDOW_MINUTES: '0', DOWNLOAD_COUNT_FLUSH_SECONDS: 'x' }),
    ).toEqual([
      'DOWNLOAD_RECORD_WINDOW_MINUTES: Expected a number above 0 and at most 10080 but received "0"',
      'DOWNLOAD_COUNT_FLUSH_SECONDS: Expected a number above 0 and at most 3600 but received "x"',
    ])
  })

  it('keeps push targets off private networks and caps the sync long poll unless told otherwise', () => {
    expect(parseEnv({}).syndication).toEqual({
      allowPrivatePushTargets: false,
      syncWaitMaxWaiters: 200,
      syncWaitMaxPerClient: 4,
    })
    expect(
      parseEnv({
        PUSH_ALLOW_PRIVATE_NETWORKS: 'true',
        SYNC_WAIT_MAX_WAITERS: '0',
        SYNC_WAIT_MAX_PER_CLIENT: '1',
      }).syndication,
    ).toEqual({ allowPrivatePushTargets: true, syncWaitMaxWaiters: 0, syncWaitMaxPerClient: 1 })
    expect(
      problemsOf({ PUSH_ALLOW_PRIVATE_NETWORKS: 'maybe', SYNC_WAIT_MAX_WAITERS: '-1' }),
    ).toEqual([
      'PUSH_ALLOW_PRIVATE_NETWORKS: Expected true or false but received "maybe"',
      'SYNC_WAIT_MAX_WAITERS: Expected a whole number from 0 to 100000 but received "-1"',
    ])
  })

  it('deletes unverified journalist accounts after 7 days unless UNVERIFIED_ACCOUNT_RETENTION_DAYS says otherwise', () => {
    expect(parseEnv({}).unverifiedAccountRetentionDays).toBe(7)
    expect(
      parseEnv({ UNVERIFIED_ACCOUNT_RETENTION_DAYS: '30' }).unverifiedAccountRetentionDays,
    ).toBe(30)
    expect(problemsOf({ UNVERIFIED_ACCOUNT_RETENTION_DAYS: '0' })).toEqual([
      'UNVERIFIED_ACCOUNT_RETENTION_DAYS: Expected a whole number of days from 1 to 365 but received "0"',
    ])
  })

  it('reminds of report deadlines 7 and 1 days before unless REPORT_REMINDER_DAYS says otherwise', () => {
    expect(parseEnv({}).reportReminderDays).toEqual([7, 1])
    expect(parseEnv({ REPORT_REMINDER_DAYS: '1, 14,3' }).reportReminderDays).toEqual([14, 3, 1])
    expect(parseEnv({ REPORT_REMINDER_DAYS: '' }).reportReminderDays).toEqual([])
    expect(problemsOf({ REPORT_REMINDER_DAYS: '7,soon' })).toEqual([
      'REPORT_REMINDER_DAYS: Expected whole numbers of days from 0 to 365, separated by commas, but received "7,soon"',
    ])
  })

  it('sends alert digests at 07:00 Ho Chi Minh time unless ALERT_DIGEST_* say otherwise', () => {
    expect(parseEnv({}).alertDigest).toEqual({
      schedule: '0 0 7 * * *',
      timeZone: 'Asia/Ho_Chi_Minh',
    })
    expect(
      parseEnv({ ALERT_DIGEST_SCHEDULE: '0 30 6 * * 1-5', ALERT_DIGEST_TIME_ZONE: 'Asia/Tokyo' })
        .alertDigest,
    ).toEqual({ schedule: '0 30 6 * * 1-5', timeZone: 'Asia/Tokyo' })
    expect(
      problemsOf({ ALERT_DIGEST_SCHEDULE: 'daily', ALERT_DIGEST_TIME_ZONE: 'Mars/Base' }),
    ).toEqual([
      'ALERT_DIGEST_TIME_ZONE: Expected an IANA time zone such as Asia/Ho_Chi_Minh but received "Mars/Base"',
      'ALERT_DIGEST_SCHEDULE: Expected a cron expression (e.g. "0 0 7 * * *": 07:00 every day) but received "daily"',
    ])
  })

  it('schedules no backup unless BACKUP_DIR is set, and keeps 7 daily, 4 weekly and 12 monthly archives', () => {
    expect(parseEnv({}).backup).toEqual({
      directory: null,
      schedule: '0 30 2 * * *',
      keep: { daily: 7, weekly: 4, monthly: 12 },
      maxAgeMs: 30 * 3_600_000,
      encryptionKey: null,
      s3CopyTo: null,
    })
    const backup = parseEnv({
      BACKUP_DIR: 'backups',
      BACKUP_SCHEDULE: '0 0 1 * * 0',
      BACKUP_KEEP_DAILY: '0',
      BACKUP_MAX_AGE_HOURS: '200',
      BACKUP_ENCRYPTION_KEY: STRONG_SECRET,
      BACKUP_S3_COPY_TO: 's3://ttdn-backup/media/',
    }).backup
    expect(backup).toMatchObject({
      directory: path.resolve('backups'),
      schedule: '0 0 1 * * 0',
      keep: { daily: 0, weekly: 4, monthly: 12 },
      maxAgeMs: 200 * 3_600_000,
      encryptionKey: STRONG_SECRET,
      s3CopyTo: { kind: 's3', bucket: 'ttdn-backup', prefix: 'media' },
    })
    expect(parseEnv({ BACKUP_S3_COPY_TO: '/mnt/copy' }).backup.s3CopyTo).toEqual({
      kind: 'folder',
      path: '/mnt/copy',
    })
  })

  it('refuses a malformed backup schedule, count, short encryption key or copy target', () => {
    expect(
      problemsOf({
        BACKUP_SCHEDULE: 'every night',
        BACKUP_KEEP_WEEKLY: '-1',
        BACKUP_ENCRYPTION_KEY: 'short',
        BACKUP_S3_COPY_TO: 'ftp://user:pw@host/x',
      }),
    ).toEqual([
      'BACKUP_SCHEDULE: Expected a cron expression (e.g. "0 30 2 * * *": 02:30 every day) but received "every night"',
      'BACKUP_KEEP_WEEKLY: Expected a whole number from 0 to 1000 but received "-1"',
      'BACKUP_ENCRYPTION_KEY: Expected at least 32 characters but received 5',
      'BACKUP_S3_COPY_TO: Expected s3://<bucket>[/<prefix>] or a folder path but received "ftp://***@host/x"',
    ])
  })

  it('limits the public doors by default outside tests and reads RATE_LIMIT_* as requests/seconds', () => {
    const limits = parseEnv({}).rateLimits
    expect(limits.enabled).toBe(true)
    expect(limits.rules.staffLoginPerIp).toEqual({ points: 20, durationSeconds: 900 })
    expect(limits.rules.registrationPerAddress).toEqual({ points: 3, durationSeconds: 86_400 })
    expect(limits.loginDelay).toEqual({
      freeFailures: 5,
      firstDelaySeconds: 5,
      maxDelaySeconds: 300,
    })
    expect(parseEnv({ NODE_ENV: 'test' }).rateLimits.enabled).toBe(false)
    expect(parseEnv({ NODE_ENV: 'test', RATE_LIMITS: 'true' }).rateLimits.enabled).toBe(true)
    const custom = parseEnv({
      RATE_LIMIT_SEARCH: '10 / 30',
      RATE_LIMIT_LOGIN_FREE_FAILURES: '0',
      RATE_LIMIT_LOGIN_MAX_DELAY_SECONDS: '60',
    }).rateLimits
    expect(custom.rules.search).toEqual({ points: 10, durationSeconds: 30 })
    expect(custom.loginDelay).toEqual({
      freeFailures: 0,
      firstDelaySeconds: 5,
      maxDelaySeconds: 60,
    })
  })

  it('refuses malformed rate limits', () => {
    expect(
      problemsOf({
        RATE_LIMITS: 'sometimes',
        RATE_LIMIT_DOWNLOAD: '60',
        RATE_LIMIT_SYNDICATION: '0/60',
        RATE_LIMIT_LOGIN_DELAY_SECONDS: '10',
        RATE_LIMIT_LOGIN_MAX_DELAY_SECONDS: '5',
      }),
    ).toEqual([
      'RATE_LIMIT_DOWNLOAD: Expected <requests>/<seconds> with both at least 1 (e.g. 20/900) but received "60"',
      'RATE_LIMIT_SYNDICATION: Expected <requests>/<seconds> with both at least 1 (e.g. 20/900) but received "0/60"',
      'RATE_LIMIT_LOGIN_MAX_DELAY_SECONDS: Expected at least RATE_LIMIT_LOGIN_DELAY_SECONDS (10) but received 5',
      'RATE_LIMITS: Expected true or false but received "sometimes"',
    ])
  })

  it('refuses an unknown NODE_ENV', () => {
    expect(problemsOf({ NODE_ENV: 'staging' })).toEqual([
      'NODE_ENV: Expected development, production or test but received "staging"',
    ])
  })

  it('formats the boot error so that it names each variable', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrowError(
      /Invalid environment[\s\S]*- DATABASE_URL: Expected/,
    )
  })

  it('caps the harvester by default and opens loopback to it in tests only, never in production', () => {
    expect(parseEnv({}).harvest).toEqual({
      allowLoopback: false,
      maxFeedBytes: 5 * 1024 ** 2,
      maxEntriesPerPoll: 50,
      timeoutMs: 30_000,
      maxBackoffMs: 24 * 3_600_000,
    })
    expect(
      parseEnv({ NODE_ENV: 'test', HARVEST_ALLOW_LOOPBACK: 'true' }).harvest.allowLoopback,
    ).toBe(true)
    expect(
      problemsOf({
        NODE_ENV: 'production',
        PAYLOAD_SECRET: STRONG_SECRET,
        HARVEST_ALLOW_LOOPBACK: 'true',
        HARVEST_MAX_FEED_MB: '0',
      }),
    ).toEqual(
      expect.arrayContaining([
        'HARVEST_ALLOW_LOOPBACK: Must not be true in production',
        expect.stringMatching(/^HARVEST_MAX_FEED_MB: /),
      ]),
    )
  })
})
