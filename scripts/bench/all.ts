/**
 * `npm run bench`: runs every `bench:*` script of package.json, one after the other, and fails
 * when any of them does. Each prints its own `RESULT` lines.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>
}
const benches = Object.keys(scripts)
  .filter((name) => name.startsWith('bench:'))
  .sort()

const failed: string[] = []
for (const name of benches) {
  process.stdout.write(`\n> npm run ${name}\n`)
  const { status } = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' })
  if (status !== 0) failed.push(name)
}
if (failed.length > 0) process.stdout.write(`\nFailed: ${failed.join(', ')}\n`)
process.exit(failed.length > 0 ? 1 : 0)
