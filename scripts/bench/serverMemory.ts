import fs from 'node:fs/promises'

/**
 * The memory of a running process as Linux counts it (`/proc/<pid>/status`), in MB: what a
 * soak watches for a leak from outside the server, with no hook in the app.
 */
export type ProcessMemory = {
  /** Resident set (`VmRSS`): everything of the process in RAM. */
  rssMb: number
  /**
   * Anonymous resident memory (`RssAnon`): the JavaScript heap and native allocations, without
   * the mapped code and files that RSS also counts — where a leak shows.
   */
  heapMb: number
  /** The highest resident set so far (`VmHWM`). */
  peakMb: number
}

/** Reads `/proc/<pid>/status` of a live process (Linux only). */
export async function readProcessMemory({ pid }: { pid: number }): Promise<ProcessMemory> {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8')
  const megabytes = (field: string): number => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status)
    if (!match) throw new Error(`/proc/${pid}/status has no ${field}`)
    return Number(match[1]) / 1024
  }
  return { rssMb: megabytes('VmRSS'), heapMb: megabytes('RssAnon'), peakMb: megabytes('VmHWM') }
}

/** How much `end` grew over `start`, in percent. */
export function growthPercent({ start, end }: { start: number; end: number }): number {
  return ((end - start) / start) * 100
}
