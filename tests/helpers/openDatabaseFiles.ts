import { readdirSync, readlinkSync } from 'node:fs'

/**
 * How many files of the SQLite databases under `dir` (each database file and its WAL) this
 * process holds open: two per open connection, so it counts the connections. Read from
 * /proc/self/fd, so Linux only; null elsewhere.
 */
export function openDatabaseFiles({ dir }: { dir: string }): number | null {
  let descriptors: string[]
  try {
    descriptors = readdirSync('/proc/self/fd')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  return descriptors
    .map((fd) => targetOf({ link: `/proc/self/fd/${fd}` }))
    .filter((target) => target.startsWith(dir) && /\.db(-wal)?$/.test(target)).length
}

/** Where a descriptor points, or '' for one closed since the folder was listed. */
function targetOf({ link }: { link: string }): string {
  try {
    return readlinkSync(link)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ''
    throw error
  }
}
