import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { createAgency, signInJournalist, type SignedIn } from '../helpers/accounts'
import { syncSearch } from '../helpers/searchEngines'
import { startPayload, type TestApp } from '../helpers/startPayload'

/**
 * Alerts of issue 18: a saved search and the followed topics each send a daily digest, one mail
 * per journalist in their language, with only what became visible to them since the last one,
 * once; and an unsubscribe link that works without a login, by POST only.
 */
const DAY = 86_400_000
const MARKER = 'CANHBAOMOI'

type Mail = { subject: string; text: string; html: string; headers: Record<string, string> }

describe('alert digests', () => {
  let app: TestApp
  let accredited: SignedIn
  let unaccredited: SignedIn
  let agency: number
  let followedTopic: number
  let otherTopic: number
  const accreditedEmail = 'digest.press@press.example'
  const unaccreditedEmail = 'digest.pending@press.example'
  let mailsTo: (to: string) => readonly Mail[]
  let runDigests: (now: Date) => Promise<{ sent: number }>

  async function article(fields: Record<string, unknown>): Promise<number> {
    const doc = await app.payload.create({
      collection: slugs.articles,
      locale: 'vi',
      data: {
        agency,
        infoType: 'official',
        accessTier: 'public',
        classification: 'unclassified',
        _status: 'published',
        ...fields,
      } as never,
    })
    return doc.id
  }

  async function saveSearch(token: string, name: string): Promise<number> {
    const response = await app.rest.request('POST', `/${slugs.savedSearches}`, {
      token,
      body: { name, query: `q=${MARKER}`, locale: 'vi', feedToken: '', emailDigest: true },
    })
    expect(response.status, await response.clone().text()).toBe(201)
    return ((await response.json()) as { doc: { id: number } }).doc.id
  }

  const unsubscribe = (
    token: string,
    init: { body?: string; headers?: Record<string, string>; query?: boolean },
  ) =>
    app.rest.request(
      'POST',
      `/library/alerts/unsubscribe${init.query === false ? '' : `?token=${token}`}`,
      {
        body: init.body,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...init.headers },
      },
    )

  beforeAll(async () => {
    app = await startPayload({ env: { MEILI_URL: '', MEILI_MASTER_KEY: '', MEILI_INDEX: '' } })
    const { capturedEmails } = await import('../../src/email/outbox')
    mailsTo = (to) => capturedEmails({ to })
    const { sendDueDigests } = await import('../../src/alerts/sendDigests')
    const { getEnv } = await import('../../src/env')
    runDigests = (now) => sendDueDigests({ payload: app.payload, env: getEnv(), now })
    agency = await createAgency({ app, name: 'Sở Ngoại vụ', code: 'so-ngoai-vu-alerts' })
    const topic = async (name: string, slug: string, fr: string) => {
      const created = await app.payload.create({
        collection: slugs.topics,
        locale: 'vi',
        data: { name, slug },
      })
      await app.payload.update({
        collection: slugs.topics,
        id: created.id,
        locale: 'fr',
        data: { name: fr },
      })
      return created.id
    }
    followedTopic = await topic('Du lịch', 'du-lich-alerts', 'Tourisme')
    otherTopic = await topic('Nông nghiệp', 'nong-nghiep-alerts', 'Agriculture')
    accredited = await signInJournalist({
      app,
      email: accreditedEmail,
      data: { name: 'Claire Dubois', preferredLanguage: 'fr' },
    })
    unaccredited = await signInJournalist({
      app,
      email: unaccreditedEmail,
      data: {
        name: 'Sato Yuki',
        preferredLanguage: 'ja',
        accreditationStatus: 'pending',
        accreditationExpiresAt: null,
      },
    })
    // Published before any alert was switched on: never in a digest.
    await article({ title: `Tin cũ ${MARKER}`, topics: [followedTopic] })
    await saveSearch(accredited.token, 'Đồng Nai')
    await saveSearch(unaccredited.token, 'Đồng Nai')
    const follow = await app.rest.request('PATCH', `/${slugs.journalists}/${accredited.id}`, {
      token: accredited.token,
      body: { followedTopics: [followedTopic], topicDigest: true },
    })
    expect(follow.status, await follow.clone().text()).toBe(200)
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('mails each journalist once, in their language, only the new items they may read, grouped by alert', async () => {
    // Written in Vietnamese only: a French reader gets it under its Vietnamese title (fallback).
    await article({ title: `Hội chợ công khai ${MARKER}` })
    await article({ title: `Họp báo dành cho báo chí ${MARKER}`, accessTier: 'press' })
    await article({ title: `Tài liệu nội bộ ${MARKER}`, accessTier: 'internal' })
    await article({ title: 'Lễ hội mùa xuân', topics: [followedTopic] })
    await article({ title: 'Vụ lúa mới', topics: [otherTopic] })
    await syncSearch({ app })

    const tomorrow = new Date(Date.now() + 2 * DAY)
    expect((await runDigests(tomorrow)).sent).toBe(2)

    const [press] = mailsTo(accreditedEmail)
    expect(mailsTo(accreditedEmail)).toHaveLength(1)
    expect(press!.subject).toMatch(/^Vos alertes du jour/)
    expect(press!.text).toContain('Bonjour Claire Dubois')
    expect(press!.text).toContain('Recherche enregistrée « Đồng Nai »')
    expect(press!.text).toContain(`Hội chợ công khai ${MARKER}`)
    expect(press!.text).toContain(`Họp báo dành cho báo chí ${MARKER}`)
    expect(press!.text).toContain('Thème : Tourisme')
    expect(press!.text).toContain('Lễ hội mùa xuân')
    for (const absent of ['nội bộ', 'Tin cũ', 'Vụ lúa mới'])
      expect(press!.text).not.toContain(absent)
    expect(press!.text).toMatch(/http:\/\/[^\s]+\/fr\/articles\/\d+/)
    expect(press!.headers['List-Unsubscribe']).toMatch(
      /^<http.+\/api\/library\/alerts\/unsubscribe\?token=[\w.-]+>$/,
    )
    expect(press!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')

    const [pending] = mailsTo(unaccreditedEmail)
    expect(mailsTo(unaccreditedEmail)).toHaveLength(1)
    expect(pending!.subject).toMatch(/^毎日のアラート/)
    expect(pending!.text).toContain(`Hội chợ công khai ${MARKER}`)
    expect(pending!.text).not.toContain('dành cho báo chí')
    expect(pending!.text).not.toContain('nội bộ')

    // The same slot again (a rerun, a second worker): nothing is due, nothing is sent.
    expect((await runDigests(tomorrow)).sent).toBe(0)
    expect(mailsTo(accreditedEmail)).toHaveLength(1)
    // The next day with nothing new: no mail at all.
    expect((await runDigests(new Date(tomorrow.getTime() + DAY))).sent).toBe(0)
    expect(mailsTo(accreditedEmail)).toHaveLength(1)
    expect(mailsTo(unaccreditedEmail)).toHaveLength(1)
  })

  it('turns an alert off by its signed link: never by GET, by the one-click POST or the confirmation form, and refuses a tampered token in the reader’s language', async () => {
    const mail = mailsTo(accreditedEmail)[0]!
    const searchToken = /account\/unsubscribe\?token=([\w.-]+)/.exec(
      mail.text.split('Recherche enregistrée')[1]!,
    )![1]!
    const oneClick = /token=([\w.-]+)>$/.exec(mail.headers['List-Unsubscribe']!)![1]!
    const digestsOn = async () => {
      const searches = await app.payload.find({
        collection: slugs.savedSearches,
        where: { journalist: { equals: accredited.id } },
        overrideAccess: true,
      })
      const journalist = await app.payload.findByID({
        collection: slugs.journalists,
        id: accredited.id,
        overrideAccess: true,
      })
      return {
        search: (searches.docs[0] as { emailDigest?: boolean }).emailDigest,
        topics: (journalist as { topicDigest?: boolean }).topicDigest,
      }
    }

    const get = await app.rest.request('GET', `/library/alerts/unsubscribe?token=${searchToken}`)
    expect(get.status).toBeGreaterThanOrEqual(400)
    expect(await digestsOn()).toEqual({ search: true, topics: true })

    const tampered = await unsubscribe(`${searchToken.slice(0, -2)}xx`, {
      body: 'List-Unsubscribe=One-Click',
      headers: { 'Accept-Language': 'fr' },
    })
    expect(tampered.status).toBe(400)
    expect(JSON.stringify(await tampered.json())).toContain(
      'lien de désabonnement n’est pas valide',
    )
    expect(await digestsOn()).toEqual({ search: true, topics: true })

    const form = await unsubscribe(searchToken, {
      query: false,
      body: new URLSearchParams({ token: searchToken, lang: 'fr' }).toString(),
    })
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toBe('/fr/account/unsubscribe?done=1')
    expect(await digestsOn()).toEqual({ search: false, topics: true })

    const clicked = await unsubscribe(oneClick, { body: 'List-Unsubscribe=One-Click' })
    expect(clicked.status).toBe(200)
    expect(await digestsOn()).toEqual({ search: false, topics: false })
  })
})
