import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { constants as fsConstants } from 'node:fs'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliDecompressSync } from 'node:zlib'

import bundledChromium from '@sparticuz/chromium'
import { chromium, type Browser } from 'playwright-core'

/** Where a system Chromium or Chrome usually is: Debian/Ubuntu, other distributions, macOS. */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
] as const

/** The value of `CHROMIUM_PATH` that skips the system browser and uses the npm-packaged one. */
export const BUNDLED = 'bundled'

/**
 * Launches the browser the browser tests drive, on any machine, and prints one line saying which:
 *
 * 1. `CHROMIUM_PATH`, when set to a path (`CHROMIUM_PATH=bundled` forces step 3);
 * 2. a system Chromium or Chrome ({@link SYSTEM_CHROMIUM_PATHS}; CI installs Debian's);
 * 3. the headless Chromium inside the `@sparticuz/chromium` devDependency (Linux x86_64), with
 *    its own NSS libraries and fonts from npm packages, so a bare clone needs no root, no
 *    distribution package and no browser download.
 *
 * On Linux the fonts of the `@expo-google-fonts/noto-sans-{sc,kr,khmer}` devDependencies are
 * added to what fontconfig finds, so Vietnamese, Chinese, Japanese, Korean and Khmer pages
 * render as text in screenshots even where the system has no such fonts.
 */
export async function launchBrowser(): Promise<Browser> {
  const requested = process.env.CHROMIUM_PATH?.trim() ?? ''
  const system = requested === BUNDLED ? undefined : await findSystemChromium({ requested })
  if (system) {
    const env = os.platform() === 'linux' ? await fontEnv({ withSystemFonts: true }) : {}
    announce(`${system.reason} ${system.executablePath}`)
    return chromium.launch({
      executablePath: system.executablePath,
      args: ['--no-sandbox'],
      env: { ...process.env, ...env },
    })
  }
  if (os.platform() !== 'linux' || os.arch() !== 'x64') {
    throw new Error(
      `No Chromium or Chrome found (${SYSTEM_CHROMIUM_PATHS.join(', ')}), and the bundled one ` +
        `(@sparticuz/chromium) runs on Linux x86_64 only: install Chrome or set CHROMIUM_PATH`,
    )
  }
  const executablePath = await bundledChromium.executablePath()
  const libraries = await bundledLibraries()
  announce(`bundled Chromium from @sparticuz/chromium, extracted to ${executablePath}`)
  return chromium.launch({
    executablePath,
    // Of the package's recommended flags only these: the others (single process, no web
    // security) suit a serverless function, not tests of the app's own security headers.
    args: ['--no-sandbox', '--no-zygote', '--use-gl=angle', '--use-angle=swiftshader'],
    env: {
      ...process.env,
      ...(await fontEnv({ withSystemFonts: false })),
      LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
    },
  })
}

const FONT_PACKAGES = [
  '@expo-google-fonts/noto-sans-sc',
  '@expo-google-fonts/noto-sans-kr',
  '@expo-google-fonts/noto-sans-khmer',
] as const

/** Regular and bold are what the library and the admin use; the other weights are synthesised. */
const FONT_WEIGHTS = ['400Regular', '700Bold'] as const

const requireFromHere = createRequire(import.meta.url)

async function findSystemChromium({
  requested,
}: {
  requested: string
}): Promise<{ executablePath: string; reason: string } | undefined> {
  if (requested) {
    if (!(await isExecutable(requested))) {
      throw new Error(`CHROMIUM_PATH=${requested} is not an executable file`)
    }
    return { executablePath: requested, reason: 'Chromium from CHROMIUM_PATH,' }
  }
  for (const candidate of SYSTEM_CHROMIUM_PATHS) {
    if (await isExecutable(candidate))
      return { executablePath: candidate, reason: 'system browser' }
  }
  return undefined
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await fs.access(file, fsConstants.X_OK)
    return true
  } catch (error) {
    if (isMissingOrForbidden(error)) return false
    throw error
  }
}

function isMissingOrForbidden(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'ENOENT' || code === 'EACCES' || code === 'ENOTDIR'
}

/**
 * A fontconfig file naming the npm fonts (and, for a system browser, the system's own
 * configuration first, so its fonts keep precedence), returned as the variables that make
 * Chromium read it. The bundled browser also gets the Open Sans that its package extracts to
 * `<tmp>/fonts` for Latin, Greek and Cyrillic.
 */
async function fontEnv({
  withSystemFonts,
}: {
  withSystemFonts: boolean
}): Promise<Record<string, string>> {
  // One folder per checkout: the file names fonts inside this checkout's node_modules.
  const checkout = createHash('sha256')
    .update(import.meta.dirname)
    .digest('hex')
    .slice(0, 12)
  const dir = path.join(os.tmpdir(), `csdl-ttdn-browser-fonts-${checkout}`)
  await fs.mkdir(dir, { recursive: true })
  const fontDirs = FONT_PACKAGES.flatMap((name) => {
    const root = path.dirname(requireFromHere.resolve(name))
    return FONT_WEIGHTS.map((weight) => path.join(root, weight))
  })
  if (!withSystemFonts) fontDirs.push(path.join(os.tmpdir(), 'fonts'))
  const lines = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    ...(withSystemFonts ? ['  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>'] : []),
    ...fontDirs.map((fontDir) => `  <dir>${fontDir}</dir>`),
    `  <cachedir>${path.join(dir, 'cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ]
  const file = path.join(dir, withSystemFonts ? 'system-and-npm.conf' : 'npm.conf')
  await fs.writeFile(file, lines.join('\n'))
  return { FONTCONFIG_FILE: file }
}

/**
 * The NSS and expat libraries the bundled Chromium links against, from the package's own
 * archive (built for Amazon Linux 2023), extracted once: a bare machine may have none.
 */
async function bundledLibraries(): Promise<string> {
  const target = path.join(os.tmpdir(), 'csdl-ttdn-chromium-libs')
  const libraries = path.join(target, 'lib')
  if (await isExecutable(path.join(libraries, 'libnss3.so'))) return libraries
  const archive = path.join(
    path.dirname(requireFromHere.resolve('@sparticuz/chromium')),
    '../../bin/al2023.tar.br',
  )
  // Extract beside the target and rename into place, so an interrupted run leaves no half copy.
  const partial = await fs.mkdtemp(`${target}-`)
  const tarFile = path.join(partial, 'libs.tar')
  await fs.writeFile(tarFile, brotliDecompressSync(await fs.readFile(archive)))
  await promisify(execFile)('tar', ['-xf', tarFile, '-C', partial])
  await fs.rm(tarFile)
  await fs.rm(target, { recursive: true, force: true })
  await fs.rename(partial, target)
  return libraries
}

function announce(choice: string): void {
  process.stdout.write(`Browser tests use the ${choice}\n`)
}
