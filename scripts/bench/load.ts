/**
 * Load measurement shared by the HTTP benches (feeds, pages): autocannon over loopback, every
 * latency kept, and the `RESULT` lines the benches end with.
 */
import autocannon from 'autocannon'

/**
 * Requests/s and p95 latency of one URL under load: a warm-up of a few requests, then
 * `seconds` of load — or, when that completes fewer than `minSamples` requests (a slow
 * baseline), exactly that many. Fails when any answer is not the expected status: a bench of
 * errors measures nothing.
 */
export async function measureLoad({
  url,
  headers = {},
  connections,
  seconds,
  minSamples = 30,
  expectedStatus = 200,
}: {
  url: string
  headers?: Record<string, string>
  connections: number
  seconds: number
  minSamples?: number
  expectedStatus?: number
}): Promise<{ rps: number; p95: number }> {
  await runAutocannon({ url, headers, connections, amount: connections * 2 })
  let measured = await runAutocannon({
    url,
    headers,
    connections,
    duration: seconds,
    expectedStatus,
  })
  // autocannon stops sending at the deadline, but the server still works off what it accepted;
  // one more request queues behind that backlog, so the next measurement starts clean.
  await (await fetch(url, { headers })).arrayBuffer()
  if (measured.latencies.length < minSamples)
    measured = await runAutocannon({
      url,
      headers,
      connections,
      amount: minSamples,
      expectedStatus,
    })
  if (measured.unexpected > 0)
    throw new Error(`${measured.unexpected} answers to ${url} were not ${expectedStatus}`)
  return {
    rps: measured.latencies.length / measured.duration,
    p95: percentile({ samples: measured.latencies, share: 0.95 }),
  }
}

/**
 * A bench's result line: `RESULT <bench> <metric>=<value> baseline=<value> ratio=<x>`, the ratio
 * being how many times better ours is (ours ÷ baseline for rates, baseline ÷ ours for times).
 */
export function resultLine({
  bench,
  metric,
  value,
  baseline,
  isTime = false,
}: {
  bench: string
  metric: string
  value: number
  baseline: number
  isTime?: boolean
}): string {
  const ratio = isTime ? baseline / value : value / baseline
  return `RESULT ${bench} ${metric}=${formatNumber(value)} baseline=${formatNumber(baseline)} ratio=${formatNumber(ratio)}`
}

export function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export function formatNumber(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
}

/** What one autocannon run saw: every latency (ms), and what went wrong. */
export type AutocannonRun = {
  latencies: number[]
  /** Answers whose status was not `expectedStatus`. */
  unexpected: number
  /** Requests that got no answer: connection errors and timeouts. */
  failed: number
  /** Seconds the run lasted. */
  duration: number
}

/**
 * One autocannon run, for `duration` seconds or `amount` requests, every latency kept. Each
 * connection goes through `paths` in turn when given (else requests `url`), at most
 * `overallRate` requests per second in all when given (else as fast as answers come).
 */
export function runAutocannon({
  url,
  headers = {},
  connections,
  duration,
  amount,
  expectedStatus,
  paths,
  overallRate,
  timeoutSeconds,
}: {
  url: string
  headers?: Record<string, string>
  connections: number
  duration?: number
  amount?: number
  expectedStatus?: number
  paths?: string[]
  overallRate?: number
  /** How long a request may wait for its answer before it counts as failed (autocannon: 10). */
  timeoutSeconds?: number
}): Promise<AutocannonRun> {
  const latencies: number[] = []
  let unexpected = 0
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        headers,
        connections,
        ...(amount ? { amount } : { duration }),
        ...(paths ? { requests: paths.map((path) => ({ path })) } : {}),
        ...(overallRate ? { overallRate } : {}),
        ...(timeoutSeconds ? { timeout: timeoutSeconds } : {}),
      },
      (error, result) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)))
        else resolve({ latencies, unexpected, failed: result.errors, duration: result.duration })
      },
    )
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime)
      if (expectedStatus !== undefined && statusCode !== expectedStatus) unexpected += 1
    })
  })
}

/** The value below which `share` (0–1) of `samples` fall; 0 for no samples. */
export function percentile({ samples, share }: { samples: number[]; share: number }): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0
}
