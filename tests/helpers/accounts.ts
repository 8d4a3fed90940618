import { slugs } from '../../collections/slugs'
import type { Agency, Journalist, User } from '../../src/payload-types'
import type { TestApp } from './startPayload'

const DAY = 86_400_000

/** The password of every account these helpers create unless a test names its own. */
export const TEST_PASSWORD = 'mat-khau-thu-nghiem-2026'

/** The cast of the editorial workflow, the admin first (see {@link signInStaffPerRole}). */
export const EDITORIAL_ROLES = ['admin', 'contributor', 'publisher'] as const

/** A signed-in account: its id, and the JWT its requests send. */
export type SignedIn = { id: number; token: string }

/** Creates an agency through the Local API and returns its id. */
export async function createAgency({
  app,
  name,
  code,
  kind = 'newsroom',
}: {
  app: TestApp
  name: string
  code: string
  kind?: Agency['kind']
}): Promise<number> {
  const agency = await app.payload.create({
    collection: slugs.agencies,
    data: { name, code, kind },
  })
  return agency.id
}

/**
 * Creates a staff account with the given roles (the first account of a database becomes an
 * administrator whatever it asks for, so suites create their admin first) and signs it in
 * through the REST login route, as the admin panel does.
 */
export async function signInStaff({
  app,
  email,
  password = TEST_PASSWORD,
  name = email.split('@')[0]!,
  roles,
  agency,
}: {
  app: TestApp
  email: string
  password?: string
  /** The display name; by default the e-mail's local part. */
  name?: string
  roles: User['roles']
  agency?: number
}): Promise<SignedIn> {
  const user = await app.payload.create({
    collection: slugs.users,
    data: { email, password, name, roles, agency },
  })
  const token = await app.rest.login({ collection: slugs.users, email, password })
  return { id: user.id, token }
}

/**
 * Creates a journalist whose e-mail is verified and whose accreditation is approved for another
 * 30 days — one who may read the press tier — and signs them in. `data` overrides the profile
 * (name, outlet, preferred language, country, accreditation).
 */
export async function signInJournalist({
  app,
  email,
  password = TEST_PASSWORD,
  data = {},
}: {
  app: TestApp
  email: string
  password?: string
  data?: Partial<Omit<Journalist, 'id' | 'email' | 'password' | 'collection'>>
}): Promise<SignedIn> {
  const journalist = await app.payload.create({
    collection: slugs.journalists,
    data: {
      email,
      password,
      name: 'Phóng viên',
      outlet: 'Nikkei Asia',
      preferredLanguage: 'ja',
      country: 'JP',
      accreditationStatus: 'approved',
      accreditationExpiresAt: new Date(Date.now() + 30 * DAY).toISOString(),
      _verified: true,
      ...data,
    },
    disableVerificationEmail: true,
  })
  const token = await app.rest.login({ collection: slugs.journalists, email, password })
  return { id: journalist.id, token }
}

/**
 * One staff account per role, each with that role alone, created in the order given (the first
 * account of a database becomes an administrator, so list `admin` first) and signed in. Named
 * `Cán bộ <role>`, with the e-mail `email(role)` (by default `<role>@ttdn.test`).
 */
export async function signInStaffPerRole<Role extends User['roles'][number]>({
  app,
  roles,
  agency,
  email = (role) => `${role}@ttdn.test`,
}: {
  app: TestApp
  roles: readonly Role[]
  agency?: number
  email?: (role: Role) => string
}): Promise<{ tokens: Record<Role, string>; ids: Record<Role, number> }> {
  const tokens = {} as Record<Role, string>
  const ids = {} as Record<Role, number>
  for (const role of roles) {
    const account = await signInStaff({
      app,
      email: email(role),
      name: `Cán bộ ${role}`,
      roles: [role],
      agency,
    })
    tokens[role] = account.token
    ids[role] = account.id
  }
  return { tokens, ids }
}
