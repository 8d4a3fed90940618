import { getEnv } from './env'
import { ConfigurationError } from './errors/AppError'

/**
 * Runs once when the Next.js server starts, before it serves a request: a missing or
 * malformed setting (a default PAYLOAD_SECRET in production, say) stops the process with a
 * message naming the variable, instead of failing the first request.
 */
export function register(): void {
  try {
    getEnv()
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  }
}
