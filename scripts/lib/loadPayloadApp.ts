import type { getPayload as GetPayload, SanitizedConfig } from 'payload'

import { loadLexicalInOrder } from './loadLexicalInOrder'

/**
 * What a script that boots the app does first: Lexical one module at a time (see
 * loadLexicalInOrder), then Payload and this repository's config. Modules that import the
 * config must load after this, so scripts import them with `await import()` once it returns.
 */
export async function loadPayloadApp(): Promise<{
  config: SanitizedConfig
  getPayload: typeof GetPayload
}> {
  await loadLexicalInOrder()
  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('../../payload.config')
  return { config: await configPromise, getPayload }
}
