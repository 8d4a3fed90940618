import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { scratchAppEnv } from '../../helpers/scratchEnv'
import { runToEnd, withoutProductionBackends } from './startLibraryServer'

/**
 * The e2e project's global setup: `npm run build` once for the whole run, as production builds
 * it, so each browser suite only seeds a fresh database and starts `next start` on it. A build
 * takes minutes on two cores; one per suite would spend most of CI on identical builds.
 * `E2E_REUSE_BUILD=1` skips it, to re-run a suite against the build already in `.next/`.
 */
export default async function buildOnce(): Promise<void> {
  // For a developer re-running one browser suite against the build they just made.
  if (process.env.E2E_REUSE_BUILD === '1') return
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-e2e-build-'))
  try {
    await runToEnd({
      label: 'build',
      command: 'npm',
      args: ['run', 'build'],
      env: {
        ...withoutProductionBackends(process.env),
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        // Nothing of these is baked into the build; the config only needs valid values to load.
        ...scratchAppEnv({ dir }),
      },
      timeoutMs: 1_200_000,
      output: [],
    })
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}
