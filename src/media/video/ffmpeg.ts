import { spawn } from 'node:child_process'
import { constants as fsConstants, existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { getEnv } from '../../env'
import { AppError } from '../../errors/AppError'
import { parseVideoProbe, type VideoProbe } from './probe'
import { parseProgressReport, type TranscodeProgress } from './progress'
import { webVideoArguments, type VideoSize } from './webVideo'

/**
 * The one module that runs ffmpeg and ffprobe. Both are static builds shipped inside npm
 * packages (`@ffmpeg-installer/linux-x64`, ffmpeg 4.x; `@ffprobe-installer/linux-x64`), so
 * nothing is downloaded and no system package is needed. They are always started with an
 * argument array (never through a shell) and a time limit.
 */

/** ffmpeg or ffprobe could not be started, timed out, or failed on a file we made ourselves. */
export class MediaToolError extends AppError {
  constructor(args: { message: string; cause?: unknown }) {
    super({ ...args, status: 500, messageKey: 'errors.internal' })
  }
}

/** ffmpeg or ffprobe is missing, cannot be made executable, or cannot be started. */
export class MediaToolUnavailableError extends MediaToolError {}

/** The file is not a video ffmpeg can read: damaged, truncated, or something else in disguise. */
export class UnreadableVideoError extends AppError {
  constructor(args: { message: string; cause?: unknown }) {
    super({ ...args, status: 422, messageKey: 'media.unreadableVideo' })
  }
}

export type MediaTool = 'ffmpeg' | 'ffprobe'

/** How long each kind of run may take before it is killed. */
export const TOOL_TIME_LIMITS_MS = {
  probe: 30_000,
  frame: 60_000,
  /** A feature-length broadcast file on two cores; a run past this is stuck, not slow. */
  transcode: 4 * 60 * 60_000,
} as const

/** Where each tool's binary lives inside its package. */
const TOOL_PACKAGES: Record<MediaTool, string> = {
  ffmpeg: '@ffmpeg-installer/linux-x64',
  ffprobe: '@ffprobe-installer/linux-x64',
}

/** At most this much of a tool's output is kept (a poster frame PNG of an 8K video fits). */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024
/** The end of stderr kept for error messages. */
const STDERR_TAIL_BYTES = 4096

/**
 * Reads a video's duration, display dimensions, codecs and frame rate. Throws
 * {@link UnreadableVideoError} when ffprobe cannot read the file or finds no picture in it.
 */
export async function probeVideo({ filePath }: { filePath: string }): Promise<VideoProbe> {
  let stdout: Buffer
  try {
    ;({ stdout } = await runMediaTool({
      tool: 'ffprobe',
      args: ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', filePath],
      timeoutMs: TOOL_TIME_LIMITS_MS.probe,
    }))
  } catch (error) {
    throw asUnreadable({ error, message: 'ffprobe could not read the file' })
  }
  let output: unknown
  try {
    output = JSON.parse(stdout.toString('utf8'))
  } catch (error) {
    throw new UnreadableVideoError({ message: 'ffprobe gave no readable answer', cause: error })
  }
  const probe = parseVideoProbe({ output })
  if (!probe) throw new UnreadableVideoError({ message: 'The file holds no video stream' })
  return probe
}

/**
 * One frame of the video at `atSeconds` as a PNG, upright (ffmpeg applies the rotation the
 * file declares). Throws {@link UnreadableVideoError} when no frame can be decoded there.
 */
export async function extractVideoFrame({
  filePath,
  atSeconds,
}: {
  filePath: string
  atSeconds: number
}): Promise<Buffer> {
  let stdout: Buffer
  try {
    ;({ stdout } = await runMediaTool({
      tool: 'ffmpeg',
      args: [
        ...COMMON_FFMPEG_ARGUMENTS,
        // Before -i: seeks in the container, then decodes up to the exact time.
        '-ss',
        atSeconds.toFixed(3),
        '-i',
        filePath,
        '-map',
        '0:v:0',
        '-frames:v',
        '1',
        '-f',
        'image2pipe',
        '-c:v',
        'png',
        'pipe:1',
      ],
      timeoutMs: TOOL_TIME_LIMITS_MS.frame,
    }))
  } catch (error) {
    throw asUnreadable({ error, message: 'ffmpeg could not decode a frame' })
  }
  if (stdout.byteLength === 0) {
    throw new UnreadableVideoError({ message: `No frame could be decoded at ${atSeconds}s` })
  }
  return stdout
}

/**
 * Transcodes `input` to the web rendition at `output` (H.264 MP4 of `size`, AAC, faststart;
 * see webVideoArguments), reporting progress as ffmpeg writes it (`-progress pipe:1`).
 * ffmpeg runs at a lower CPU priority, so uploads and page views on the same cores stay quick.
 */
export async function transcodeWebVideo({
  input,
  output,
  size,
  hasAudio,
  durationSeconds,
  onProgress,
  signal,
}: {
  input: string
  output: string
  size: VideoSize
  hasAudio: boolean
  durationSeconds: number | null
  onProgress: (progress: TranscodeProgress) => void
  signal?: AbortSignal
}): Promise<void> {
  let pending = ''
  let report: string[] = []
  await runMediaTool({
    tool: 'ffmpeg',
    args: [
      ...COMMON_FFMPEG_ARGUMENTS,
      '-nostats',
      '-progress',
      'pipe:1',
      ...webVideoArguments({ input, output, size, hasAudio }),
    ],
    timeoutMs: TOOL_TIME_LIMITS_MS.transcode,
    niceness: 10,
    signal,
    onStdout: (chunk) => {
      const lines = (pending + chunk.toString('utf8')).split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        report.push(line)
        // Each report ends with `progress=continue` or `progress=end`.
        if (!line.startsWith('progress=')) continue
        const progress = parseProgressReport({ report: report.join('\n'), durationSeconds })
        report = []
        if (progress) onProgress(progress)
      }
    },
  })
}

/**
 * Runs ffmpeg or ffprobe with `args` and resolves with what it wrote to stdout (unless
 * `onStdout` takes it). Rejects with {@link MediaToolError} when the binary cannot be started,
 * exits with an error (the end of its stderr in the message), is aborted or runs past
 * `timeoutMs`.
 */
export async function runMediaTool({
  tool,
  args,
  timeoutMs,
  niceness,
  signal,
  onStdout,
}: {
  tool: MediaTool
  args: string[]
  timeoutMs: number
  /** A lower priority (0–19) for long runs. */
  niceness?: number
  signal?: AbortSignal
  onStdout?: (chunk: Buffer) => void
}): Promise<{ stdout: Buffer }> {
  const binary = await mediaToolPath({ tool })
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true })
    const chunks: Buffer[] = []
    let stdoutBytes = 0
    let stderr = ''
    let failure: MediaToolError | null = null
    const stop = (error: MediaToolError) => {
      failure ??= error
      child.kill('SIGKILL')
    }
    const timer = setTimeout(
      () => stop(new MediaToolError({ message: `${tool} ran past ${timeoutMs} ms` })),
      timeoutMs,
    )
    const onAbort = () => stop(new MediaToolError({ message: `${tool} was stopped` }))
    if (signal?.aborted) onAbort()
    signal?.addEventListener('abort', onAbort, { once: true })

    child.once('spawn', () => {
      if (niceness === undefined || child.pid === undefined) return
      try {
        os.setPriority(child.pid, niceness)
      } catch {
        // Not allowed in some containers: the run goes on at normal priority.
      }
    })
    child.stdout.on('data', (chunk: Buffer) => {
      if (onStdout) return onStdout(chunk)
      stdoutBytes += chunk.byteLength
      if (stdoutBytes > MAX_OUTPUT_BYTES) {
        stop(new MediaToolError({ message: `${tool} wrote more than ${MAX_OUTPUT_BYTES} bytes` }))
        return
      }
      chunks.push(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL_BYTES)
    })
    child.once('error', (error) => {
      stop(new MediaToolUnavailableError({ message: `${tool} could not be started`, cause: error }))
    })
    child.once('close', (code, closeSignal) => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      if (failure) return reject(failure)
      if (code !== 0) {
        return reject(
          new MediaToolError({
            message: `${tool} exited with ${code ?? closeSignal}: ${stderr.trim() || 'no message'}`,
          }),
        )
      }
      resolve({ stdout: Buffer.concat(chunks) })
    })
  })
}

const resolvedPaths = new Map<MediaTool, Promise<string>>()

/**
 * The absolute path of a tool's binary, made executable if it is not: npm 11 can skip the
 * packages' own `postinstall` (`chmod u+x`), and that `u+x` only lets the installing user run
 * it. When the binary is not ours to change (installed by root, run as `node` in the Docker
 * image), a copy in the data folder is made executable instead. Checked once per process.
 */
export function mediaToolPath({ tool }: { tool: MediaTool }): Promise<string> {
  let resolved = resolvedPaths.get(tool)
  if (!resolved) {
    resolved = executableBinary({ tool, filePath: path.join(packageDirectory({ tool }), tool) })
    // A failure is not remembered: fixing the install must not need a restart.
    resolved.catch(() => resolvedPaths.delete(tool))
    resolvedPaths.set(tool, resolved)
  }
  return resolved
}

/** Arguments every ffmpeg run starts with: quiet, never waiting on a terminal, overwriting. */
const COMMON_FFMPEG_ARGUMENTS = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y']

function packageDirectory({ tool }: { tool: MediaTool }): string {
  const name = TOOL_PACKAGES[tool]
  try {
    const resolved: unknown = createRequire(import.meta.url).resolve(`${name}/package.json`)
    if (typeof resolved === 'string' && existsSync(resolved)) return path.dirname(resolved)
  } catch {
    // Looked for from the working directory below.
  }
  // A bundler (Next.js, Turbopack) may have moved this code or rewritten `require.resolve` into
  // a module id: then the package is looked for in node_modules from the project root up.
  for (let folder = process.cwd(); ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'node_modules', name)
    if (existsSync(path.join(candidate, 'package.json'))) return candidate
    if (path.dirname(folder) === folder) break
  }
  throw new MediaToolUnavailableError({ message: `${name} is not installed` })
}

async function executableBinary({
  tool,
  filePath,
}: {
  tool: MediaTool
  filePath: string
}): Promise<string> {
  if (await isExecutable({ filePath })) return filePath
  try {
    await fs.chmod(filePath, 0o755)
    if (await isExecutable({ filePath })) return filePath
  } catch {
    // Not the owner: a copy of our own is made executable below.
  }
  try {
    // In the app's own data folder, not the shared temporary one, where another user could
    // have put a program of theirs under the name we would run.
    const folder = path.join(getEnv().dataDir, 'bin')
    await fs.mkdir(folder, { recursive: true, mode: 0o700 })
    const { size } = await fs.stat(filePath)
    const copy = path.join(folder, `${tool}-${size}`)
    if (!(await isExecutable({ filePath: copy }))) {
      const partial = `${copy}.${process.pid}.partial`
      await fs.copyFile(filePath, partial)
      await fs.chmod(partial, 0o755)
      await fs.rename(partial, copy)
    }
    return copy
  } catch (error) {
    throw new MediaToolUnavailableError({
      message: `${filePath} is not executable and could not be made so`,
      cause: error,
    })
  }
}

async function isExecutable({ filePath }: { filePath: string }): Promise<boolean> {
  try {
    await fs.access(filePath, fsConstants.X_OK)
    return true
  } catch {
    return false
  }
}

function asUnreadable({ error, message }: { error: unknown; message: string }): Error {
  // A tool that cannot even start is our fault, not the file's.
  if (error instanceof MediaToolUnavailableError) return error
  return new UnreadableVideoError({ message, cause: error })
}
