import { spawn } from 'node:child_process'

/** mongodump/mongorestore is not installed, or no MongoDB answered. */
export class MongoToolsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MongoToolsError'
  }
}

/**
 * `mongodump --archive=<target> --oplog` of the replica set at `url`: with `--oplog` the dump is
 * one point in time even though the app keeps writing (the oplog entries made during the dump
 * are included and replayed on restore). Needs MongoDB's database tools on the PATH.
 */
export async function dumpMongo({ url, target }: { url: string; target: string }): Promise<void> {
  await runTool({ tool: 'mongodump', args: [`--uri=${url}`, `--archive=${target}`, '--oplog'] })
}

/**
 * `mongorestore --archive=<source> --oplogReplay` into the database at `url`; `--drop` first
 * drops each collection the dump holds (only with `restore --force`).
 */
export async function restoreMongo({
  url,
  source,
  shouldDrop,
}: {
  url: string
  source: string
  shouldDrop: boolean
}): Promise<void> {
  await runTool({
    tool: 'mongorestore',
    args: [
      `--uri=${url}`,
      `--archive=${source}`,
      '--oplogReplay',
      ...(shouldDrop ? ['--drop'] : []),
    ],
  })
}

async function runTool({ tool, args }: { tool: string; args: string[] }): Promise<void> {
  const stderr: Buffer[] = []
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new MongoToolsError(
              `${tool} is not installed or not on the PATH: install MongoDB's database tools (mongodb-database-tools) on this machine`,
            )
          : error,
      ),
    )
    child.once('close', (exitCode) => resolve(exitCode ?? 1))
  })
  if (code !== 0) {
    // The tools print the URL they were given; never echo its credentials.
    const said = Buffer.concat(stderr)
      .toString('utf8')
      .replace(/\/\/([^@/\s]+)@/g, '//***@')
    throw new MongoToolsError(
      `${tool} failed (exit code ${code}); is the MongoDB replica set reachable?\n${said.trim().split('\n').slice(-5).join('\n')}`,
    )
  }
}
