/**
 * Polls `until` every `intervalMs` until it holds; fails after `timeoutMs` with `what` and the
 * end of `output` (a child process's log), so a stuck wait says what it waited for.
 */
export async function waitFor({
  what,
  until,
  output,
  intervalMs = 100,
  timeoutMs = 90_000,
}: {
  what: string
  until: () => Promise<boolean>
  output: () => string
  intervalMs?: number
  timeoutMs?: number
}): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await until()) return
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`Timed out waiting for ${what}\n${output().slice(-4000)}`)
}
