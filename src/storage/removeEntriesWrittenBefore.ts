import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Removes the entries of `folder` that `isCandidate` accepts and that were last modified before
 * `before` (folders with what they hold), and returns their names, sorted. For what a stopped
 * process left behind: a file another process is writing right now is younger and stays. No
 * folder: nothing to remove.
 */
export async function removeEntriesWrittenBefore({
  folder,
  before,
  isCandidate,
}: {
  folder: string
  before: Date
  isCandidate: (name: string) => boolean
}): Promise<string[]> {
  let names: string[]
  try {
    names = await fs.readdir(folder)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const removed: string[] = []
  for (const name of names.sort()) {
    if (!isCandidate(name)) continue
    const entry = path.join(folder, name)
    if ((await fs.lstat(entry)).mtimeMs >= before.getTime()) continue
    await fs.rm(entry, { recursive: true, force: true })
    removed.push(name)
  }
  return removed
}

/** When this process started: what is older was left by an earlier run. */
export function processStartTime(): Date {
  return new Date(Date.now() - process.uptime() * 1000)
}
