import fs from 'node:fs/promises'

import { SearchUnavailableError } from '../errors'

/**
 * Runs `action` holding an exclusive lock file, shared by every process using the same
 * folder. A lock whose process is gone, or that is older than {@link STALE_AFTER_MS}, is
 * taken over.
 */
export async function withFileLock<Result>({
  file,
  timeoutMs,
  action,
}: {
  file: string
  timeoutMs: number
  action: () => Promise<Result>
}): Promise<Result> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const handle = await fs.open(file, 'wx')
      await handle.writeFile(JSON.stringify({ pid: process.pid, at: Date.now() }))
      await handle.close()
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      if (await isStale(file)) {
        await fs.rm(file, { force: true })
        continue
      }
      if (Date.now() > deadline) {
        throw new SearchUnavailableError({
          message: `The search index is locked by another process (${file})`,
        })
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
    }
  }
  try {
    return await action()
  } finally {
    await fs.rm(file, { force: true })
  }
}

async function isStale(file: string): Promise<boolean> {
  try {
    const { pid, at } = JSON.parse(await fs.readFile(file, 'utf8')) as { pid: number; at: number }
    if (Date.now() - at > STALE_AFTER_MS) return true
    if (pid === process.pid) return false
    try {
      process.kill(pid, 0)
      return false
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH'
    }
  } catch {
    // Empty or unreadable: being written this very moment, or by a process that died there.
    const { mtimeMs } = await fs.stat(file).catch(() => ({ mtimeMs: Date.now() }))
    return Date.now() - mtimeMs > 10_000
  }
}

/** After this long a lock is taken to be left behind by a crashed process. */
const STALE_AFTER_MS = 10 * 60_000
const RETRY_MS = 25
