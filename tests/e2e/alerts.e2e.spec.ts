import { type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiLogin, apiOf, type Api } from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

const DAY = 86_400_000
const MARKER = 'AlertsE2E Bien Hoa'

/**
 * Alerts in a real browser: a journalist follows a topic and saves a search with the daily
 * digest on, from the account page; an editor publishes matching articles; the digest (its
 * schedule set to every minute for the test, `ALERT_DIGEST_SCHEDULE`) arrives by SMTP in the
 * journalist's language; its unsubscribe link opens a page that changes nothing until its one
 * button is pressed, and the account page then shows the alert off.
 */
describe('alert digests in Chromium', () => {
  let server: LibraryServer
  let browser: Browser
  let api: Api
  let adminToken = ''
  const articleIds: number[] = []
  const journalist = {
    email: `alerts.${Date.now()}@press.example`,
    password: 'alerts-journalist-pass-2026',
  }

  beforeAll(async () => {
    server = await startLibraryServer({ env: { ALERT_DIGEST_SCHEDULE: '0 * * * * *' } })
    browser = await launchBrowser()
    api = apiOf({ baseUrl: server.baseUrl })
    adminToken = await apiLogin({ api, account: server.admin })
    const created = await api({
      method: 'POST',
      path: '/api/journalists',
      token: adminToken,
      body: {
        ...journalist,
        name: 'Claire Dubois',
        outlet: 'Le Monde',
        country: 'FR',
        preferredLanguage: 'fr',
        accreditationStatus: 'approved',
        accreditationExpiresAt: new Date(Date.now() + 30 * DAY).toISOString(),
        _verified: true,
      },
    })
    expect(created.status, await created.clone().text()).toBe(201)
  })

  afterAll(async () => {
    for (const id of articleIds) {
      await api({ method: 'DELETE', path: `/api/articles/${id}`, token: adminToken })
    }
    await browser?.close()
    await server?.stop()
  })

  it('mails the digest of a followed topic and a saved search, and its link unsubscribes after one click', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.baseUrl}/fr/account/login`)
    await page.locator('input[name="email"]').fill(journalist.email)
    await page.locator('input[name="password"]').fill(journalist.password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(/\/fr\/account$/)

    // Follow the first topic, with its daily digest.
    const topicBox = page.locator('#alerts-heading ~ form input[name="topic"]').first()
    const topicId = await topicBox.getAttribute('value')
    await topicBox.check()
    await page.getByTestId('topic-digest-switch').check()
    await page.locator('#alerts-heading ~ form button[type="submit"]').click()
    await expect.poll(() => page.getByTestId('alerts-saved').isVisible()).toBe(true)

    // Save a search from the search page, then switch its digest on.
    await page.goto(`${server.baseUrl}/fr/search?q=${encodeURIComponent(MARKER)}`)
    await page.getByLabel('Nom de la recherche enregistrée').fill('Biên Hòa')
    await page.getByRole('button', { name: 'Enregistrer cette recherche' }).click()
    await page.waitForURL(/\/fr\/account\?saved=1/)
    const digestSwitch = page.locator('[data-testid^="digest-switch-"]').first()
    await digestSwitch.check()
    await digestSwitch.locator('xpath=ancestor::form').locator('button[type="submit"]').click()
    await page.waitForURL(/alerts=saved/)
    expect(await page.locator('[data-testid^="digest-switch-"]').first().isChecked()).toBe(true)

    // Published after the alerts were switched on: the next minute's digest lists them.
    const agencies = (await (
      await api({ method: 'GET', path: '/api/agencies?limit=1&depth=0', token: adminToken })
    ).json()) as { docs: Array<{ id: number }> }
    for (const [title, topics] of [
      [`${MARKER} khu công nghiệp mới`, []],
      [`Lễ hội đường phố ${Date.now()}`, [Number(topicId)]],
    ] as const) {
      const article = await api({
        method: 'POST',
        path: '/api/articles?locale=vi',
        token: adminToken,
        body: {
          title,
          topics,
          infoType: 'official',
          agency: agencies.docs[0]!.id,
          accessTier: 'public',
          classification: 'unclassified',
          _status: 'published',
        },
      })
      expect(article.status, await article.clone().text()).toBe(201)
      articleIds.push(((await article.json()) as { doc: { id: number } }).doc.id)
    }

    const mail = await server.waitForMail({
      to: journalist.email,
      matching: /khu công nghiệp mới/,
      timeoutMs: 240_000,
    })
    expect(mail.subject).toMatch(/^Vos alertes du jour/)
    expect(mail.text).toContain('Recherche enregistrée « Biên Hòa »')
    expect(mail.text).toContain('Lễ hội đường phố')
    const stopSearch = /Arrêter cette alerte : (\S+)/.exec(mail.text)![1]!

    // Opening the link (as a mail scanner would) changes nothing; the button does.
    await page.goto(stopSearch)
    await page.goto(`${server.baseUrl}/fr/account`)
    expect(await page.locator('[data-testid^="digest-switch-"]').first().isChecked()).toBe(true)
    await page.goto(stopSearch)
    await page.getByRole('button', { name: 'Se désabonner' }).click()
    await expect
      .poll(() => page.getByTestId('unsubscribe-result').textContent())
      .toContain('vous ne recevrez plus')
    await page.goto(`${server.baseUrl}/fr/account`)
    expect(await page.locator('[data-testid^="digest-switch-"]').first().isChecked()).toBe(false)
    expect(await page.getByTestId('topic-digest-switch').isChecked()).toBe(true)
    await page.close()
  })
})
