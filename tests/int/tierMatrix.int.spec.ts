import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { startPayload, type TestApp } from '../helpers/startPayload'

/**
 * The tier matrix of issue #3: every read path × every kind of requester × every tier and
 * state, asserting that an item is visible exactly when the visibility table in docs/architecture.md allows it.
 * The expectation below is written from that table, independently of src/access/.
 */

type Tier = 'public' | 'press' | 'internal' | 'restricted'

type ItemSpec = {
  key: string
  tier: Tier
  isPublished: boolean
  isEmbargoed?: boolean
  /**
   * The press release time of an embargoed item: passed (`open`, the press window: accredited
   * journalists read it, nobody else outside staff) or still to come (`due`).
   */
  pressRelease?: 'open' | 'due'
  wasEmbargoed?: boolean
  isWithdrawn?: boolean
  /** Whether the staff requesters (other than admin) are named on the item. */
  namesStaff?: boolean
}

type RequesterSpec =
  | { key: string; kind: 'anonymous' }
  | { key: string; kind: 'journalist'; accreditation: 'pending' | 'approved' | 'expired' }
  | {
      key: string
      kind: 'staff'
      role: 'admin' | 'publisher' | 'contributor' | 'viewer'
      agency: 'owner' | 'other'
    }
  /** The Sở's editorial oversight: a staff account of another agency than the items' owner. */
  | { key: string; kind: 'department-manager' }

const ITEMS: ItemSpec[] = [
  { key: 'public', tier: 'public', isPublished: true },
  { key: 'press', tier: 'press', isPublished: true },
  { key: 'internal', tier: 'internal', isPublished: true },
  { key: 'restricted-named', tier: 'restricted', isPublished: true, namesStaff: true },
  { key: 'restricted-unnamed', tier: 'restricted', isPublished: true },
  { key: 'draft', tier: 'public', isPublished: false },
  { key: 'draft-internal', tier: 'internal', isPublished: false },
  { key: 'draft-restricted-named', tier: 'restricted', isPublished: false, namesStaff: true },
  { key: 'embargoed', tier: 'public', isPublished: true, isEmbargoed: true },
  { key: 'embargoed-press', tier: 'press', isPublished: true, isEmbargoed: true },
  {
    key: 'press-window',
    tier: 'public',
    isPublished: true,
    isEmbargoed: true,
    pressRelease: 'open',
  },
  {
    key: 'press-window-press',
    tier: 'press',
    isPublished: true,
    isEmbargoed: true,
    pressRelease: 'open',
  },
  {
    key: 'before-press-time',
    tier: 'public',
    isPublished: true,
    isEmbargoed: true,
    pressRelease: 'due',
  },
  {
    key: 'press-window-draft',
    tier: 'public',
    isPublished: false,
    isEmbargoed: true,
    pressRelease: 'open',
  },
  { key: 'embargo-lifted', tier: 'public', isPublished: true, wasEmbargoed: true },
  { key: 'withdrawn', tier: 'public', isPublished: true, isWithdrawn: true },
  { key: 'withdrawn-press', tier: 'press', isPublished: true, isWithdrawn: true },
]

const REQUESTERS: RequesterSpec[] = [
  { key: 'anonymous', kind: 'anonymous' },
  // The first staff account of a database becomes admin, so the admin is created first.
  { key: 'admin', kind: 'staff', role: 'admin', agency: 'other' },
  { key: 'journalist-pending', kind: 'journalist', accreditation: 'pending' },
  { key: 'journalist-approved', kind: 'journalist', accreditation: 'approved' },
  { key: 'journalist-expired', kind: 'journalist', accreditation: 'expired' },
  { key: 'contributor-owner', kind: 'staff', role: 'contributor', agency: 'owner' },
  { key: 'contributor-other', kind: 'staff', role: 'contributor', agency: 'other' },
  { key: 'viewer', kind: 'staff', role: 'viewer', agency: 'owner' },
  { key: 'publisher-owner', kind: 'staff', role: 'publisher', agency: 'owner' },
  { key: 'publisher-other', kind: 'staff', role: 'publisher', agency: 'other' },
  { key: 'department-manager', kind: 'department-manager' },
]

/** Whether the requester signs in with a staff account (the department manager's included). */
function isStaffSpec(requester: RequesterSpec): boolean {
  return requester.kind === 'staff' || requester.kind === 'department-manager'
}

/** The visibility table (docs/architecture.md), item by item. Every item is owned by the "owner" agency. */
function isVisible({ requester, item }: { requester: RequesterSpec; item: ItemSpec }): boolean {
  // Every agency's items, drafts included, up to internal; restricted ones only where named.
  if (requester.kind === 'department-manager')
    return item.tier !== 'restricted' || Boolean(item.namesStaff)
  if (requester.kind === 'staff') {
    if (requester.role === 'admin') return true
    const isOwnAgency = requester.agency === 'owner'
    if (!item.isPublished && !isOwnAgency) return false
    if (item.tier !== 'restricted') return true
    return Boolean(item.namesStaff) || (requester.role === 'publisher' && isOwnAgency)
  }
  const isAccredited = requester.kind === 'journalist' && requester.accreditation === 'approved'
  // The press-first embargo: from the press release time, accredited journalists only.
  const isEmbargoedForRequester =
    item.isEmbargoed && !(isAccredited && item.pressRelease === 'open')
  if (!item.isPublished || isEmbargoedForRequester || item.isWithdrawn) return false
  if (item.tier === 'public') return true
  return item.tier === 'press' && isAccredited
}

const DAY = 24 * 60 * 60 * 1000
const PASSWORD = 'mat-khau-kiem-thu-123'

type Created = {
  collection: 'articles' | 'media'
  item: ItemSpec
  id: number
  filename?: string
}

type Identity = {
  requester: RequesterSpec
  token?: string
  user?: Record<string, unknown> & { collection: string }
}

describe('the visibility rule across every read path', () => {
  let app: TestApp
  const identities: Identity[] = []
  const created: Created[] = []
  let carrierId: number
  let checked = 0

  beforeAll(async () => {
    app = await startPayload()
    const { payload } = app
    const owner = await payload.create({
      collection: slugs.agencies,
      data: {
        name: 'Sở Văn hóa, Thể thao và Du lịch',
        code: 'so-vhttdl',
        kind: 'provincial-department',
      },
    })
    const other = await payload.create({
      collection: slugs.agencies,
      data: { name: 'Phường Trấn Biên', code: 'phuong-tran-bien', kind: 'ward' },
    })

    const namedStaffIds: number[] = []
    for (const requester of REQUESTERS) {
      if (requester.kind === 'anonymous') {
        identities.push({ requester })
        continue
      }
      const email = `${requester.key}@ttdn.test`
      if (requester.kind === 'journalist') {
        // Approvals need a future expiry; the expired journalist's date is moved back below.
        const expiresAt = new Date(Date.now() + 30 * DAY)
        const doc = await payload.create({
          collection: slugs.journalists,
          data: {
            email,
            password: PASSWORD,
            name: `Journalist ${requester.accreditation}`,
            outlet: 'Nikkei Asia',
            preferredLanguage: 'ja',
            country: 'JP',
            accreditationStatus: requester.accreditation === 'pending' ? 'pending' : 'approved',
            accreditationExpiresAt:
              requester.accreditation === 'pending' ? undefined : expiresAt.toISOString(),
            _verified: true,
          },
          disableVerificationEmail: true,
        })
        const current =
          requester.accreditation === 'expired'
            ? await payload.update({
                collection: slugs.journalists,
                id: doc.id,
                data: { accreditationExpiresAt: new Date(Date.now() - 2 * DAY).toISOString() },
              })
            : doc
        const token = await app.rest.login({
          collection: slugs.journalists,
          email,
          password: PASSWORD,
        })
        identities.push({ requester, token, user: { ...current, collection: slugs.journalists } })
        continue
      }
      const doc = await payload.create({
        collection: slugs.users,
        data: {
          email,
          password: PASSWORD,
          name: requester.key,
          roles: [requester.kind === 'department-manager' ? 'department-manager' : requester.role],
          agency: requester.kind === 'staff' && requester.agency === 'owner' ? owner.id : other.id,
        },
      })
      if (requester.kind === 'department-manager' || requester.role !== 'admin')
        namedStaffIds.push(doc.id)
      const token = await app.rest.login({ collection: slugs.users, email, password: PASSWORD })
      identities.push({ requester, token, user: { ...doc, collection: slugs.users } })
    }

    const image = await sharp({
      create: { width: 32, height: 24, channels: 3, background: { r: 10, g: 120, b: 60 } },
    })
      .png()
      .toBuffer()
    for (const item of ITEMS) {
      const common = {
        agency: owner.id,
        accessTier: item.tier,
        allowedUsers: item.namesStaff ? namedStaffIds : [],
        embargoUntil: item.isEmbargoed
          ? new Date(Date.now() + 3 * DAY).toISOString()
          : item.wasEmbargoed
            ? new Date(Date.now() - DAY).toISOString()
            : undefined,
        pressReleaseAt:
          item.pressRelease === 'open'
            ? new Date(Date.now() - DAY).toISOString()
            : item.pressRelease === 'due'
              ? new Date(Date.now() + DAY).toISOString()
              : undefined,
        withdrawnAt: item.isWithdrawn ? new Date(Date.now() - DAY).toISOString() : undefined,
        classification: 'unclassified' as const,
        _status: item.isPublished ? ('published' as const) : ('draft' as const),
      }
      const article = await payload.create({
        collection: slugs.articles,
        draft: !item.isPublished,
        data: { ...common, title: `Bài ${item.key}`, infoType: 'official' },
      })
      created.push({ collection: 'articles', item, id: article.id })
      const media = await payload.create({
        collection: slugs.media,
        draft: !item.isPublished,
        data: { ...common, kind: 'image', alt: `Ảnh ${item.key}` },
        file: {
          data: image,
          mimetype: 'image/png',
          name: `anh-${item.key}.png`,
          size: image.length,
        },
      })
      created.push({
        collection: 'media',
        item,
        id: media.id,
        filename: media.filename ?? undefined,
      })
    }

    const carrier = await payload.create({
      collection: slugs.articles,
      data: {
        title: 'Bài tổng hợp công khai',
        infoType: 'promotional',
        agency: owner.id,
        accessTier: 'public',
        classification: 'unclassified' as const,
        _status: 'published',
        media: created.filter((entry) => entry.collection === 'media').map((entry) => entry.id),
        relatedArticles: created
          .filter((entry) => entry.collection === 'articles')
          .map((entry) => entry.id),
      },
    })
    carrierId = carrier.id
  })

  afterAll(async () => {
    if (checked > 0) {
      process.stdout.write(
        `[tier matrix] checked ${checked} combinations: ${REQUESTERS.length} requester kinds × ${ITEMS.length} tiers/states × 2 collections × each read path\n`,
      )
    }
    await app?.stop()
  })

  function expected({
    identity,
    collection,
  }: {
    identity: Identity
    collection: Created['collection']
  }) {
    return created
      .filter((entry) => entry.collection === collection)
      .filter((entry) => isVisible({ requester: identity.requester, item: entry.item }))
      .map((entry) => `${entry.item.key}`)
      .sort()
  }

  function keysOf({
    collection,
    ids,
  }: {
    collection: Created['collection']
    ids: Array<number | string>
  }) {
    const wanted = new Set(ids.map(String))
    return created
      .filter((entry) => entry.collection === collection && wanted.has(String(entry.id)))
      .map((entry) => entry.item.key)
      .sort()
  }

  function idFilter(collection: Created['collection']): string {
    const ids = created.filter((entry) => entry.collection === collection).map((entry) => entry.id)
    return ids.map((id, index) => `where[id][in][${index}]=${id}`).join('&')
  }

  describe.each(['articles', 'media'] as const)('%s', (collection) => {
    it.each(REQUESTERS.map((requester) => [requester.key]))(
      'REST list, REST get, REST get of the draft, Local API find/findByID: %s sees exactly what the rule allows',
      async (requesterKey) => {
        const identity = identities.find((entry) => entry.requester.key === requesterKey)!
        const want = expected({ identity, collection })

        const list = await app.rest.request(
          'GET',
          `/${collection}?limit=100&depth=0&${idFilter(collection)}`,
          {
            token: identity.token,
          },
        )
        expect(list.status).toBe(200)
        const listed = ((await list.json()) as { docs: Array<{ id: number | string }> }).docs
        expect(keysOf({ collection, ids: listed.map((doc) => doc.id) }), 'REST list').toEqual(want)
        checked += created.filter((entry) => entry.collection === collection).length

        const local = await app.payload.find({
          collection,
          where: {
            id: {
              in: created
                .filter((entry) => entry.collection === collection)
                .map((entry) => entry.id),
            },
          },
          limit: 100,
          depth: 0,
          overrideAccess: false,
          user: identity.user,
        })
        expect(
          keysOf({ collection, ids: local.docs.map((doc) => doc.id) }),
          'Local API find',
        ).toEqual(want)
        checked += created.filter((entry) => entry.collection === collection).length

        for (const entry of created.filter((candidate) => candidate.collection === collection)) {
          const isAllowed = isVisible({ requester: identity.requester, item: entry.item })
          const one = await app.rest.request('GET', `/${collection}/${entry.id}?depth=0`, {
            token: identity.token,
          })
          expect(one.status === 200, `REST get ${entry.item.key}`).toBe(isAllowed)
          const draft = await app.rest.request(
            'GET',
            `/${collection}/${entry.id}?depth=0&draft=true`,
            {
              token: identity.token,
            },
          )
          expect(draft.status === 200, `REST get draft ${entry.item.key}`).toBe(isAllowed)
          const found = await app.payload
            .findByID({
              collection,
              id: entry.id,
              depth: 0,
              overrideAccess: false,
              user: identity.user,
            })
            .then(() => true)
            .catch(() => false)
          expect(found, `Local API findByID ${entry.item.key}`).toBe(isAllowed)
          checked += 3
        }
      },
    )

    it.each(REQUESTERS.map((requester) => [requester.key]))(
      'GraphQL list and single queries: %s sees exactly what the rule allows',
      async (requesterKey) => {
        const identity = identities.find((entry) => entry.requester.key === requesterKey)!
        const [plural, singular] =
          collection === 'articles' ? ['Articles', 'Article'] : ['allMedia', 'Media']
        const list = await app.rest.graphql({
          query: `{ ${plural}(limit: 100, draft: false) { docs { id } } }`,
          token: identity.token,
        })
        const docs = (
          (list.body.data?.[plural] as { docs?: Array<{ id: number }> } | null)?.docs ?? []
        ).map((doc) => doc.id)
        const ours = keysOf({ collection, ids: docs })
        expect(ours, 'GraphQL list').toEqual(expected({ identity, collection }))
        checked += created.filter((entry) => entry.collection === collection).length

        for (const entry of created.filter((candidate) => candidate.collection === collection)) {
          const isAllowed = isVisible({ requester: identity.requester, item: entry.item })
          const one = await app.rest.graphql({
            query: `query ($id: Int!) { ${singular}(id: $id) { id } }`,
            variables: { id: Number(entry.id) },
            token: identity.token,
          })
          const got = one.body.data?.[singular] as { id?: number } | null | undefined
          expect(Boolean(got?.id), `GraphQL ${singular}(id) ${entry.item.key}`).toBe(isAllowed)
          checked += 1
        }
      },
    )

    it.each(REQUESTERS.map((requester) => [requester.key]))(
      'REST versions: %s reads the history of exactly the staff-visible items',
      async (requesterKey) => {
        const identity = identities.find((entry) => entry.requester.key === requesterKey)!
        const response = await app.rest.request(
          'GET',
          `/${collection}/versions?limit=200&depth=0`,
          {
            token: identity.token,
          },
        )
        const parents =
          response.status === 200
            ? ((await response.json()) as { docs: Array<{ parent: number | string }> }).docs.map(
                (doc) => doc.parent,
              )
            : []
        const want = isStaffSpec(identity.requester) ? expected({ identity, collection }) : []
        expect([...new Set(keysOf({ collection, ids: parents }))], 'REST versions').toEqual(want)
        checked += created.filter((entry) => entry.collection === collection).length
      },
    )
  })

  it.each(REQUESTERS.map((requester) => [requester.key]))(
    'stock file URLs: %s gets an original through /api/media/file/ only as staff, and only what the rule allows',
    async (requesterKey) => {
      const identity = identities.find((entry) => entry.requester.key === requesterKey)!
      for (const entry of created.filter((candidate) => candidate.collection === 'media')) {
        // The public and the press download through the endpoints that apply entitlements.
        const isAllowed =
          isStaffSpec(identity.requester) &&
          isVisible({ requester: identity.requester, item: entry.item })
        const response = await app.rest.request('GET', `/media/file/${entry.filename}`, {
          token: identity.token,
        })
        expect(response.status === 200, `file of ${entry.item.key}`).toBe(isAllowed)
        if (!isAllowed) expect([403, 404], `file of ${entry.item.key}`).toContain(response.status)
        await response.body?.cancel()
        checked += 1
      }
    },
  )

  it.each(REQUESTERS.map((requester) => [requester.key]))(
    'download and rendition endpoints: %s gets the web size of what the rule allows, and the original only when entitled',
    async (requesterKey) => {
      const identity = identities.find((entry) => entry.requester.key === requesterKey)!
      const requester = identity.requester
      const isEntitledToOriginals =
        isStaffSpec(requester) ||
        (requester.kind === 'journalist' && requester.accreditation === 'approved')
      for (const entry of created.filter((candidate) => candidate.collection === 'media')) {
        const isAllowed = isVisible({ requester, item: entry.item })
        const web = await app.rest.request('GET', `/media/${entry.id}/renditions/web.jpg`, {
          token: identity.token,
        })
        expect(web.status === 200, `web rendition of ${entry.item.key}`).toBe(isAllowed)
        if (!isAllowed) expect(web.status, `web rendition of ${entry.item.key}`).toBe(404)
        await web.body?.cancel()
        // With the usage terms accepted, as the library's download form sends them.
        const original = await app.rest.request(
          'GET',
          `/library/media/${entry.id}/download?rendition=original&terms=accepted&use=news`,
          { token: identity.token },
        )
        expect(original.status === 200, `original of ${entry.item.key}`).toBe(
          isAllowed && isEntitledToOriginals,
        )
        if (original.status !== 200) {
          expect([403, 404], `original of ${entry.item.key}`).toContain(original.status)
        }
        await original.body?.cancel()
        checked += 2
      }
    },
  )

  it.each(REQUESTERS.map((requester) => [requester.key]))(
    'populated relationships: a public article reveals to %s only the linked items the rule allows',
    async (requesterKey) => {
      const identity = identities.find((entry) => entry.requester.key === requesterKey)!
      for (const depth of [0, 1]) {
        const response = await app.rest.request('GET', `/articles/${carrierId}?depth=${depth}`, {
          token: identity.token,
        })
        expect(response.status).toBe(200)
        const carrier = (await response.json()) as {
          media: Array<number | { id: number }>
          relatedArticles: Array<number | { id: number }>
        }
        const idOf = (value: number | { id: number }) =>
          typeof value === 'object' ? value.id : value
        expect(
          keysOf({ collection: 'media', ids: carrier.media.map(idOf) }),
          `media at depth ${depth}`,
        ).toEqual(expected({ identity, collection: 'media' }))
        expect(
          keysOf({ collection: 'articles', ids: carrier.relatedArticles.map(idOf) }),
          `related articles at depth ${depth}`,
        ).toEqual(expected({ identity, collection: 'articles' }))
        checked += ITEMS.length * 2
      }
    },
  )

  it.each(REQUESTERS.map((requester) => [requester.key]))(
    'relationships in a list: every article of a list reveals to %s only the linked items the rule allows',
    async (requesterKey) => {
      const identity = identities.find((entry) => entry.requester.key === requesterKey)!
      const carriers = [carrierId, ...(await listCarriers())]
      const where = carriers.map((id, index) => `where[id][in][${index}]=${id}`).join('&')
      const idOf = (value: number | { id: number }) =>
        typeof value === 'object' ? value.id : value
      for (const depth of [0, 1]) {
        const response = await app.rest.request(
          'GET',
          `/articles?depth=${depth}&limit=10&locale=en&${where}`,
          { token: identity.token },
        )
        expect(response.status).toBe(200)
        const { docs } = (await response.json()) as {
          docs: Array<{
            id: number
            media: Array<number | { id: number }>
            relatedArticles: Array<number | { id: number }>
          }>
        }
        expect(docs.map((doc) => doc.id).sort()).toEqual([...carriers].sort())
        for (const doc of docs) {
          expect(
            keysOf({ collection: 'media', ids: doc.media.map(idOf) }),
            `media of ${doc.id} at depth ${depth}`,
          ).toEqual(expected({ identity, collection: 'media' }))
          expect(
            keysOf({ collection: 'articles', ids: doc.relatedArticles.map(idOf) }),
            `related articles of ${doc.id} at depth ${depth}`,
          ).toEqual(expected({ identity, collection: 'articles' }))
        }
        checked += ITEMS.length * 2 * docs.length
      }
    },
  )

  /** Two more public articles linking every item, in reverse order: the list reads three. */
  let extraCarriers: number[] | null = null
  async function listCarriers(): Promise<number[]> {
    if (extraCarriers) return extraCarriers
    const linked = (collection: Created['collection']) =>
      created
        .filter((entry) => entry.collection === collection)
        .map((entry) => entry.id)
        .reverse()
    const agency = (await app.payload.find({ collection: slugs.agencies, limit: 1 })).docs[0]!.id
    extraCarriers = []
    for (const title of ['Bài tổng hợp thứ hai', 'Bài tổng hợp thứ ba']) {
      const carrier = await app.payload.create({
        collection: slugs.articles,
        data: {
          title,
          infoType: 'promotional',
          agency,
          accessTier: 'public',
          classification: 'unclassified' as const,
          _status: 'published',
          media: linked('media'),
          relatedArticles: linked('articles'),
        },
      })
      extraCarriers.push(carrier.id)
    }
    return extraCarriers
  }

  it('never sends the editorial note outside staff', async () => {
    const noted = await app.payload.create({
      collection: slugs.articles,
      data: {
        title: 'Bài có ghi chú',
        infoType: 'official',
        agency: (await app.payload.find({ collection: slugs.agencies, limit: 1 })).docs[0]!.id,
        accessTier: 'public',
        classification: 'unclassified' as const,
        _status: 'published',
        edNote: 'Chờ xác minh số liệu với Sở Tài chính',
      },
    })
    for (const identity of identities) {
      const response = await app.rest.request('GET', `/articles/${noted.id}`, {
        token: identity.token,
      })
      const text = await response.text()
      expect(text.includes('Chờ xác minh'), identity.requester.key).toBe(
        isStaffSpec(identity.requester),
      )
    }
  })
  describe('sync and feeds after an item stops being public', () => {
    /** What anyone may read of an item now, from the visibility table: published, due, not withdrawn, public. */
    type SyncItem = {
      key: string
      change: 'withdraw' | 'delete' | 'raise' | 're-embargo' | 'none' | 'withdraw-photo'
    }
    const SYNC_ITEMS: SyncItem[] = [
      { key: 'sync-withdrawn', change: 'withdraw' },
      { key: 'sync-deleted', change: 'delete' },
      { key: 'sync-raised', change: 'raise' },
      { key: 'sync-reembargoed', change: 're-embargo' },
      { key: 'sync-kept', change: 'none' },
    ]
    const isPublicAfter = (item: SyncItem) => item.change === 'none'
    const marker = (key: string) => `DẤU-${key.toUpperCase()}`
    const API_KEY = 'tier-matrix-sync-client-0123456789'
    const clientHeaders = { Authorization: `${slugs.apiClients} API-Key ${API_KEY}` }

    type Entry = { uri: string; version: string; json: string; isTombstone: boolean }

    /** Every entry from the very first cursor, page by page, with the cursor after each page. */
    async function readAll({
      headers = {},
      limit,
    }: {
      headers?: Record<string, string>
      limit: number
    }): Promise<{ entries: Entry[]; cursors: string[] }> {
      const entries: Entry[] = []
      const cursors: string[] = []
      let cursor = ''
      for (;;) {
        const response = await app.rest.request(
          'GET',
          `/syndication/ninjs?limit=${limit}&since=${cursor}`,
          { headers },
        )
        expect(response.status).toBe(200)
        const page = (await response.json()) as {
          items: Array<{ uri: string; version: string }>
          tombstones: Array<{ uri: string; version: string }>
          next: string
        }
        const onPage = [
          ...page.items.map((item) => ({ item, isTombstone: false })),
          ...page.tombstones.map((item) => ({ item, isTombstone: true })),
        ]
        if (onPage.length === 0 && page.next === cursor) return { entries, cursors }
        entries.push(
          ...onPage.map(({ item, isTombstone }) => ({
            uri: item.uri,
            version: item.version,
            json: JSON.stringify(item),
            isTombstone,
          })),
        )
        cursors.push(page.next)
        cursor = page.next
      }
    }

    async function feedTexts(): Promise<string[]> {
      return Promise.all(
        ['rss', 'atom', 'jsonfeed'].map(async (format) => {
          const response = await app.rest.request('GET', `/syndication/${format}?locale=vi`)
          expect(response.status).toBe(200)
          return response.text()
        }),
      )
    }

    it('serves none of the text of an item withdrawn, deleted, raised or embargoed again, from the very first cursor, with every position kept', async () => {
      const agency = (await app.payload.find({ collection: slugs.agencies, limit: 1 })).docs[0]!
      const client = await app.payload.create({
        collection: slugs.apiClients,
        data: { name: 'Cổng kiểm thử', enableAPIKey: true, apiKey: API_KEY } as never,
      })
      const common = {
        agency: agency.id,
        accessTier: 'public' as const,
        classification: 'unclassified' as const,
        _status: 'published' as const,
        infoType: 'official' as const,
      }
      const ids: Record<string, number> = {}
      for (const item of SYNC_ITEMS) {
        const doc = await app.payload.create({
          collection: slugs.articles,
          data: { ...common, title: `Bài ${item.key}`, summary: `Tóm tắt ${marker(item.key)}` },
        })
        // A second version, so an item has more than one entry before it stops being public.
        await app.payload.update({
          collection: slugs.articles,
          id: doc.id,
          data: { title: `Bài ${item.key} ${marker(item.key)}` },
        })
        ids[item.key] = doc.id
      }
      const image = await sharp({
        create: { width: 16, height: 12, channels: 3, background: { r: 200, g: 30, b: 30 } },
      })
        .png()
        .toBuffer()
      const photo = await app.payload.create({
        collection: slugs.media,
        data: {
          ...common,
          kind: 'image',
          alt: `Ảnh ${marker('sync-photo')}`,
          caption: `Chú thích ${marker('sync-photo')}`,
        },
        file: { data: image, mimetype: 'image/png', name: 'anh-rut.png', size: image.length },
      })
      const deletedPhoto = await app.payload.create({
        collection: slugs.media,
        data: { ...common, kind: 'image', alt: `Ảnh ${marker('sync-removed-photo')}` },
        file: { data: image, mimetype: 'image/png', name: 'anh-xoa.png', size: image.length },
      })
      const carrier = await app.payload.create({
        collection: slugs.articles,
        data: {
          ...common,
          title: `Bài kèm ảnh ${marker('sync-carrier')}`,
          media: [photo.id, deletedPhoto.id],
        },
      })

      // Before: everything public is there, and the caches of the sync and the feeds are warm.
      const before = await readAll({ limit: 7 })
      const beforeText = before.entries.map((entry) => entry.json).join('\n')
      for (const key of [
        ...SYNC_ITEMS.map((item) => item.key),
        'sync-photo',
        'sync-removed-photo',
        'sync-carrier',
      ])
        expect(beforeText, key).toContain(marker(key))
      const feedsBefore = (await feedTexts()).join('\n')
      for (const item of SYNC_ITEMS) expect(feedsBefore, item.key).toContain(marker(item.key))

      await app.payload.update({
        collection: slugs.articles,
        id: ids['sync-withdrawn']!,
        data: { withdrawnAt: new Date().toISOString(), withdrawalReason: 'Lý do pháp lý' },
      })
      await app.payload.delete({ collection: slugs.articles, id: ids['sync-deleted']! })
      await app.payload.update({
        collection: slugs.articles,
        id: ids['sync-raised']!,
        data: { accessTier: 'press' },
      })
      await app.payload.update({
        collection: slugs.articles,
        id: ids['sync-reembargoed']!,
        data: { embargoUntil: new Date(Date.now() + 3 * DAY).toISOString() },
      })
      await app.payload.update({
        collection: slugs.media,
        id: photo.id,
        data: { withdrawnAt: new Date().toISOString(), withdrawalReason: 'Ảnh sai' },
      })
      await app.payload.delete({ collection: slugs.media, id: deletedPhoto.id })

      for (const [who, headers] of [
        ['anonymous', {}],
        ['API client', clientHeaders],
      ] as const) {
        for (const limit of [7, 200]) {
          const after = await readAll({ headers, limit })
          const afterText = after.entries.map((entry) => entry.json).join('\n')
          for (const item of SYNC_ITEMS) {
            expect(afterText.includes(marker(item.key)), `${who}, ${item.key}`).toBe(
              isPublicAfter(item),
            )
          }
          expect(afterText, `${who}: the withdrawn photo`).not.toContain(marker('sync-photo'))
          expect(afterText, `${who}: the deleted photo`).not.toContain(marker('sync-removed-photo'))
          expect(afterText, `${who}: the article that showed it`).toContain(marker('sync-carrier'))

          // Every position read before is still there, in the same order, under the same cursor.
          const positions = (entries: Entry[]) =>
            entries.map((entry) => `${entry.uri}@${entry.version}`)
          expect(positions(after.entries).slice(0, before.entries.length), who).toEqual(
            positions(before.entries),
          )
          // Full pages end where they ended before; the last page read before has grown since.
          if (limit === 7) {
            const full = before.cursors.length - 1
            expect(after.cursors.slice(0, full), who).toEqual(before.cursors.slice(0, full))
          }
          // Each item's versions run 1, 2, … once each; a changed item ends with its tombstone.
          const byUri = new Map<string, Entry[]>()
          for (const entry of after.entries)
            byUri.set(entry.uri, [...(byUri.get(entry.uri) ?? []), entry])
          for (const [uri, entries] of byUri) {
            expect(
              entries.map((entry) => Number(entry.version)),
              uri,
            ).toEqual(entries.map((_, index) => index + 1))
          }
          for (const item of SYNC_ITEMS) {
            const last = [...after.entries]
              .reverse()
              .find((entry) => entry.uri.endsWith(`:articles:${ids[item.key]}:vi`))!
            expect(last.isTombstone, `${who}, ${item.key}`).toBe(!isPublicAfter(item))
          }
        }
      }

      const feedsAfter = (await feedTexts()).join('\n')
      for (const item of SYNC_ITEMS) {
        expect(feedsAfter.includes(marker(item.key)), `feeds, ${item.key}`).toBe(
          isPublicAfter(item),
        )
      }
      expect(feedsAfter).toContain(marker('sync-carrier'))

      for (const item of SYNC_ITEMS.filter((candidate) => candidate.change !== 'delete'))
        await app.payload.delete({ collection: slugs.articles, id: ids[item.key]! })
      await app.payload.delete({ collection: slugs.articles, id: carrier.id })
      await app.payload.delete({ collection: slugs.media, id: photo.id })
      await app.payload.delete({ collection: slugs.apiClients, id: client.id })
    })
  })
})
