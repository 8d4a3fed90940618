import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { slugs } from '../../collections/slugs'
import { capturedEmails } from '../../src/email/outbox'
import { startPayload, type TestApp } from '../helpers/startPayload'

// The library's server actions read the request through next/headers and end with a redirect;
// here they get the test's request headers, a cookie jar that records deletions, and a
// redirect that throws the way Next.js's does.
const request = vi.hoisted(() => ({
  headers: new Headers(),
  deletedCookies: [] as string[],
}))
vi.mock('next/headers', () => ({
  headers: () => Promise.resolve(request.headers),
  cookies: () =>
    Promise.resolve({
      delete: (name: string) => request.deletedCookies.push(name),
      set: () => undefined,
    }),
}))
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`)
  },
}))

describe('library account actions', () => {
  let app: TestApp
  const journalist = {
    email: 'logout.reporter@press.example',
    password: 'mat-khau-dang-xuat-2026',
  }

  beforeAll(async () => {
    app = await startPayload()
    await app.payload.create({
      collection: slugs.journalists,
      data: {
        ...journalist,
        name: 'Logout Reporter',
        outlet: 'Press Example',
        country: 'AU',
        preferredLanguage: 'en',
        accreditationStatus: 'pending',
        _verified: true,
      },
      disableVerificationEmail: true,
    })
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('ends the session on the server, so the old token no longer works anywhere', async () => {
    const token = await app.rest.login({ collection: slugs.journalists, ...journalist })
    const other = await app.rest.login({ collection: slugs.journalists, ...journalist })
    const me = async (jwt: string): Promise<unknown> => {
      const response = await app.rest.request('GET', `/${slugs.journalists}/me`, { token: jwt })
      return ((await response.json()) as { user: unknown }).user
    }
    expect(await me(token)).toMatchObject({ email: journalist.email })

    request.headers = new Headers({ Authorization: `JWT ${token}` })
    const { logout } = await import('../../src/library/accountActions')
    const form = new FormData()
    form.set('lang', 'en')
    await expect(logout(form)).rejects.toThrow('NEXT_REDIRECT /en')

    expect(request.deletedCookies).toEqual([`${app.config.cookiePrefix}-token`])
    expect(await me(token)).toBeNull()
    // Only this session ends: the journalist's other devices stay signed in.
    expect(await me(other)).toMatchObject({ email: journalist.email })
  })

  const registration = (fields: Record<string, string>): FormData => {
    const form = new FormData()
    const values = {
      lang: 'en',
      name: 'New Reporter',
      outlet: 'Press Example',
      country: 'NZ',
      password: 'mat-khau-dang-ky-2026',
      ...fields,
    }
    for (const [name, value] of Object.entries(values)) form.set(name, value)
    return form
  }

  it('answers a registration with an existing address like a new one and mails the owner instead', async () => {
    request.headers = new Headers()
    const { register } = await import('../../src/library/accountActions')
    const fresh = await register({}, registration({ email: 'brand.new@press.example' }))
    const taken = await register({}, registration({ email: journalist.email }))
    expect(fresh.done).toBeDefined()
    expect(taken).toEqual({
      done: fresh.done?.replace('brand.new@press.example', journalist.email),
    })

    const accounts = await app.payload.count({
      collection: slugs.journalists,
      where: { email: { equals: journalist.email } },
    })
    expect(accounts.totalDocs).toBe(1)
    const [notice] = capturedEmails({ to: journalist.email })
    expect(notice?.subject).toBe('An account with this e-mail address already exists')
    expect(notice?.html).toContain('/en/account/login')
    await app.payload.delete({
      collection: slugs.journalists,
      where: { email: { equals: 'brand.new@press.example' } },
    })
  })

  it('refuses a weak password in the registration form with the reason in the reader’s language', async () => {
    const { register } = await import('../../src/library/accountActions')
    const state = await register(
      {},
      registration({ email: 'weak.password@press.example', password: 'password123', lang: 'fr' }),
    )
    expect(state.fieldErrors?.password).toBe(
      'Le mot de passe doit comporter au moins 12 caractères.',
    )
  })
})
