import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  startLibraryServer,
  waitForKeptPage,
  type LibraryServer,
} from './helpers/startLibraryServer'

/**
 * The library's page cache on the production server: anonymous readers share kept pages, and
 * the next request after a publication, a withdrawal or a change of tier shows it; signed-in
 * readers always get their own pages, and nothing of theirs reaches anyone else.
 */
describe('the page cache of the production library', () => {
  let server: LibraryServer
  let adminToken = ''
  let agency = 0

  beforeAll(async () => {
    server = await startLibraryServer()
    const login = await api({ path: '/api/users/login', method: 'POST', body: server.admin })
    adminToken = ((await login.json()) as { token: string }).token
    const agencies = await api({ path: '/api/agencies?limit=1&depth=0', token: adminToken })
    agency = ((await agencies.json()) as { docs: Array<{ id: number }> }).docs[0]!.id
    // The demo seed queued a few hundred search sync jobs; pages are kept once they have run.
    await waitForKeptPage({ baseUrl: server.baseUrl })
  })

  afterAll(async () => {
    await server?.stop()
  })

  async function api({
    path,
    method = 'GET',
    body,
    token,
  }: {
    path: string
    method?: string
    body?: unknown
    token?: string
  }): Promise<Response> {
    return fetch(`${server.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `JWT ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  }

  async function page({
    path,
    session,
  }: {
    path: string
    session?: string
  }): Promise<{ cache: string | null; html: string }> {
    const response = await fetch(`${server.baseUrl}${path}`, {
      // As a browser sends it: Payload reads the session cookie only on same-site requests.
      headers: session
        ? { cookie: `payload-token=${session}`, 'sec-fetch-site': 'same-origin' }
        : {},
    })
    expect(response.status).toBe(200)
    return { cache: response.headers.get('x-page-cache'), html: await response.text() }
  }

  /** A published article in Vietnamese, as a publisher would publish it. */
  async function publishArticle({ accessTier = 'public' }: { accessTier?: string } = {}) {
    const title = `Bộ nhớ đệm ${randomBytes(4).toString('hex')}`
    const created = await api({
      path: '/api/articles?draft=true&locale=vi',
      method: 'POST',
      token: adminToken,
      body: {
        title,
        summary: 'Bài kiểm tra bộ nhớ đệm của thư viện.',
        infoType: 'official',
        agency,
        accessTier,
        classification: 'unclassified',
        _status: 'draft',
      },
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    await step({ id: doc.id, action: 'publish' })
    return { id: doc.id, title }
  }

  async function step({ id, action, reason }: { id: number; action: string; reason?: string }) {
    const response = await api({
      path: `/api/articles/${id}/workflow`,
      method: 'POST',
      token: adminToken,
      body: { action, locale: 'vi', reason },
    })
    expect(response.status, await response.clone().text()).toBe(200)
  }

  it('answers the second anonymous reader from memory', async () => {
    await page({ path: '/vi/search?q=dong+nai' })
    const second = await page({ path: '/vi/search?q=dong+nai' })
    expect(second.cache).toBe('HIT')
  })

  it('shows a publication on the next request, and a withdrawal on the one after', async () => {
    await page({ path: '/vi' })
    expect((await page({ path: '/vi' })).cache).toBe('HIT')

    const article = await publishArticle()
    // The item's own page reads the database: the next request shows it.
    const itemPage = await page({ path: `/vi/articles/${article.id}` })
    expect(itemPage.html).toContain(article.title)
    // The home's lists come from the search index, which a job updates within seconds; until
    // then pages are rendered anew, and the first page kept after it shows the item.
    await expect
      .poll(async () => (await page({ path: '/vi' })).html.includes(article.title), {
        timeout: 120_000,
        interval: 500,
      })
      .toBe(true)
    const kept = await page({ path: '/vi' })
    expect(kept.cache).toBe('HIT')
    expect(kept.html).toContain(article.title)

    await step({ id: article.id, action: 'withdraw', reason: 'Kiểm tra gỡ bài' })
    const afterWithdrawal = await page({ path: '/vi' })
    expect(afterWithdrawal.cache).toBe('MISS')
    expect(afterWithdrawal.html).not.toContain(article.title)
    const withdrawnPage = await fetch(`${server.baseUrl}/vi/articles/${article.id}`)
    expect(await withdrawnPage.text()).not.toContain(article.title)
  })

  it('hides an item from anonymous readers on the next request once its tier is raised', async () => {
    const article = await publishArticle()
    await expect
      .poll(async () => (await page({ path: '/vi' })).html.includes(article.title), {
        timeout: 120_000,
        interval: 500,
      })
      .toBe(true)
    const raised = await api({
      path: `/api/articles/${article.id}?locale=vi`,
      method: 'PATCH',
      token: adminToken,
      body: { accessTier: 'internal' },
    })
    expect(raised.status).toBe(200)
    expect((await page({ path: '/vi' })).html).not.toContain(article.title)
    const hidden = await fetch(`${server.baseUrl}/vi/articles/${article.id}`)
    expect(hidden.status).toBe(404)
    expect(await hidden.text()).not.toContain(article.title)
  })

  it('renders signed-in readers’ pages for them alone and keeps none of them', async () => {
    const internal = await publishArticle({ accessTier: 'internal' })
    await expect
      .poll(
        async () =>
          (await page({ path: '/vi', session: adminToken })).html.includes(internal.title),
        { timeout: 120_000, interval: 500 },
      )
      .toBe(true)
    const staffPage = await page({ path: '/vi', session: adminToken })
    expect(staffPage.cache).toBe('BYPASS')
    expect(staffPage.html).toContain(internal.title)
    expect(staffPage.html).toContain('href="/admin"')
    const anonymous = [await page({ path: '/vi' }), await page({ path: '/vi' })]
    for (const anonymousPage of anonymous) {
      expect(anonymousPage.html).not.toContain(internal.title)
      expect(anonymousPage.html).not.toContain('href="/admin"')
      expect(anonymousPage.html).toContain('/vi/account/login')
    }
    expect(anonymous[1]!.cache).toBe('HIT')
  })
})
