'use client'

import { useActionState } from 'react'

import {
  login,
  register,
  requestPasswordReset,
  resetPassword,
  type FormState,
} from '../../library/accountActions'

type Field = {
  name: string
  label: string
  type?: 'text' | 'email' | 'password'
  hint?: string
  isRequired?: boolean
  autoComplete?: string
  /** Makes the field a choice among these. */
  options?: Array<{ value: string; label: string }>
}

/** Messages the forms show, already translated by the page. */
export type FormLabels = { submit: string; fields: Field[] }

/** The journalist login form; errors come back from the server action in the reader's language. */
export function LoginForm({ lang, labels }: { lang: string; labels: FormLabels }) {
  const [state, action, isPending] = useActionState<FormState, FormData>(login, {})
  return (
    <AccountForm lang={lang} labels={labels} state={state} action={action} isPending={isPending} />
  )
}

/** The press registration form; on success it is replaced by the "check your mail" message. */
export function RegisterForm({ lang, labels }: { lang: string; labels: FormLabels }) {
  const [state, action, isPending] = useActionState<FormState, FormData>(register, {})
  if (state.done) {
    return (
      <p className="notice notice--ok" role="status" data-testid="registered">
        {state.done}
      </p>
    )
  }
  return (
    <AccountForm lang={lang} labels={labels} state={state} action={action} isPending={isPending} />
  )
}

/** Asks for a reset link; on success it is replaced by the "check your mail" message. */
export function ForgotPasswordForm({ lang, labels }: { lang: string; labels: FormLabels }) {
  const [state, action, isPending] = useActionState<FormState, FormData>(requestPasswordReset, {})
  if (state.done) {
    return (
      <p className="notice notice--ok" role="status" data-testid="reset-requested">
        {state.done}
      </p>
    )
  }
  return (
    <AccountForm lang={lang} labels={labels} state={state} action={action} isPending={isPending} />
  )
}

/** Sets a new password with the token of the reset link; success opens the login page. */
export function ResetPasswordForm({
  lang,
  token,
  labels,
}: {
  lang: string
  token: string
  labels: FormLabels
}) {
  const [state, action, isPending] = useActionState<FormState, FormData>(resetPassword, {})
  return (
    <AccountForm
      lang={lang}
      labels={labels}
      state={state}
      action={action}
      isPending={isPending}
      hidden={{ token }}
    />
  )
}

function AccountForm({
  lang,
  labels,
  state,
  action,
  isPending,
  hidden = {},
}: {
  lang: string
  labels: FormLabels
  state: FormState
  action: (form: FormData) => void
  isPending: boolean
  /** Values the form sends without showing them. */
  hidden?: Record<string, string>
}) {
  return (
    <form className="form" action={action} noValidate>
      <input type="hidden" name="lang" value={lang} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.error ? (
        <p className="notice notice--error" role="alert">
          {state.error}
        </p>
      ) : null}
      {labels.fields.map((field) => {
        const error = state.fieldErrors?.[field.name]
        const errorId = `${field.name}-error`
        const hintId = `${field.name}-hint`
        // The field's name is its label alone; the hint inside the <label> is its description.
        const labelId = `${field.name}-label`
        const describedBy =
          [error ? errorId : null, field.hint ? hintId : null].filter(Boolean).join(' ') ||
          undefined
        return (
          <label key={field.name}>
            <span id={labelId}>{field.label}</span>
            {field.hint ? (
              <span className="hint" id={hintId}>
                {field.hint}
              </span>
            ) : null}
            {field.options ? (
              <select
                name={field.name}
                required={field.isRequired}
                autoComplete={field.autoComplete}
                defaultValue=""
                aria-labelledby={labelId}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
              >
                <option value="" disabled>
                  —
                </option>
                {field.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                name={field.name}
                type={field.type ?? 'text'}
                required={field.isRequired}
                autoComplete={field.autoComplete}
                aria-labelledby={labelId}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
              />
            )}
            {error ? (
              <span className="field-error" id={errorId}>
                {error}
              </span>
            ) : null}
          </label>
        )
      })}
      <p>
        <button type="submit" disabled={isPending}>
          {labels.submit}
        </button>
      </p>
    </form>
  )
}
