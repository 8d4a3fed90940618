import { InvalidParameterError } from '../errors/AppError'
import { bodyParam, documentIdOf, expectedOneOf, localeParam, oneOfParam } from '../http/params'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { WORKFLOW_ACTIONS, type WorkflowAction } from './states'

/** The longest reason a step keeps (a rejection's or a withdrawal's explanation). */
export const MAX_REASON_LENGTH = 2000

/** The route and body of `POST /api/{articles|media}/:id/workflow`, checked. */
export type TransitionParams = {
  /** The item, or null when the route cannot name one (answered as not found). */
  id: string | null
  action: WorkflowAction
  /** The translation the step is for; the Vietnamese source when the body names none. */
  locale: Locale
  reason: string | undefined
}

/**
 * Reads a workflow step's request: `{ action, locale?, reason? }`. An `action` that is missing
 * or not one of {@link WORKFLOW_ACTIONS}, or a `locale` that is not ours, is the translated 400
 * (InvalidParameterError); a reason is trimmed and cut to {@link MAX_REASON_LENGTH}.
 */
export function parseTransitionParams({
  id,
  body,
}: {
  id: unknown
  body: unknown
}): TransitionParams {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  const action = oneOfParam({
    name: 'action',
    value: bodyParam(fields.action),
    values: WORKFLOW_ACTIONS,
  })
  if (action === undefined) {
    throw new InvalidParameterError({
      name: 'action',
      expected: expectedOneOf({ values: WORKFLOW_ACTIONS }),
    })
  }
  return {
    id: typeof id === 'string' || typeof id === 'number' ? documentIdOf({ value: id }) : null,
    action,
    locale: localeParam({ value: bodyParam(fields.locale), fallback: DEFAULT_LOCALE }),
    reason:
      typeof fields.reason === 'string'
        ? fields.reason.trim().slice(0, MAX_REASON_LENGTH)
        : undefined,
  }
}
