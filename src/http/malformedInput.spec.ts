import { describe, expect, it } from 'vitest'

import { MAX_BODY_DEPTH, bodyProblem, isDocumentId } from './malformedInput'

describe('bodyProblem', () => {
  it('accepts a JSON object with text auth fields', () => {
    expect(bodyProblem({ email: 'a@example.com', password: 'x'.repeat(40), name: 'Á' })).toBeNull()
    expect(bodyProblem({ title: { vi: 'Bài', en: 'Article' }, tags: [1, 2] })).toBeNull()
  })

  it.each([
    ['a string', 'hello', { kind: 'notAnObject' }],
    ['an array', [{ email: 'a@example.com' }], { kind: 'notAnObject' }],
    ['no body', undefined, { kind: 'notAnObject' }],
    ['a number as e-mail', { email: -1 }, { kind: 'notText', field: 'email' }],
    ['an object as password', { password: { $ne: null } }, { kind: 'notText', field: 'password' }],
    [
      'a megabyte e-mail',
      { email: 'x'.repeat(1024 ** 2) },
      { kind: 'tooLong', field: 'email', max: 320 },
    ],
  ])('refuses %s', (_label, data, problem) => {
    expect(bodyProblem(data)).toEqual(problem)
  })

  it('refuses nesting deeper than a document of ours, without recursing itself', () => {
    let deep: unknown = 'leaf'
    for (let level = 0; level < 100_000; level += 1) deep = [deep]
    expect(bodyProblem({ name: deep })).toEqual({ kind: 'tooDeep' })
    let fine: unknown = 'leaf'
    for (let level = 0; level < MAX_BODY_DEPTH - 2; level += 1) fine = { child: fine }
    expect(bodyProblem({ name: fine })).toBeNull()
  })
})

describe('isDocumentId', () => {
  it('accepts SQLite and MongoDB ids and refuses anything else', () => {
    expect(isDocumentId(12)).toBe(true)
    expect(isDocumentId('12')).toBe(true)
    expect(isDocumentId('65a1f0c2e4b0a1b2c3d4e5f6')).toBe(true)
    for (const id of [
      '../../etc/passwd',
      'a\u0000b',
      '',
      'x'.repeat(65),
      "1' OR '1'='1",
      1.5,
      {},
    ]) {
      expect(isDocumentId(id)).toBe(false)
    }
  })
})
