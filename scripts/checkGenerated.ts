/**
 * Fails when a generated file no longer matches the code: Payload's TypeScript types, the
 * admin import map, or the SQL migrations (a schema change without its migration).
 * Generated files are regenerated in place and restored afterwards, so a failing check
 * leaves the tree as it found it. Usage: `npm run check:generated`.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = process.cwd()
const payloadBin = path.join(root, 'node_modules', '.bin', 'payload')
const generatedFiles = ['src/payload-types.ts', 'src/app/(payload)/admin/importMap.js']
const migrationsDir = path.join(root, 'src', 'migrations')

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ttdn-check-'))
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'test',
  NODE_OPTIONS: '--no-deprecation',
  DATABASE_URL: `file:${path.join(scratch, 'check.db')}`,
  MEDIA_DIR: path.join(scratch, 'media'),
  DATA_DIR: path.join(scratch, 'data'),
}

/**
 * Node 20 sometimes deadlocks loading Lexical's entry points, which use top-level await, and
 * the Payload CLI then exits with code 13 before doing anything (see
 * scripts/lib/loadLexicalInOrder.ts). That exit, and only that one, is retried.
 */
function run(args: string[]): void {
  for (let attempt = 1; ; attempt += 1) {
    try {
      execFileSync(payloadBin, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
      return
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status !== 13 || attempt >= 5) throw error
    }
  }
}

const problems: string[] = []
const before = new Map(
  generatedFiles.map((file) => [file, fs.readFileSync(path.join(root, file), 'utf8')]),
)
const migrationsBefore = new Set(fs.readdirSync(migrationsDir))
const migrationIndex = fs.readFileSync(path.join(migrationsDir, 'index.ts'), 'utf8')

try {
  run(['generate:types'])
  run(['generate:importmap'])
  for (const [file, content] of before) {
    if (fs.readFileSync(path.join(root, file), 'utf8') !== content) {
      problems.push(`${file} is out of date: run "npm run generate" and commit the result`)
    }
  }
  run(['migrate:create', 'schema_drift_check', '--skip-empty'])
  const added = fs.readdirSync(migrationsDir).filter((file) => !migrationsBefore.has(file))
  if (added.length > 0) {
    problems.push(
      'The collections changed the SQL schema without a migration: run "npm run payload migrate:create <name>" and commit src/migrations/',
    )
  }
  for (const file of added) fs.rmSync(path.join(migrationsDir, file))
} finally {
  for (const [file, content] of before) fs.writeFileSync(path.join(root, file), content)
  fs.writeFileSync(path.join(migrationsDir, 'index.ts'), migrationIndex)
  fs.rmSync(scratch, { recursive: true, force: true })
}

if (problems.length > 0) {
  process.stderr.write(`Generated files drifted:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`)
  process.exit(1)
}
process.stdout.write('Generated files are up to date: types, import map, migrations\n')
