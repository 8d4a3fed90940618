import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Where the admin's code editor (Monaco, for JSON and code fields) is served from: this app,
 * not a public CDN, so the admin works on an office network without Internet access.
 * `build/serveMonacoLocally.mjs` points Payload's editor loader here at build time.
 */
export const MONACO_PUBLIC_PATH = '/monaco-editor/vs'

/** The installed `monaco-editor` package's AMD build (the files its loader asks for). */
const MONACO_DIR = path.join(process.cwd(), 'node_modules', 'monaco-editor', 'min', 'vs')

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

/**
 * One file of the Monaco build, by its path under `vs/`, or `null` when there is no such file
 * (or the path tries to leave the folder, or is a type the editor never loads).
 */
export async function readMonacoAsset({
  segments,
}: {
  segments: string[]
}): Promise<{ body: Buffer; contentType: string } | null> {
  const file = path.resolve(MONACO_DIR, ...segments)
  if (!file.startsWith(MONACO_DIR + path.sep)) return null
  const contentType = CONTENT_TYPES[path.extname(file)]
  if (!contentType) return null
  try {
    return { body: await fs.readFile(file), contentType }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
