import type { LibraryKey, LibraryTranslator } from '../i18n'
import type { Locale } from '../i18n/locales'
import { countryOptions } from './countries'

/** One field of an account form, its texts already in the reader's language. */
export type AccountField = {
  name: string
  label: string
  type?: 'text' | 'email' | 'password'
  hint?: string
  isRequired?: boolean
  autoComplete?: string
  /** Makes the field a choice among these. */
  options?: Array<{ value: string; label: string }>
}

/** What an account form shows, translated by the page (a client form has no translator). */
export type FormLabels = {
  submit: string
  fields: AccountField[]
  /** The login form's offer to send the confirmation link again, once a login says so. */
  resendLink?: string
}

/**
 * Every field the account forms ask for, once: a form lists the ones it needs by these names.
 * The three password fields share the name the server actions read (`password`) and differ in
 * what the browser's password manager is told: fill in the current one, or suggest a new one.
 */
const ACCOUNT_FIELDS = {
  name: { name: 'name', label: 'account.name', isRequired: true, autoComplete: 'name' },
  email: {
    name: 'email',
    label: 'account.email',
    type: 'email',
    isRequired: true,
    autoComplete: 'email',
  },
  currentPassword: {
    name: 'password',
    label: 'account.password',
    type: 'password',
    isRequired: true,
    autoComplete: 'current-password',
  },
  choosePassword: {
    name: 'password',
    label: 'account.password',
    type: 'password',
    hint: 'account.passwordHint',
    isRequired: true,
    autoComplete: 'new-password',
  },
  newPassword: {
    name: 'password',
    label: 'account.newPassword',
    type: 'password',
    hint: 'account.passwordHint',
    isRequired: true,
    autoComplete: 'new-password',
  },
  repeatPassword: {
    name: 'passwordRepeat',
    label: 'account.repeatPassword',
    type: 'password',
    isRequired: true,
    autoComplete: 'new-password',
  },
  outlet: {
    name: 'outlet',
    label: 'account.outlet',
    isRequired: true,
    autoComplete: 'organization',
  },
  country: {
    name: 'country',
    label: 'account.country',
    isRequired: true,
    autoComplete: 'country',
    hasCountryOptions: true,
  },
  pressCardNumber: { name: 'pressCardNumber', label: 'account.pressCardNumber' },
} satisfies Record<string, FieldSpec>

/** The account forms there are. */
export type AccountFormKind =
  | 'login'
  | 'register'
  | 'forgotPassword'
  | 'resetPassword'
  | 'resendVerification'

/** What each account form asks for, in this order, and what its button says. */
const ACCOUNT_FORMS: Record<
  AccountFormKind,
  { submitKey: LibraryKey; fields: Array<keyof typeof ACCOUNT_FIELDS> }
> = {
  login: { submitKey: 'account.submitLogin', fields: ['email', 'currentPassword'] },
  register: {
    submitKey: 'account.submitRegister',
    fields: ['name', 'email', 'choosePassword', 'outlet', 'country', 'pressCardNumber'],
  },
  forgotPassword: { submitKey: 'account.submitForgot', fields: ['email'] },
  resetPassword: { submitKey: 'account.submitReset', fields: ['newPassword', 'repeatPassword'] },
  resendVerification: { submitKey: 'account.resendLink', fields: ['email'] },
}

/** The labels of an account `form` in the reader's language: its fields and its button. */
export function accountFormLabels({
  form,
  lang,
  t,
}: {
  form: AccountFormKind
  lang: Locale
  t: LibraryTranslator
}): FormLabels {
  const { submitKey, fields } = ACCOUNT_FORMS[form]
  return {
    submit: t(submitKey),
    ...(form === 'login' ? { resendLink: t('account.resendLink') } : {}),
    fields: fields.map((fieldName) => {
      const spec: FieldSpec = ACCOUNT_FIELDS[fieldName]
      const { label, hint, hasCountryOptions, ...rest } = spec
      return {
        ...rest,
        label: t(label),
        ...(hint ? { hint: t(hint) } : {}),
        ...(hasCountryOptions ? { options: countryOptions({ lang }) } : {}),
      }
    }),
  }
}

/** A field as {@link ACCOUNT_FIELDS} declares it: message keys in place of texts. */
type FieldSpec = Omit<AccountField, 'label' | 'hint' | 'options'> & {
  label: LibraryKey
  hint?: LibraryKey
  /** The choice of countries, named in the reader's language. */
  hasCountryOptions?: boolean
}
