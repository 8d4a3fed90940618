import { getEnv } from '../env'

/** The cookie options of Payload's auth collections (`auth.cookies`). */
export type AuthCookieOptions = { sameSite: 'Lax'; secure: boolean }

/**
 * Login cookies are sent back only over https when the app is reached over https
 * (`PUBLIC_URL`), so a token never travels in clear text; `Lax` keeps them off cross-site
 * form posts. Over plain http (development) a `Secure` cookie would never come back.
 */
export function authCookieOptions(): AuthCookieOptions {
  return { sameSite: 'Lax', secure: new URL(getEnv().publicUrl).protocol === 'https:' }
}
