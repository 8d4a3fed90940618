import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

import { scratchAppEnv } from '../../helpers/scratchEnv'

/** A message the app sent through SMTP, as the test's receiver parsed it. */
export type ReceivedMail = { to: string[]; subject: string; text: string; html: string }

export type LibraryServer = {
  baseUrl: string
  /** The process id of `next start`, the server itself (its memory: `/proc/<pid>/status`). */
  pid: number
  admin: { email: string; password: string }
  /** Every message received so far, oldest first. */
  mails: ReceivedMail[]
  /**
   * Waits up to `timeoutMs` for a message to `to` whose text or HTML matches `matching` (any
   * message to `to` without it), and returns the latest such. Mail leaves through the jobs
   * queue, which sends what waits in one run side by side: messages queued seconds apart can
   * arrive in either order, so a test names the one it wants.
   */
  waitForMail: (args: {
    to: string
    matching?: RegExp
    timeoutMs?: number
  }) => Promise<ReceivedMail>
  /** The last lines the server printed, for failure messages. */
  logTail: () => string
  stop: () => Promise<void>
}

const REPOSITORY = path.resolve(import.meta.dirname, '../../..')

/**
 * Starts the whole app as it is deployed: the production build (made once per run by the e2e
 * project's global setup, tests/e2e/helpers/buildOnce.ts), the demo seed (`npm run seed`, which
 * also applies the committed migrations to a fresh SQLite file), then `next start` — Payload,
 * the admin, the API and the public library in one Next.js server on 127.0.0.1 — with temporary
 * media and data folders and an SMTP receiver on loopback for the app's mail. Waits until the
 * server answers and its job runner has indexed the seeded articles, then hands over. `env`
 * adds settings of the caller's (the load bench raises the rate limits); `serverNodeOptions`
 * are added to the server's `NODE_OPTIONS` only, not the seed's (the load bench opens the
 * inspector on loopback to read the server's live heap).
 */
export async function startLibraryServer({
  env: extraEnv = {},
  serverNodeOptions,
}: { env?: Record<string, string>; serverNodeOptions?: string } = {}): Promise<LibraryServer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-e2e-'))
  const mails: ReceivedMail[] = []
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : [])
            .flatMap((address) => address.value.map((entry) => entry.address ?? ''))
            .filter(Boolean)
          mails.push({
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          })
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  const smtpPort = await freePort()
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve))

  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const admin = { email: 'admin@e2e.test', password: randomBytes(12).toString('hex') }
  const output: string[] = []
  const env: NodeJS.ProcessEnv = {
    ...productionServerEnv({ dir, port }),
    SEED_ADMIN_EMAIL: admin.email,
    SEED_ADMIN_PASSWORD: admin.password,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    ...extraEnv,
  }
  const run = (label: string, command: string, args: string[], timeoutMs: number) =>
    runToEnd({ label, command, args, env, timeoutMs, output })
  try {
    // The production build itself is made once per run by tests/e2e/helpers/buildOnce.ts.
    await run('seed', path.join(REPOSITORY, 'node_modules/.bin/tsx'), ['scripts/seed.ts'], 600_000)
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()))
    await fs.rm(dir, { recursive: true, force: true })
    throw error
  }
  const child = spawnNextStart({
    port,
    env: serverNodeOptions
      ? { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} ${serverNodeOptions}`.trim() }
      : env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString('utf8').split('\n'))
    if (output.length > 400) output.splice(0, output.length - 400)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const logTail = () => output.slice(-60).join('\n')

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      process.kill(-child.pid, 'SIGTERM')
      await Promise.race([exited, delay(10_000)])
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL')
    }
    await new Promise<void>((resolve) => smtp.close(() => resolve()))
    await fs.rm(dir, { recursive: true, force: true })
  }

  try {
    await waitFor({
      what: 'the app to answer /api/health',
      timeoutMs: 600_000,
      child,
      logTail,
      check: async () => (await fetch(`${baseUrl}/api/health`)).ok,
    })
    // The seed queued search-sync jobs; the app's own job runner indexes them within seconds.
    await waitFor({
      what: 'the seeded articles to be searchable',
      timeoutMs: 300_000,
      child,
      logTail,
      check: async () => {
        const response = await fetch(`${baseUrl}/api/library/search?q=investment&locale=en`)
        if (!response.ok) return false
        const { total } = (await response.json()) as { total: number }
        return total > 0
      },
    })
  } catch (error) {
    await stop()
    throw error
  }

  return {
    baseUrl,
    pid: child.pid!,
    admin,
    mails,
    logTail,
    stop,
    waitForMail: async ({ to, matching, timeoutMs = 30_000 }) => {
      let found: ReceivedMail | undefined
      await waitFor({
        what: `a mail to ${to}${matching ? ` matching ${String(matching)}` : ''}`,
        timeoutMs,
        child,
        logTail,
        check: () => {
          found = [...mails]
            .reverse()
            .find(
              (mail) => mail.to.includes(to) && (!matching || matching.test(mail.text + mail.html)),
            )
          return Promise.resolve(Boolean(found))
        },
      })
      return found!
    },
  }
}

/** Runs a command in the repository to completion, failing with its output if it fails. */
export async function runToEnd({
  label,
  command,
  args,
  env,
  timeoutMs,
  output,
}: {
  label: string
  command: string
  args: string[]
  env: NodeJS.ProcessEnv
  timeoutMs: number
  output: string[]
}): Promise<void> {
  const startedAt = Date.now()
  const child = spawn(command, args, { cwd: REPOSITORY, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const lines: string[] = []
  const keep = (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n'))
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  clearTimeout(timer)
  output.push(...lines.slice(-20))
  if (code !== 0) {
    throw new Error(`e2e: ${label} failed (exit ${code}):\n${lines.slice(-80).join('\n')}`)
  }
  process.stdout.write(
    `[e2e] ${label} finished in ${((Date.now() - startedAt) / 1000).toFixed(0)} s\n`,
  )
}

async function waitFor({
  what,
  timeoutMs,
  child,
  logTail,
  check,
}: {
  what: string
  timeoutMs: number
  child: ChildProcess
  logTail: () => string
  check: () => Promise<boolean>
}): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The app exited (${child.exitCode}) while waiting for ${what}:\n${logTail()}`)
    }
    if (await check().catch(() => false)) return
    await delay(1_000)
  }
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}:\n${logTail()}`)
}

/** The caller's environment minus anything pointing at a real database, bucket or engine. */
export function withoutProductionBackends(
  env: NodeJS.ProcessEnv,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([name]) => !/^(DATABASE_URL|S3_|MEILI_|JOBS_AUTORUN|SMTP_URL|MAIL_FROM)/.test(name),
    ),
  )
}

/**
 * `next start` of the production build in `.next/` on 127.0.0.1, in its own process group (stop
 * it with `process.kill(-child.pid)`, which also stops what it started).
 */
export function spawnNextStart({
  port,
  env,
  stdio,
}: {
  port: number
  env: NodeJS.ProcessEnv
  stdio: StdioOptions
}): ChildProcess {
  return spawn(
    process.execPath,
    [
      path.join(REPOSITORY, 'node_modules/next/dist/bin/next'),
      'start',
      '-p',
      String(port),
      '-H',
      '127.0.0.1',
    ],
    { cwd: REPOSITORY, detached: true, stdio, env },
  )
}

/**
 * The environment of a production server on 127.0.0.1:`port` with its database, media and
 * data in `dir`, none of this machine's production backends, and this process's other settings.
 */
export function productionServerEnv({
  dir,
  port,
}: {
  dir: string
  port: number
}): NodeJS.ProcessEnv {
  return {
    ...withoutProductionBackends(process.env),
    NODE_ENV: 'production',
    NODE_OPTIONS: '--no-deprecation',
    NEXT_TELEMETRY_DISABLED: '1',
    ...scratchAppEnv({ dir, publicUrl: `http://127.0.0.1:${port}` }),
    PORT: String(port),
  }
}

/**
 * Waits until the page cache keeps the home page for anonymous readers: it keeps nothing while
 * search jobs are queued, and the seed queues a few hundred that the server works off in the
 * first minute or two.
 */
export async function waitForKeptPage({ baseUrl }: { baseUrl: string }): Promise<void> {
  const deadline = Date.now() + 300_000
  const cacheOf = async (): Promise<string | null> => {
    const response = await fetch(`${baseUrl}/vi`)
    await response.arrayBuffer()
    return response.headers.get('x-page-cache')
  }
  for (;;) {
    await cacheOf()
    if ((await cacheOf()) === 'HIT') return
    if (Date.now() > deadline) throw new Error('No page was kept within 5 minutes of the seed')
    await delay(2000)
  }
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
