/**
 * Started by the search bench in a process of its own, on the bench's scratch database and
 * data folder (its environment): boots the app as a server does — Payload with its onInit
 * (first admin, catch-up of due publications, the search index opened) — then runs the health
 * check, and prints one JSON line with how long each took from the process's start.
 */
import { loadPayloadApp } from '../lib/loadPayloadApp'

const startedAt = performance.now() - process.uptime() * 1000
const { config, getPayload } = await loadPayloadApp()
const loadedAt = performance.now()
const payload = await getPayload({ config })
const bootedAt = performance.now()
const { getEnv } = await import('../../src/env')
const { checkHealth } = await import('../../src/health/checkHealth')
const report = await checkHealth({ payload, env: getEnv() })
const healthyAt = performance.now()
process.stdout.write(
  `${JSON.stringify({
    status: report.status,
    modulesMs: loadedAt - startedAt,
    bootMs: bootedAt - loadedAt,
    healthMs: healthyAt - bootedAt,
    totalMs: healthyAt - startedAt,
  })}\n`,
)
await payload.destroy()
process.exit(report.status === 'ok' ? 0 : 1)
