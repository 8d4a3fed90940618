/** A progress display for a long job: `update` as work is done, `finish` at the end. */
export type ProgressBar = {
  update: (args: { done: number; note?: string }) => void
  finish: (args: { note?: string }) => void
}

const WIDTH = 30
const PLAIN_INTERVAL_MS = 5000

/**
 * A progress bar on `stream`: redrawn in place on a terminal, one line every few seconds
 * otherwise (CI logs, pipes), with the rate and the time left.
 */
export function createProgressBar({
  stream,
  total,
  label,
  now = () => Date.now(),
}: {
  stream: Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean }
  total: number
  label: string
  now?: () => number
}): ProgressBar {
  const startedAt = now()
  let lastPlain = 0
  const render = ({ done, note }: { done: number; note?: string }) => {
    const share = total === 0 ? 1 : Math.min(1, done / total)
    const filled = Math.round(share * WIDTH)
    const seconds = Math.max((now() - startedAt) / 1000, 0.001)
    const rate = done / seconds
    const left = rate > 0 ? Math.ceil((total - done) / rate) : 0
    return (
      `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ` +
      `${String(Math.floor(share * 100)).padStart(3)}% ${done}/${total} ` +
      `${Math.round(rate)}/s ETA ${left}s${note ? ` ${note}` : ''}`
    )
  }
  return {
    update: (args) => {
      if (stream.isTTY) {
        stream.write(`\r${render(args)}\u001b[K`)
      } else if (now() - lastPlain >= PLAIN_INTERVAL_MS) {
        lastPlain = now()
        stream.write(`${render(args)}\n`)
      }
    },
    finish: ({ note }) => {
      stream.write(`${stream.isTTY ? '\r' : ''}${render({ done: total, note })}\n`)
    },
  }
}
