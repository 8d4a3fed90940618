import { spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs/promises'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { migrations } from '../../src/migrations'
import { scratchAppEnv } from '../helpers/scratchEnv'
import { useScratchFolder } from '../helpers/scratchFolder'

/**
 * A production SQLite database is made by migrations (`npm start` applies them), never by the
 * development schema push. `npm run backup` and `npm run restore` run outside NODE_ENV=production
 * on an operator's shell; they must not push the development schema into such a database, which
 * would mark it as pushed and make the next `npm start` stop at a prompt instead of migrating.
 */
describe('backup and restore of a production database made by migrations', () => {
  const scratch = useScratchFolder({ prefix: 'production-restore' })

  it('leaves the migrated database as it was, and the restore applies the migrations (none pending) without a development push', async () => {
    const source = path.join(scratch(), 'source')
    const sourceEnv = scratchAppEnv({ dir: source })
    // The deployment's folder exists before its first migration, as on a server.
    await fs.mkdir(source, { recursive: true })
    // Made as a deployment makes it: migrations under NODE_ENV=production, by `npm run migrate`
    // (as `npm start` applies them; the Payload CLI sometimes exits 0 having done nothing).
    const migrate = await script({
      args: [TSX, 'scripts/migrate.ts'],
      env: { ...sourceEnv, NODE_ENV: 'production' },
    })
    expect(migrate.stdout).toContain(
      `Migrations: ${migrations.length} of ${migrations.length} in the database, none pending`,
    )
    expect(
      await fs.stat(path.join(source, 'ttdn.db')).then(
        () => true,
        () => false,
      ),
      `npm run migrate made no database:\n${migrate.stdout}\n${migrate.stderr}`,
    ).toBe(true)
    const migrated = await migrationRows({ dir: source })
    expect(migrated.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name))
    expect(migrated.every((row) => row.batch > 0)).toBe(true)

    const archive = path.join(scratch(), 'production.tar.gz')
    const backup = await script({
      args: [TSX, 'scripts/backup.ts', '--out', archive],
      env: sourceEnv,
    })
    expect(backup.stdout).toContain(`Backup written: ${archive}`)
    // The database the backup read is unchanged: no development push, no `dev` row.
    expect(await migrationRows({ dir: source })).toEqual(migrated)

    const target = path.join(scratch(), 'target')
    const restore = await script({
      args: [TSX, 'scripts/restore.ts', archive],
      env: { ...scratchAppEnv({ dir: target }), PAYLOAD_SECRET: sourceEnv.PAYLOAD_SECRET! },
    })
    expect(restore.stdout).toContain('migrations: pending ones applied')
    expect(restore.stdout).toContain('Restored.')
    expect(await migrationRows({ dir: target })).toEqual(migrated)
  })
})

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..')
const TSX = path.join(REPOSITORY_ROOT, 'node_modules/tsx/dist/cli.mjs')

/** Runs a command of the repository as an operator would: no NODE_ENV, the given settings. */
async function script({
  args,
  env,
}: {
  args: string[]
  env: Record<string, string>
}): Promise<{ stdout: string; stderr: string }> {
  const child = spawn(process.execPath, args, {
    cwd: REPOSITORY_ROOT,
    // An operator's shell: no NODE_ENV, and none of the settings other suites of this worker
    // left in its environment (Next.js's types insist on NODE_ENV).
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_OPTIONS: '--no-deprecation',
      ...env,
    } as unknown as NodeJS.ProcessEnv,
    // No input: a command that would ask a question gets none and fails, as in cron.
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const [code] = (await once(child, 'exit')) as [number | null]
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}:\n${stdout}\n${stderr}`)
  return { stdout, stderr }
}

async function migrationRows({
  dir,
}: {
  dir: string
}): Promise<Array<{ name: string; batch: number }>> {
  const client = createClient({ url: `file:${path.join(dir, 'ttdn.db')}` })
  try {
    const { rows } = await client.execute('SELECT name, batch FROM payload_migrations ORDER BY id')
    return rows.map((row) => ({ name: row.name as string, batch: Number(row.batch) }))
  } finally {
    client.close()
  }
}
