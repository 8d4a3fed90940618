import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll } from 'vitest'

/**
 * A folder of one spec file's own in the system's temp folder: made before its tests run and
 * removed, with everything in it, after they end. Call it at the top of the file; the returned
 * function gives the folder's path once the tests have started.
 */
export function useScratchFolder({ prefix }: { prefix: string }): () => string {
  let folder: string | undefined
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), `ttdn-${prefix}-`))
  })
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true })
  })
  return () => {
    if (!folder) throw new Error('The scratch folder exists only while the tests run')
    return folder
  }
}
