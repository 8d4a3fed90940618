/**
 * Runs once when the Next.js server starts. Next.js also compiles this file for the Edge
 * runtime, where Node's APIs do not exist; `NEXT_RUNTIME` is the documented switch it replaces
 * at build time, not a setting, which is why it is read here rather than in src/env.ts.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { assertValidEnvironment } = await import('./bootstrap/assertValidEnvironment')
  assertValidEnvironment()
  const { getEnv } = await import('./env')
  const { HSTS_VALUE } = await import('./http/securityHeaders.mjs')
  // Before any request: who is connected decides which X-Forwarded-For to believe.
  const { stampPeerAddresses } = await import('./http/stampPeerAddress')
  stampPeerAddresses({
    strictTransportSecurity: getEnv().publicUrl.startsWith('https:') ? HSTS_VALUE : null,
  })
  const { startJobsRunner } = await import('./bootstrap/startJobsRunner')
  await startJobsRunner()
  // In front of the page cache: a page it answers from memory is a view too.
  const { installPageViewCounter } = await import('./bootstrap/installPageViewCounter')
  await installPageViewCounter()
  // After the stamp: a page rendered on a miss still learns who is connected.
  const { installPageCache } = await import('./bootstrap/installPageCache')
  await installPageCache()
}
