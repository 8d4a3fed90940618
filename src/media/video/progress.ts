/** How far a transcode has come. */
export type TranscodeProgress = {
  /** 0–100; 100 only once ffmpeg reports the end. */
  percent: number
  isFinished: boolean
}

/**
 * Reads one report of `ffmpeg -progress`: `key=value` lines ending with `progress=continue`
 * or `progress=end`. The position is `out_time_us`, or `out_time_ms` in older builds — which,
 * despite its name, also counts microseconds — or `out_time` (`HH:MM:SS.micro`). Before the
 * first frame ffmpeg writes `N/A`. Without a known duration the percentage stays 0 until the
 * end. Returns `null` for text that is not a complete report.
 */
export function parseProgressReport({
  report,
  durationSeconds,
}: {
  report: string
  durationSeconds: number | null
}): TranscodeProgress | null {
  const values = new Map<string, string>()
  for (const line of report.split('\n')) {
    const separator = line.indexOf('=')
    if (separator > 0) values.set(line.slice(0, separator).trim(), line.slice(separator + 1).trim())
  }
  const state = values.get('progress')
  if (state !== 'continue' && state !== 'end') return null
  if (state === 'end') return { percent: 100, isFinished: true }
  const position = positionSeconds({ values })
  if (position === null || !durationSeconds || durationSeconds <= 0) {
    return { percent: 0, isFinished: false }
  }
  // 99 at most: the file is finished (moov moved to the front) only at `progress=end`.
  const percent = Math.min(99, Math.max(0, Math.floor((position / durationSeconds) * 100)))
  return { percent, isFinished: false }
}

function positionSeconds({ values }: { values: Map<string, string> }): number | null {
  for (const key of ['out_time_us', 'out_time_ms']) {
    const microseconds = Number(values.get(key))
    if (values.has(key) && Number.isFinite(microseconds)) return microseconds / 1_000_000
  }
  const match = /^(-?\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(values.get('out_time') ?? '')
  if (!match) return null
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3])
}
