/**
 * The child process of tests/helpers/appProcess.ts: the real app, started as `next start`
 * starts it (src/instrumentation.ts: environment check, peer-address stamp, jobs runner when
 * `JOBS_AUTORUN` is on, page cache; then Payload's `onInit`), serving Payload's REST route
 * handlers over `node:http` on 127.0.0.1 on a free port. No Next.js build is needed. Its settings
 * are the environment the parent gives it.
 *
 * Prints `APP_PROCESS_LISTENING <port>` on stdout once it answers. Stops cleanly on SIGTERM or
 * SIGINT, and when the parent goes away (its IPC channel closes).
 */
import { loadPayloadApp } from '../../scripts/lib/loadPayloadApp'
import { LISTENING } from './appProcess'

const { config, getPayload } = await loadPayloadApp()
const { register } = await import('../../src/instrumentation')
const { serveRestApi } = await import('./restListener')
const { endExifTool } = await import('../../src/media/metadata/exiftool')

// What Next.js does before the first request; `NEXT_RUNTIME=nodejs` comes from the parent.
await register()
const payload = await getPayload({ config })

const { server, port } = await serveRestApi({ config, payload, name: 'App process' })
process.stdout.write(`${LISTENING} ${port}\n`)

let isStopping = false
const stop = async (): Promise<void> => {
  if (isStopping) return
  isStopping = true
  server.closeAllConnections()
  server.close()
  try {
    await payload.destroy()
  } finally {
    // ExifTool's `-stay_open` processes would outlive this one.
    await endExifTool()
    process.exit(0)
  }
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop())
process.on('disconnect', () => void stop())
