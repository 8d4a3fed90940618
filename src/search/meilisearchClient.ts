import { Meilisearch } from 'meilisearch'

import type { MeilisearchConfig } from '../env'
import { AppError } from '../errors/AppError'

/** Meilisearch cannot be reached or answered with an error; the original error is in `cause`. */
export class SearchUnavailableError extends AppError {
  constructor(args: { message: string; cause?: unknown }) {
    super({ ...args, status: 503, messageKey: 'health.searchUnavailable' })
  }
}

const clients = new Map<MeilisearchConfig, Meilisearch>()

/** The one Meilisearch client of this process for `config`, built on first use. */
export function getMeilisearchClient({ config }: { config: MeilisearchConfig }): Meilisearch {
  let client = clients.get(config)
  if (!client) {
    client = new Meilisearch({ host: config.url, apiKey: config.masterKey, timeout: 5000 })
    clients.set(config, client)
  }
  return client
}

/** Throws {@link SearchUnavailableError} unless Meilisearch reports itself available. */
export async function assertMeilisearchHealthy({
  config,
}: {
  config: MeilisearchConfig
}): Promise<void> {
  try {
    const { status } = (await getMeilisearchClient({ config }).health()) as { status: string }
    if (status !== 'available') throw new Error(`Meilisearch reports status "${status}"`)
  } catch (error) {
    throw new SearchUnavailableError({
      message: `Meilisearch at ${config.url} is not available`,
      cause: error,
    })
  }
}
