import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { scratchAppEnv } from './scratchEnv'

/** A running app process from {@link startAppProcess}. */
export type AppProcess = {
  /** Where it serves `/api/*`: `http://127.0.0.1:<port>`. */
  url: string
  pid: number
  /**
   * Sends `signal` (default SIGKILL) to the process and everything it started (ExifTool,
   * ffmpeg: its process group) and resolves once it has exited.
   */
  kill: (signal?: NodeJS.Signals) => Promise<void>
  /** Stops it cleanly (SIGTERM), or with SIGKILL when it has not exited within 15 s. */
  stop: () => Promise<void>
  /** Resolves when `GET /api/health` answers 200 (an S3 that is down keeps it at 503). */
  waitHealthy: (args?: { timeoutMs?: number }) => Promise<void>
  /** Resolves when it has exited, however it ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** The end of what it wrote to stdout and stderr, for a failing test's message. */
  output: () => string
}

/**
 * Starts the real app in a child process (tests/helpers/appProcessServer.ts: the same start-up
 * as `next start`, Payload's REST API over `node:http` on 127.0.0.1, no Next.js build) on the
 * scratch database, media and data folders of `dir` (`scratchAppEnv`), and resolves once it
 * listens. Starting it again on the same `dir` finds the same SQLite file, media and data, with
 * the same `PAYLOAD_SECRET`, so tokens and stored secrets still hold after a crash.
 *
 * `env` is added last: `JOBS_AUTORUN` (off unless given, so a test runs jobs only when it asks),
 * S3, SMTP or any other setting, per start. The process leads a process group of its own, so
 * {@link AppProcess.kill} takes what it started down with it; {@link stopAllAppProcesses} in an
 * `afterAll` ends any a failing test left running.
 */
export async function startAppProcess({
  dir,
  env = {},
  timeoutMs = 180_000,
}: {
  dir: string
  env?: Record<string, string>
  timeoutMs?: number
}): Promise<AppProcess> {
  const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', SERVER_ENTRY], {
    cwd: REPOSITORY_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      NEXT_RUNTIME: 'nodejs',
      JOBS_AUTORUN: 'false',
      ...scratchAppEnv({ dir }),
      PAYLOAD_SECRET: createHash('sha256').update(`ttdn-app-process:${dir}`).digest('hex'),
      ...env,
    },
    // A group of its own: a SIGKILL to the group ends ExifTool and ffmpeg too, as a crash of the
    // container would. The IPC channel tells it when this process goes away.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  const pid = child.pid
  if (pid === undefined) throw new Error('The app process did not start')
  running.add(child)
  let output = ''
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEPT_CHARS)
  }
  // Both are pipes (`stdio` above).
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child)
      resolve({ code, signal })
    })
  })

  const kill = async (signal: NodeJS.Signals = 'SIGKILL'): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) signalGroup({ pid, signal })
    await exited
  }

  let port: number
  try {
    port = await listeningPort({ child, exited, timeoutMs, output: () => output })
  } catch (error) {
    await kill()
    throw error
  }
  const url = `http://127.0.0.1:${port}`

  return {
    url,
    pid,
    kill,
    exited,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      signalGroup({ pid, signal: 'SIGTERM' })
      const timer = setTimeout(() => signalGroup({ pid, signal: 'SIGKILL' }), STOP_GRACE_MS)
      await exited
      clearTimeout(timer)
      // What it started and did not end (its process group) goes with it.
      signalGroup({ pid, signal: 'SIGKILL' })
    },
    waitHealthy: async ({ timeoutMs: healthTimeoutMs = 60_000 } = {}) => {
      const deadline = Date.now() + healthTimeoutMs
      let last = 'no answer'
      while (Date.now() < deadline) {
        try {
          const response = await fetch(`${url}/api/health`)
          last = `${response.status} ${await response.text()}`
          if (response.status === 200) return
        } catch (error) {
          last = String(error)
        }
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
      throw new Error(`The app process is not healthy: ${last}\n${output}`)
    },
  }
}

/** The line the app process prints once it answers; its port follows. */
export const LISTENING = 'APP_PROCESS_LISTENING'

/** Ends every app process this test process started that is still running (for `afterAll`). */
export async function stopAllAppProcesses(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      if (child.pid !== undefined) signalGroup({ pid: child.pid, signal: 'SIGKILL' })
      if (child.exitCode === null && child.signalCode === null) await exited
    }),
  )
}

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const SERVER_ENTRY = path.join(REPOSITORY_ROOT, 'tests/helpers/appProcessServer.ts')
const OUTPUT_KEPT_CHARS = 20_000
const STOP_GRACE_MS = 15_000

const running = new Set<ChildProcess>()

// A test process that ends without its `afterAll` (a crash, a timeout) leaves none behind.
process.once('exit', () => {
  for (const child of running) {
    if (child.pid !== undefined) signalGroup({ pid: child.pid, signal: 'SIGKILL' })
  }
})

function signalGroup({ pid, signal }: { pid: number; signal: NodeJS.Signals }): void {
  try {
    process.kill(-pid, signal)
  } catch (error) {
    // ESRCH: the group has already ended, which is what was wanted.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}

async function listeningPort({
  child,
  exited,
  timeoutMs,
  output,
}: {
  child: ChildProcess
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  timeoutMs: number
  output: () => string
}): Promise<number> {
  let onData: ((chunk: Buffer) => void) | undefined
  let timer: NodeJS.Timeout | undefined
  let seen = ''
  try {
    return await Promise.race([
      new Promise<number>((resolve) => {
        onData = (chunk) => {
          seen += chunk.toString('utf8')
          const match = new RegExp(`^${LISTENING} (\\d+)$`, 'm').exec(seen)
          if (match) resolve(Number(match[1]))
        }
        child.stdout?.on('data', onData)
      }),
      exited.then(({ code, signal }) => {
        throw new Error(
          `The app process exited (${signal ?? code}) before it listened:\n${output()}`,
        )
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(`The app process did not listen within ${timeoutMs} ms:\n${output()}`),
            ),
          timeoutMs,
        )
      }),
    ])
  } finally {
    if (onData) child.stdout?.off('data', onData)
    clearTimeout(timer)
  }
}
