import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
} from 'meilisearch'

import type { MeilisearchConfig } from '../env'
import { SearchEngineError, SearchUnavailableError } from './errors'

export { SearchEngineError, SearchUnavailableError }

const clients = new Map<MeilisearchConfig, Meilisearch>()

/**
 * The one Meilisearch client of this process for `config`, built on first use. Holds the
 * master key: nothing built from it leaves the server (browsers get tenant tokens signed with
 * a search-only key, see meilisearch/MeilisearchSearchIndex.ts).
 */
export function getMeilisearchClient({ config }: { config: MeilisearchConfig }): Meilisearch {
  let client = clients.get(config)
  if (!client) {
    client = new Meilisearch({ host: config.url, apiKey: config.masterKey, timeout: 5000 })
    clients.set(config, client)
  }
  return client
}

/**
 * Runs one call to Meilisearch and maps its failures: no answer or a timeout is
 * {@link SearchUnavailableError}, an error answer is {@link SearchEngineError}; the client's
 * error is kept in `cause`.
 */
export async function callMeilisearch<Result>({
  action,
  description,
}: {
  action: () => Promise<Result>
  description: string
}): Promise<Result> {
  try {
    return await action()
  } catch (error) {
    if (
      error instanceof MeilisearchRequestError ||
      error instanceof MeilisearchRequestTimeOutError ||
      error instanceof MeilisearchTaskTimeOutError
    ) {
      throw new SearchUnavailableError({
        message: `Meilisearch: ${description} failed`,
        cause: error,
      })
    }
    if (error instanceof MeilisearchApiError) {
      throw new SearchEngineError({
        message: `Meilisearch: ${description} was refused: ${error.message}`,
        cause: error,
      })
    }
    throw error
  }
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
