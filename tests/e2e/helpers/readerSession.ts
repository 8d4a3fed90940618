import type { Browser, BrowserContext } from 'playwright-core'

import { launchBrowser } from './browser'
import { startLibraryServer, type LibraryServer } from './startLibraryServer'

/** A library server on the demo seed and one anonymous reader's browser context. */
export type ReaderSession = {
  server: LibraryServer
  browser: Browser
  reader: BrowserContext
  stop: () => Promise<void>
}

/**
 * Starts the production server (tests/e2e/helpers/startLibraryServer.ts) and Chromium with a
 * reader's context in `locale` (the browser's language, which the library's `/` follows), with
 * waits long enough for a cold page of a loaded machine.
 */
export async function startReaderSession({ locale }: { locale: string }): Promise<ReaderSession> {
  const server = await startLibraryServer()
  const browser = await launchBrowser()
  const reader = await browser.newContext({ locale })
  reader.setDefaultNavigationTimeout(120_000)
  reader.setDefaultTimeout(60_000)
  return {
    server,
    browser,
    reader,
    stop: async () => {
      await browser.close()
      await server.stop()
    },
  }
}
