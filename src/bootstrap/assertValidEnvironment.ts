import { getEnv } from '../env'
import { ConfigurationError } from '../errors/ConfigurationError'

/**
 * Stops the process with a message naming each bad variable (a default PAYLOAD_SECRET in
 * production, say), before the server takes a request.
 */
export function assertValidEnvironment(): void {
  try {
    getEnv()
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  }
}
