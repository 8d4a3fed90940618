import { describe, expect, it } from 'vitest'

import { parseDistributionDecision } from './distributionDecisionParams'

describe('the distribution decision body', () => {
  it('reads an approval with the version the decider saw', () => {
    expect(
      parseDistributionDecision({ body: { id: '12', decision: 'approve', version: 3 } }),
    ).toEqual({ id: '12', decision: 'approve', reason: null, version: 3 })
  })

  it('keeps a refusal’s reason, trimmed', () => {
    expect(
      parseDistributionDecision({ body: { id: 7, decision: 'refuse', reason: '  Sai số liệu ' } }),
    ).toEqual({ id: '7', decision: 'refuse', reason: 'Sai số liệu', version: null })
  })

  it.each([
    ['no body', undefined],
    ['no id', { decision: 'approve' }],
    ['an id that names no document', { id: '../1', decision: 'approve' }],
    ['no decision', { id: '1' }],
    ['an unknown decision', { id: '1', decision: 'publish' }],
    ['a refusal without a reason', { id: '1', decision: 'refuse', reason: '   ' }],
    ['a version that is not a whole number', { id: '1', decision: 'approve', version: 'x' }],
    ['a decision given as an object', { id: '1', decision: { approve: true } }],
  ])('refuses %s with a 400', (_, body) => {
    expect(() => parseDistributionDecision({ body })).toThrow(
      expect.objectContaining({ status: 400 }) as Error,
    )
  })
})
