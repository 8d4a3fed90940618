import { InvalidParameterError } from '../errors/AppError'
import { bodyParam, expectedOneOf, idParam, integerParam, oneOfParam } from '../http/params'
import { MAX_REASON_LENGTH } from '../workflow/transitionParams'

/** What the department may decide on one language of one item. */
export const DISTRIBUTION_DECISIONS = ['approve', 'refuse'] as const

export type DistributionDecision = (typeof DISTRIBUTION_DECISIONS)[number]

/** The body of `POST /api/distribution-approvals/decide`, checked. */
export type DistributionDecisionParams = {
  /** The distribution approval decided on. */
  id: string
  decision: DistributionDecision
  /** Trimmed; required (non-empty) for a refusal. */
  reason: string | null
  /** The version the decider saw: a newer one waiting since makes the decision a conflict. */
  version: number | null
}

/**
 * Reads `{ id, decision: 'approve' | 'refuse', reason?, version? }`. A missing or malformed
 * `id` or `decision`, a refusal without a reason, or a `version` that is not a whole number is
 * the translated 400; the reason is trimmed and cut to the workflow's longest reason.
 */
export function parseDistributionDecision({ body }: { body: unknown }): DistributionDecisionParams {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  const id = idParam({ name: 'id', value: bodyParam(fields.id) })
  if (id === undefined)
    throw new InvalidParameterError({ name: 'id', expected: { key: 'search.expectedId' } })
  const decision = oneOfParam({
    name: 'decision',
    value: bodyParam(fields.decision),
    values: DISTRIBUTION_DECISIONS,
  })
  if (decision === undefined) {
    throw new InvalidParameterError({
      name: 'decision',
      expected: expectedOneOf({ values: DISTRIBUTION_DECISIONS }),
    })
  }
  const reason =
    typeof fields.reason === 'string' ? fields.reason.trim().slice(0, MAX_REASON_LENGTH) : ''
  if (decision === 'refuse' && reason === '') {
    throw new InvalidParameterError({
      name: 'reason',
      expected: { key: 'distribution.expectedReason' },
    })
  }
  // 0 only as the fallback: a version given is at least 1.
  const version = integerParam({
    name: 'version',
    value: bodyParam(fields.version),
    min: 1,
    max: Number.MAX_SAFE_INTEGER,
    fallback: 0,
  })
  return { id, decision, reason: reason === '' ? null : reason, version: version || null }
}
