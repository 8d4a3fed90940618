/**
 * The server of `npm run bench:media`'s `upload_memory` figure, run as a child process so its
 * memory is its own: the real Payload app (the environment the parent gives it: a scratch
 * SQLite file and folders, the local folder or an S3 server, `JOBS_AUTORUN=false` so no
 * transcode runs) behind Payload's REST route handlers on a plain `node:http` server on
 * 127.0.0.1. Requests and responses are streamed through, as Next.js does, so no build is
 * needed. It samples its own resident set size every 50 ms.
 *
 * Talks to the parent over IPC:
 * - sends `{ type: 'ready', port, agencyId, email, password }` once it listens;
 * - on `{ type: 'start' }` takes the current RSS as the baseline and starts the peak afresh,
 *   then sends `{ type: 'started' }`;
 * - on `{ type: 'stop' }` sends `{ type: 'memory', baselineBytes, peakBytes, samples }`;
 * - on `{ type: 'exit' }` shuts Payload down and exits.
 */
import { randomBytes } from 'node:crypto'

import { loadPayloadApp } from '../lib/loadPayloadApp'

type ParentMessage = { type: 'start' | 'stop' | 'exit' }

const SAMPLE_INTERVAL_MS = 50

const { config, getPayload } = await loadPayloadApp()
const { serveRestApi } = await import('../../tests/helpers/restListener')
const { slugs } = await import('../../collections/slugs')
const { endExifTool } = await import('../../src/media/metadata/exiftool')

const payload = await getPayload({ config })

const agency = await payload.create({
  collection: slugs.agencies,
  data: { name: 'Đài Phát thanh - Truyền hình', code: 'bench-agency', kind: 'newsroom' },
})
const email = 'bench@ttdn.test'
const password = randomBytes(12).toString('hex')
await payload.create({
  collection: slugs.users,
  data: { email, password, name: 'Bench', roles: ['admin'], agency: agency.id },
})

const { server, port } = await serveRestApi({ config, payload, name: 'Bench server' })

let baselineBytes = process.memoryUsage.rss()
let peakBytes = baselineBytes
let samples = 0
const sampler = setInterval(() => {
  const rss = process.memoryUsage.rss()
  samples += 1
  if (rss > peakBytes) peakBytes = rss
}, SAMPLE_INTERVAL_MS)

process.on('message', (message: ParentMessage) => {
  if (message.type === 'start') {
    global.gc?.()
    baselineBytes = process.memoryUsage.rss()
    peakBytes = baselineBytes
    samples = 0
    process.send?.({ type: 'started' })
  } else if (message.type === 'stop') {
    peakBytes = Math.max(peakBytes, process.memoryUsage.rss())
    process.send?.({ type: 'memory', baselineBytes, peakBytes, samples })
  } else if (message.type === 'exit') {
    clearInterval(sampler)
    server.close()
    // ExifTool's `-stay_open` processes would outlive this one.
    void payload
      .destroy()
      .then(() => endExifTool())
      .then(() => process.exit(0))
  }
})
process.send?.({ type: 'ready', port, agencyId: agency.id, email, password })
