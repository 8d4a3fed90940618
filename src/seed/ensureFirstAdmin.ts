import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { slugs } from '../../collections/slugs'
import type { Env } from '../env'

/** The e-mail of the admin generated for a development database. */
export const GENERATED_ADMIN_EMAIL = 'admin@ttdn.local'

/**
 * Makes sure a staff admin exists when none does: from `SEED_ADMIN_EMAIL`/`SEED_ADMIN_PASSWORD`
 * in any mode, or, in development only, with a generated password printed once. Production
 * without those variables leaves the admin panel's "create first user" screen, whose first
 * account becomes admin (src/users/makeFirstUserAdmin.ts).
 */
export async function ensureFirstAdmin({
  payload,
  env,
}: {
  payload: Payload
  env: Env
}): Promise<{ email: string; generatedPassword?: string } | null> {
  // A system check at start, before any request: there is no requester to scope it to.
  const { totalDocs } = await payload.count({ collection: slugs.users, overrideAccess: true })
  if (totalDocs > 0) return null

  if (env.seedAdmin) {
    await createAdmin({ payload, email: env.seedAdmin.email, password: env.seedAdmin.password })
    payload.logger.info({
      msg: `Created the first admin account ${env.seedAdmin.email} from SEED_ADMIN_EMAIL`,
    })
    return { email: env.seedAdmin.email }
  }
  if (!env.isDevelopment) return null

  const password = randomBytes(18).toString('base64url')
  await createAdmin({ payload, email: GENERATED_ADMIN_EMAIL, password })
  payload.logger.info({
    msg: [
      '',
      '────────────────────────────────────────────────────────────',
      ' First admin account (shown once; change the password after logging in):',
      `   e-mail:   ${GENERATED_ADMIN_EMAIL}`,
      `   password: ${password}`,
      `   log in:   ${env.publicUrl}/admin`,
      '────────────────────────────────────────────────────────────',
    ].join('\n'),
  })
  return { email: GENERATED_ADMIN_EMAIL, generatedPassword: password }
}

async function createAdmin({
  payload,
  email,
  password,
}: {
  payload: Payload
  email: string
  password: string
}) {
  await payload.create({
    collection: slugs.users,
    data: { email, password, name: 'Quản trị hệ thống', roles: ['admin'] },
    overrideAccess: true,
  })
}
