import { AppError } from '../errors/AppError'

/**
 * The search engine cannot be reached, timed out, or its index cannot be loaded; the original
 * error is in `cause`. Requests get 503; sync jobs fail and are retried.
 */
export class SearchUnavailableError extends AppError {
  constructor(args: { message: string; cause?: unknown }) {
    super({ ...args, status: 503, messageKey: 'health.searchUnavailable' })
  }
}

/**
 * The search engine answered, with an error (a bad setting, a rejected document). To a
 * requester it is the same as an engine that is down: 503, search is unavailable.
 */
export class SearchEngineError extends AppError {
  constructor(args: { message: string; cause?: unknown }) {
    super({ ...args, status: 503, messageKey: 'health.searchUnavailable' })
  }
}
