import { describe, expect, it } from 'vitest'

import { MIN_PASSWORD_LENGTH, passwordProblem } from './passwordPolicy'

describe('passwordProblem', () => {
  it('accepts a long password that is neither common nor the e-mail', () => {
    expect(passwordProblem({ password: 'mat-khau-can-bo-12', email: 'bao-chi@ttdn.test' })).toBe(
      null,
    )
  })

  it('refuses a password shorter than 12 characters, counting characters rather than bytes', () => {
    expect(passwordProblem({ password: 'ngắn-quá-1' })).toEqual({
      key: 'accounts.passwordTooShort',
      params: { min: MIN_PASSWORD_LENGTH },
    })
    expect(passwordProblem({ password: 'mậtkhẩuđủdài' })).toBe(null)
  })

  it('refuses the e-mail address inside the password, or its local part with only digits and symbols added', () => {
    expect(
      passwordProblem({
        password: 'Yui.Tanaka@Nikkei.example',
        email: 'yui.tanaka@nikkei.example',
      }),
    ).toEqual({ key: 'accounts.passwordContainsEmail' })
    expect(
      passwordProblem({ password: 'yui.tanaka-2026!', email: 'yui.tanaka@nikkei.example' }),
    ).toEqual({ key: 'accounts.passwordContainsEmail' })
    expect(passwordProblem({ password: 'mat-khau-quan-tri-1', email: 'quan-tri@ttdn.test' })).toBe(
      null,
    )
  })

  it('refuses common and leaked passwords, also with digits or symbols added at the end', () => {
    expect(passwordProblem({ password: 'qwertyuiop123' })).toEqual({
      key: 'accounts.passwordCommon',
    })
    expect(passwordProblem({ password: 'Password123456!' })).toEqual({
      key: 'accounts.passwordCommon',
    })
    expect(passwordProblem({ password: '1qaz2wsx3edc' })).toEqual({
      key: 'accounts.passwordCommon',
    })
  })
})
