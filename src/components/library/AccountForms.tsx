'use client'

import { useActionState } from 'react'

import {
  login,
  register,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  type FormState,
} from '../../library/accountActions'
import type { AccountFormKind, FormLabels } from '../../library/accountFields'

type FormSpec = {
  action: (state: FormState, form: FormData) => Promise<FormState>
  /** Set for a form that is replaced by the action's "check your mail" message once done. */
  doneTestId?: string
}

/** The account forms, by the server action each one sends to. */
const FORMS: Record<AccountFormKind, FormSpec> = {
  login: { action: login },
  register: { action: register, doneTestId: 'registered' },
  forgotPassword: { action: requestPasswordReset, doneTestId: 'reset-requested' },
  // Success opens the login page.
  resetPassword: { action: resetPassword },
  resendVerification: { action: resendVerification, doneTestId: 'verification-resent' },
}

/** A form's state, and how many answers it has had: each one draws the form anew. */
type CountedState = FormState & { answers: number }

/**
 * A journalist account form: login, registration, the request for a reset link, or a new
 * password with the reset link's token (`hidden`). Errors come back from the server action in
 * the reader's language; a form that is done shows the action's message in its place.
 */
export function AccountForm({
  form,
  lang,
  labels,
  hidden = {},
}: {
  form: AccountFormKind
  lang: string
  labels: FormLabels
  /** Values the form sends without showing them. */
  hidden?: Record<string, string>
}) {
  const spec = FORMS[form]
  const [state, action, isPending] = useActionState<CountedState, FormData>(
    async (previous, data) => ({
      ...(await spec.action(previous, data)),
      answers: previous.answers + 1,
    }),
    { answers: 0 },
  )
  if (state.done && spec.doneTestId) {
    return (
      <p className="notice notice--ok" role="status" data-testid={spec.doneTestId}>
        {state.done}
      </p>
    )
  }
  return (
    <>
      <AccountFormFields
        // React empties a form once its action is done; a new form per answer starts from the
        // values the action sent back instead, so a mistake does not cost the whole form.
        key={state.answers}
        lang={lang}
        labels={labels}
        state={state}
        action={action}
        isPending={isPending}
        hidden={hidden}
      />
      {state.unverifiedEmail && labels.resendLink ? (
        <AccountForm
          form="resendVerification"
          lang={lang}
          labels={{ submit: labels.resendLink, fields: [] }}
          hidden={{ email: state.unverifiedEmail }}
        />
      ) : null}
    </>
  )
}

function AccountFormFields({
  lang,
  labels,
  state,
  action,
  isPending,
  hidden,
}: {
  lang: string
  labels: FormLabels
  state: FormState
  action: (form: FormData) => void
  isPending: boolean
  hidden: Record<string, string>
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
                defaultValue={state.values?.[field.name] ?? ''}
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
                // Passwords are never sent back: `values` has none.
                defaultValue={state.values?.[field.name]}
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
