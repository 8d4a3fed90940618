import type { Payload } from 'payload'

/**
 * Runs `flush` — writing what a process gathered in memory (download counts, page views) —
 * before Payload is destroyed (tests, scripts) and on SIGTERM/SIGINT. A signal listener is
 * added only where the process already handles that signal (Next.js closes its server and
 * exits on its own, after pending work): added alone, it would keep a process that should die
 * alive.
 */
export function flushOnShutdown({
  payload,
  flush,
}: {
  payload: Payload
  flush: () => Promise<void>
}): void {
  const destroy = payload.destroy.bind(payload)
  payload.destroy = async () => {
    await flush()
    await destroy()
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    if (process.listenerCount(signal) === 0) continue
    process.once(signal, () => {
      void flush()
    })
  }
}
