/**
 * Hostile input on every public door: each parameter and body field of every endpoint that an
 * anonymous reader or a journalist can call gets malformed and hostile values, and must answer
 * 4xx (never a 5xx) with a message, in the requester's language wherever the app words the
 * message itself, and store nothing.
 *
 * | endpoint                                                       | who                   | what is sent                                                                                  |
 * | -------------------------------------------------------------- | --------------------- | --------------------------------------------------------------------------------------------- |
 * | GET /api/{articles,media,topics,agencies}                      | anonymous, journalist | limit, page, depth, locale, fallback-locale, where, sort, select, populate, draft, trash, joins |
 * | GET /api/{articles,media,topics,agencies}/:id                  | anonymous, journalist | hostile ids, depth, locale                                                                    |
 * | GET /api/{articles,media}/versions, /versions/:id              | anonymous, journalist | the list parameters, hostile ids                                                              |
 * | GET /api/globals/settings                                      | anonymous             | depth, locale                                                                                 |
 * | GET /api/media/file/:filename                                  | anonymous, journalist | path traversal, NUL, huge names                                                               |
 * | GET /api/media/:id/renditions/:name                            | anonymous, journalist | hostile ids and names                                                                         |
 * | GET /api/library/media/:id/download                            | anonymous, journalist | id, rendition, format, locale, terms                                                          |
 * | GET /api/library/search                                        | anonymous, journalist | q, locale, type, topic, agency, infoType, year, page, limit, sort                             |
 * | GET /api/library/search/token                                  | anonymous             | (refused: sign-in needed)                                                                     |
 * | GET /api/library/saved-searches/:token/rss                     | anonymous             | hostile tokens                                                                                |
 * | GET /api/syndication/{rss,atom,jsonfeed}                       | anonymous             | locale, infoType, topic, target, unknown format                                               |
 * | GET /api/syndication/ninjs                                     | anonymous             | since (bad cursors), locale, limit, wait, target                                              |
 * | GET /api/health                                                | anonymous             | locale                                                                                        |
 * | POST /api/journalists (registration)                           | anonymous             | wrong types, huge and control-character fields, bad JSON, wrong content types                 |
 * | POST /api/{journalists,users}/login                            | anonymous             | the same                                                                                      |
 * | POST /api/{journalists,users}/forgot-password                  | anonymous             | the same                                                                                      |
 * | POST /api/{journalists,users}/reset-password                   | anonymous             | hostile tokens and passwords                                                                  |
 * | POST /api/journalists/verify/:token, GET …/verify-email        | anonymous             | hostile tokens                                                                                |
 * | POST /api/{journalists,users}/unlock, /refresh-token           | anonymous             | wrong types                                                                                   |
 * | POST /api/users/first-register                                 | anonymous             | a takeover attempt once staff exist                                                           |
 * | POST /api/{articles,media,topics,agencies}                     | anonymous, journalist | writes (refused), a multipart upload                                                          |
 * | GET /api/journalists/export-my-data, /me                       | anonymous, journalist | hostile parameters                                                                            |
 * | POST /api/graphql                                              | anonymous, journalist | bad JSON, huge queries, wrong variable types, limits                                          |
 * | GET / (the library's language redirect)                        | anonymous             | hostile Accept-Language                                                                       |
 *
 * The library's pages are React Server Components rendered by Next.js; they are not callable
 * in-process and are covered by the browser suite.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { GET as libraryRoot } from '../../src/app/(library)/route'
import { graphqlPost } from '../../src/http/graphqlRoute'
import { MAX_DEPTH, MAX_PUBLIC_LIMIT } from '../../src/http/publicReadLimits'
import { translate, type MessageKey } from '../../src/i18n'
import { type Locale } from '../../src/i18n/locales'
import { signInJournalist, signInStaff } from '../helpers/accounts'
import { flatImage } from '../helpers/mediaFixtures'
import { startPayload, type TestApp } from '../helpers/startPayload'

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
type Who = 'anonymous' | 'journalist'

type Case = {
  /** What is sent, as it reads in the test name. */
  label: string
  method: Method
  /** Everything after `/api`, query string included. */
  path: string
  body?: unknown
  headers?: Record<string, string>
  who: Who
  /** The app's own message for this refusal: the answer must be its translation. */
  key?: MessageKey
  /** A value that is odd but valid (a password may hold any character): it may be stored. */
  mayStore?: boolean
}

const MEGABYTE_STRING = 'x'.repeat(1024 * 1024)
const CONTROL = 'a\u0000b\u0007c\u001b[31m\r\nSet-Cookie: x=1'
const TRAVERSAL = '../../../../etc/passwd'
const PASSWORD = 'mat-khau-kiem-thu-bao-mat-2025'
const LANGUAGES: Locale[] = ['vi', 'en']

/** Hostile values for one query parameter, as query-string fragments. */
function hostileQueries(name: string): Array<[string, string]> {
  return [
    ['a 1 MB value', `${name}=${MEGABYTE_STRING}`],
    ['a negative number', `${name}=-1`],
    ['a huge number', `${name}=99999999999999999999999`],
    ['an array', `${name}[]=1&${name}[]=2`],
    ['an object (operator injection)', `${name}[$ne]=1&${name}[gt]=`],
    ['control characters and NUL', `${name}=${encodeURIComponent(CONTROL)}`],
    ['a path traversal', `${name}=${encodeURIComponent(TRAVERSAL)}`],
    ['an encoded path traversal', `${name}=..%252F..%252Fetc%252Fpasswd`],
    ['an unknown locale', `${name}=xx`],
    ['a relative path as locale', `${name}=..%2F`],
  ]
}

/** Hostile values for a path segment (already encoded). */
const HOSTILE_SEGMENTS: Array<[string, string]> = [
  ['a 1 MB id', MEGABYTE_STRING],
  ['a negative id', '-1'],
  ['a huge id', '99999999999999999999999'],
  ['an encoded path traversal', encodeURIComponent(TRAVERSAL)],
  ['a NUL byte', 'a%00b'],
  ['control characters', encodeURIComponent(CONTROL)],
  ['a SQL fragment', encodeURIComponent("1' OR '1'='1")],
]

const PUBLIC_COLLECTIONS = [slugs.articles, slugs.media, slugs.topics, slugs.agencies] as const
const VERSIONED_COLLECTIONS = [slugs.articles, slugs.media] as const
const LIST_PARAMETERS = [
  'limit',
  'page',
  'depth',
  'locale',
  'fallback-locale',
  'where',
  'sort',
  'select',
  'populate',
  'draft',
  'trash',
  'joins',
  'pagination',
]
const AUTH_COLLECTIONS = [slugs.journalists, slugs.users] as const

/** Hostile JSON bodies for a form of `fields` (each field gets each hostile value in turn). */
function hostileBodies(fields: Record<string, unknown>): Array<[string, unknown]> {
  const variants: Array<[string, unknown]> = []
  for (const name of Object.keys(fields)) {
    const values: Array<[string, unknown]> = [
      ['a 1 MB string', MEGABYTE_STRING],
      ['an array', ['a@example.com', 'b@example.com']],
      ['an object (operator injection)', { $ne: null, equals: 'x' }],
      ['a number', -1],
      ['null', null],
      ['control characters', CONTROL],
    ]
    for (const [label, value] of values) {
      variants.push([`${name} as ${label}`, { ...fields, [name]: value }])
    }
  }
  variants.push(['a JSON array body', [fields]])
  variants.push(['a JSON string body', JSON.stringify('hello')])
  return variants
}

/** Bodies that are not JSON at all, or not what the content type says. */
const MALFORMED_BODIES: Array<[string, { body: string; headers: Record<string, string> }]> = [
  ['broken JSON', { body: '{"email": "a@example.com",', headers: json() }],
  ['a 1 MB JSON string', { body: JSON.stringify(MEGABYTE_STRING), headers: json() }],
  ['deeply nested JSON', { body: `${'['.repeat(5000)}${']'.repeat(5000)}`, headers: json() }],
  ['JSON sent as text/plain', { body: '{"email":"a@example.com"}', headers: text() }],
  [
    'XML',
    {
      body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
      headers: { 'Content-Type': 'application/xml' },
    },
  ],
  [
    'a form with a bad boundary',
    {
      body: '--zz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{',
      headers: { 'Content-Type': 'multipart/form-data; boundary=yy' },
    },
  ],
  [
    'urlencoded garbage',
    {
      body: 'email[$ne]=1&password[]=2&%00=%ff',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    },
  ],
]

/** GraphQL requests with hostile shapes and values. */
const GRAPHQL_BODIES: Array<[string, unknown, MessageKey?]> = [
  ['a 1 MB query', { query: `{ Articles { docs { id } } } #${MEGABYTE_STRING}` }],
  ['a query as an array', { query: ['{ Articles { docs { id } } }'] }],
  ['a query as an object', { query: { $ne: 1 } }],
  ['no query', { variables: { a: 1 } }],
  ['a syntax error', { query: '{ Articles(limit: ) { docs { id } ' }],
  [
    'a negative limit',
    { query: '{ Articles(limit: -1) { docs { id } } }' },
    'errors.invalidParameter',
  ],
  [
    'a huge page',
    { query: '{ Articles(page: 2147483647) { docs { id } } }' },
    'errors.invalidParameter',
  ],
  [
    'a string where a number goes',
    { query: 'query($l: Int) { Articles(limit: $l) { docs { id } } }', variables: { l: 'abc' } },
  ],
  ['an unknown locale', { query: '{ Articles(locale: xx) { docs { id } } }' }],
  [
    'control characters in a where',
    {
      query: 'query($t: String) { Articles(where: { title: { equals: $t } }) { docs { id } } }',
      variables: { t: CONTROL },
    },
  ],
  [
    'a deeply nested query',
    { query: `{ Articles { docs { ${'relatedArticles { '.repeat(30)}id${' }'.repeat(30)} } } }` },
  ],
  [
    'a write',
    { query: 'mutation { createAgency(data: { name: "x", code: "x", kind: ward }) { id } }' },
  ],
  [
    'a registration with wrong types',
    { query: 'mutation { createJournalist(data: { email: 1, password: 2 }) { id } }' },
  ],
]

function json(): Record<string, string> {
  return { 'Content-Type': 'application/json' }
}

function text(): Record<string, string> {
  return { 'Content-Type': 'text/plain' }
}

/** Every case of the table: built from the endpoint list above. */
function hostileCases(): Case[] {
  const cases: Case[] = []
  const add = (entry: Case) => cases.push(entry)
  const everyone: Who[] = ['anonymous', 'journalist']

  for (const who of everyone) {
    for (const collection of PUBLIC_COLLECTIONS) {
      for (const parameter of LIST_PARAMETERS) {
        for (const [label, query] of hostileQueries(parameter)) {
          add({
            label: `${parameter} as ${label}`,
            method: 'GET',
            path: `/${collection}?${query}`,
            who,
          })
        }
      }
      for (const [label, query] of [...hostileQueries('depth'), ...hostileQueries('locale')]) {
        add({ label, method: 'GET', path: `/${collection}/:${collection}?${query}`, who })
      }
      for (const [label, segment] of HOSTILE_SEGMENTS) {
        add({ label, method: 'GET', path: `/${collection}/${segment}`, who })
      }
      add({
        label: 'where as broken JSON',
        method: 'GET',
        path: `/${collection}?where=%7Bnot-json`,
        who,
      })
      add({
        label: 'a write',
        method: 'POST',
        path: `/${collection}`,
        body: { title: CONTROL },
        who,
      })
      add({
        label: 'a delete by query',
        method: 'DELETE',
        path: `/${collection}?where[id][exists]=true`,
        who,
      })
      add({
        label: 'an update by query',
        method: 'PATCH',
        path: `/${collection}?where[id][exists]=true`,
        body: { accessTier: 'public' },
        who,
      })
    }
    for (const collection of VERSIONED_COLLECTIONS) {
      for (const parameter of ['limit', 'page', 'depth', 'where', 'sort', 'locale']) {
        for (const [label, query] of hostileQueries(parameter)) {
          add({
            label: `${parameter} as ${label}`,
            method: 'GET',
            path: `/${collection}/versions?${query}`,
            who,
          })
        }
      }
      for (const [label, segment] of HOSTILE_SEGMENTS) {
        add({ label, method: 'GET', path: `/${collection}/versions/${segment}`, who })
      }
    }

    for (const [label, segment] of HOSTILE_SEGMENTS) {
      add({ label, method: 'GET', path: `/media/file/${segment}`, who })
      add({
        label: `id as ${label}`,
        method: 'GET',
        path: `/media/${segment}/renditions/thumb.jpg`,
        who,
      })
      add({
        label: `name as ${label}`,
        method: 'GET',
        path: `/media/:media/renditions/${segment}`,
        who,
      })
      add({
        label: `id as ${label}`,
        method: 'GET',
        path: `/library/media/${segment}/download`,
        who,
      })
    }
    for (const parameter of ['rendition', 'format', 'locale', 'terms', 'use', 'useDetails']) {
      for (const [label, query] of hostileQueries(parameter)) {
        add({
          label: `${parameter} as ${label}`,
          method: 'GET',
          path: `/library/media/:media/download?${query}`,
          who,
        })
      }
    }
    for (const parameter of [
      'q',
      'locale',
      'type',
      'topic',
      'agency',
      'infoType',
      'year',
      'page',
      'limit',
      'sort',
    ]) {
      for (const [label, query] of hostileQueries(parameter)) {
        // `q` is free text: any string up to 500 characters is a fine query.
        const isFreeText =
          parameter === 'q' && !query.includes('[') && !query.includes(MEGABYTE_STRING)
        add({
          label: `${parameter} as ${label}`,
          method: 'GET',
          path: `/library/search?${query}`,
          who,
          key: isFreeText ? undefined : 'errors.invalidParameter',
        })
      }
    }
    for (const parameter of ['depth', 'locale']) {
      for (const [label, query] of hostileQueries(parameter)) {
        add({
          label: `${parameter} as ${label}`,
          method: 'GET',
          path: `/journalists/me?${query}`,
          who,
        })
      }
    }
    add({
      label: 'hostile parameters',
      method: 'GET',
      path: `/journalists/export-my-data?${hostileQueries('locale')[4]![1]}`,
      who,
    })
    for (const [label, body, key] of GRAPHQL_BODIES) {
      add({ label, method: 'POST', path: '/graphql', body, who, key })
    }
  }

  add({
    label: 'anonymous',
    method: 'GET',
    path: '/library/search/token',
    who: 'anonymous',
    key: 'errors.unauthorized',
  })
  for (const [label, segment] of HOSTILE_SEGMENTS) {
    add({
      label,
      method: 'GET',
      path: `/library/saved-searches/${segment}/rss`,
      who: 'anonymous',
      key: 'errors.notFound',
    })
    add({ label, method: 'POST', path: `/journalists/verify/${segment}`, who: 'anonymous' })
  }
  for (const format of ['rss', 'atom', 'jsonfeed']) {
    for (const parameter of ['locale', 'infoType', 'topic', 'target']) {
      for (const [label, query] of hostileQueries(parameter)) {
        add({
          label: `${parameter} as ${label}`,
          method: 'GET',
          path: `/syndication/${format}?${query}`,
          who: 'anonymous',
        })
      }
    }
  }
  add({
    label: 'an unknown format',
    method: 'GET',
    path: '/syndication/..%2F..%2Fetc%2Fpasswd',
    who: 'anonymous',
    key: 'errors.notFound',
  })
  for (const parameter of ['since', 'locale', 'limit', 'wait', 'target']) {
    for (const [label, query] of hostileQueries(parameter)) {
      add({
        label: `${parameter} as ${label}`,
        method: 'GET',
        path: `/syndication/ninjs?${query}`,
        who: 'anonymous',
      })
    }
  }
  for (const cursor of ['zzz', '99999999999999999999', '-5', 'eyJpZCI6LTF9', '%00']) {
    add({
      label: `since=${cursor}`,
      method: 'GET',
      path: `/syndication/ninjs?since=${cursor}`,
      who: 'anonymous',
      key: 'errors.invalidParameter',
    })
  }
  for (const [label, query] of hostileQueries('token')) {
    add({
      label: `token as ${label}`,
      method: 'GET',
      path: `/journalists/verify-email?${query}`,
      who: 'anonymous',
    })
  }

  const registration = {
    email: 'tan.kiem@example.com',
    password: PASSWORD,
    name: 'Tân Kiểm',
    outlet: 'Tạp chí Thử',
    country: 'VN',
    preferredLanguage: 'vi',
  }
  for (const [label, body] of hostileBodies(registration)) {
    add({
      label: `registration with ${label}`,
      method: 'POST',
      path: '/journalists',
      body,
      who: 'anonymous',
      mayStore: label === 'password as control characters',
    })
  }

  for (const collection of AUTH_COLLECTIONS) {
    const login = { email: 'khong-co@example.com', password: 'sai-mat-khau-dai-12' }
    for (const [label, body] of hostileBodies(login)) {
      add({
        label: `login with ${label}`,
        method: 'POST',
        path: `/${collection}/login`,
        body,
        who: 'anonymous',
      })
    }
    for (const [label, body] of hostileBodies({ email: ['x@example.com'] }).slice(0, 3)) {
      add({
        label: `forgot-password with ${label}`,
        method: 'POST',
        path: `/${collection}/forgot-password`,
        body,
        who: 'anonymous',
      })
    }
    for (const [label, body] of hostileBodies({ token: 'abc', password: PASSWORD })) {
      add({
        label: `reset-password with ${label}`,
        method: 'POST',
        path: `/${collection}/reset-password`,
        body,
        who: 'anonymous',
      })
    }
    for (const [label, body] of hostileBodies({ email: 'khong-co@example.com' }).slice(1, 3)) {
      add({
        label: `unlock with ${label}`,
        method: 'POST',
        path: `/${collection}/unlock`,
        body,
        who: 'anonymous',
      })
    }
    add({
      label: 'refresh without a session',
      method: 'POST',
      path: `/${collection}/refresh-token`,
      who: 'anonymous',
    })
    for (const [label, { body, headers }] of MALFORMED_BODIES) {
      add({
        label: `login with ${label}`,
        method: 'POST',
        path: `/${collection}/login`,
        body,
        headers,
        who: 'anonymous',
      })
      add({
        label: `forgot-password with ${label}`,
        method: 'POST',
        path: `/${collection}/forgot-password`,
        body,
        headers,
        who: 'anonymous',
      })
    }
  }
  for (const [label, { body, headers }] of MALFORMED_BODIES) {
    add({
      label: `registration with ${label}`,
      method: 'POST',
      path: '/journalists',
      body,
      headers,
      who: 'anonymous',
    })
    add({
      label: `GraphQL with ${label}`,
      method: 'POST',
      path: '/graphql',
      body,
      headers,
      who: 'anonymous',
    })
  }
  add({
    label: 'a takeover attempt once staff exist',
    method: 'POST',
    path: '/users/first-register',
    body: { email: 'ke-gian@example.com', password: PASSWORD, roles: ['admin'] },
    who: 'anonymous',
  })
  for (const [label, query] of hostileQueries('locale')) {
    add({
      label: `locale as ${label}`,
      method: 'GET',
      path: `/health?${query}`,
      who: 'anonymous',
      key: undefined,
    })
    add({
      label: `locale as ${label}`,
      method: 'GET',
      path: `/globals/settings?${query}`,
      who: 'anonymous',
    })
  }
  return cases
}

/** The cases grouped by endpoint (who, method and path without the query), in table order. */
function groupsOf(cases: Case[]): Array<[string, Case[]]> {
  const hostile = new Set(HOSTILE_SEGMENTS.map(([, segment]) => segment))
  const groups = new Map<string, Case[]>()
  for (const item of cases) {
    const route = item.path
      .split('?')[0]!
      .split('/')
      .map((segment) => (hostile.has(segment) ? ':hostile' : segment))
      .join('/')
    const name = `${item.who} ${item.method} /api${route}`
    groups.set(name, [...(groups.get(name) ?? []), item])
  }
  return [...groups.entries()]
}

/** Answers that are not a refusal but are right for these inputs (the value is ignored). */
function isAcceptedAnswer({ item, status }: { item: Case; status: number }): boolean {
  if (status >= 400 && status < 500) return true
  // Reads that treat a hostile value as an unknown word, an unknown locale as the default, or a
  // hostile id as "no such item", and list or show only what the requester may see.
  if (item.method === 'GET' && (status === 200 || status === 304)) return true
  // GraphQL answers 200 with its `errors` (Payload's GraphQL route), or with data for a valid
  // query whose values match nothing.
  if (item.path === '/graphql' && status === 200) return true
  // An anonymous registration is answered 202 alike whether or not the address had an account
  // (odd but valid values meet the account an earlier case made; nothing more is stored).
  if (item.method === 'POST' && item.path === '/journalists' && status === 202) return true
  // `/` redirects to a language; the e-mail confirmation page says it failed with 400.
  if (status === 307) return true
  return false
}

describe('hostile input on every public endpoint', () => {
  let app: TestApp
  let journalistToken: string
  let staffToken: string
  const ids: Record<string, number> = {}
  let storedBefore: Record<string, number>
  let mediaFilesBefore: string[]
  const graphql = { handler: null as null | ReturnType<typeof graphqlPost> }

  beforeAll(async () => {
    app = await startPayload()
    const { payload } = app
    graphql.handler = graphqlPost(app.config)
    const agency = await payload.create({
      collection: slugs.agencies,
      data: { name: 'Sở Ngoại vụ', code: 'so-ngoai-vu', kind: 'provincial-department' },
    })
    ids.agencies = agency.id
    const topic = await payload.create({
      collection: slugs.topics,
      data: { name: 'Du lịch', slug: 'du-lich' },
    })
    ids.topics = topic.id
    const common = {
      agency: agency.id,
      accessTier: 'public' as const,
      classification: 'unclassified' as const,
      _status: 'published' as const,
    }
    const article = await payload.create({
      collection: slugs.articles,
      data: { ...common, title: 'Bài công khai', infoType: 'official' },
    })
    ids.articles = article.id
    const image = await flatImage({ width: 64, height: 48, background: { r: 10, g: 120, b: 60 } })
    const media = await payload.create({
      collection: slugs.media,
      data: { ...common, kind: 'image', alt: 'Ảnh công khai' },
      file: { data: image, mimetype: 'image/png', name: 'anh.png', size: image.length },
    })
    ids.media = media.id
    const staff = await signInStaff({
      app,
      email: 'admin@ttdn.test',
      roles: ['admin'],
      agency: agency.id,
    })
    staffToken = staff.token
    const journalist = await signInJournalist({ app, email: 'phong-vien@example.com' })
    journalistToken = journalist.token
    // Every refused request is logged; thousands of them would drown the test output.
    payload.logger.level = 'fatal'
    storedBefore = await countStored({ app })
    mediaFilesBefore = await filesUnder(path.join(app.dir, 'media'))
  })

  afterAll(async () => {
    await app?.stop()
  })

  /** Sends one case in one language. */
  async function send({ item, language }: { item: Case; language: Locale }): Promise<Response> {
    const headers: Record<string, string> = { 'Accept-Language': language, ...item.headers }
    const itemPath = item.path.replace(/:(articles|media|topics|agencies)\b/g, (_, slug: string) =>
      String(ids[slug]),
    )
    if (item.who === 'journalist') headers.Authorization = `JWT ${journalistToken}`
    if (item.path === '/graphql') {
      return graphql.handler!(
        new Request('http://127.0.0.1:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: typeof item.body === 'string' ? item.body : JSON.stringify(item.body),
        }),
      )
    }
    return app.rest.request(item.method, itemPath, { headers, body: item.body })
  }

  it.each(groupsOf(hostileCases()))(
    'answers hostile values on %s with a 4xx in the requester’s language, never a 5xx',
    async (_group, cases) => {
      const failures: string[] = []
      for (const [index, item] of cases.entries()) {
        // The app's own messages are checked in both languages; Payload's in one, alternately.
        const languages = item.key ? LANGUAGES : [LANGUAGES[index % 2]!]
        for (const language of languages) {
          const response = await send({ item, language })
          const body = await response.text()
          const name = `${item.who} ${item.method} /api${item.path.slice(0, 80)} — ${item.label} [${language}]`
          if (!isAcceptedAnswer({ item, status: response.status })) {
            failures.push(`${name}: ${response.status} ${body.slice(0, 300)}`)
            continue
          }
          const isGraphqlError = item.path === '/graphql' && item.key !== undefined
          if ((response.status >= 400 || isGraphqlError) && response.status !== 429) {
            const message = messageOf(body)
            if (!message)
              failures.push(`${name}: ${response.status} without a message: ${body.slice(0, 200)}`)
            if (item.key && message && !templateOf({ language, key: item.key }).test(message)) {
              failures.push(
                `${name}: expected the ${language} text of ${item.key}, got “${message}”`,
              )
            }
          }
        }
      }
      await removeStoredRegistrations({ app, keep: 'phong-vien@example.com' })
      expect(failures, failures.join('\n')).toEqual([])
    },
    300_000,
  )

  it('refuses hostile Accept-Language headers on the library’s language redirect', () => {
    for (const value of [
      MEGABYTE_STRING.slice(0, 8000),
      CONTROL.replace(/[\r\n\0]/g, ''),
      '*;q=abc',
      'xx-YY, ../;q=1',
    ]) {
      const response = libraryRoot(
        new Request('http://127.0.0.1:3000/', { headers: { 'Accept-Language': value } }),
      )
      expect(response.status).toBe(307)
      expect(response.headers.get('Location')).toMatch(/^\/(vi|en|zh|ja|ko|fr|ru|km)$/)
    }
  })

  it('gives anonymous readers and journalists at most 100 documents a page, always paginated', async () => {
    const { payload } = app
    const extra = Array.from({ length: MAX_PUBLIC_LIMIT + 5 }, (_, index) => index)
    const createdIds: number[] = []
    for (const index of extra) {
      const doc = await payload.create({
        collection: slugs.agencies,
        data: { name: `Phường thử ${index}`, code: `phuong-thu-${index}`, kind: 'ward' },
      })
      createdIds.push(doc.id)
    }
    try {
      for (const token of [undefined, journalistToken]) {
        for (const query of [
          'limit=5000',
          'limit=0',
          'pagination=false',
          'pagination=false&limit=0',
        ]) {
          const response = await app.rest.request('GET', `/${slugs.agencies}?${query}`, { token })
          expect(response.status, query).toBe(200)
          const body = (await response.json()) as { docs: unknown[]; totalDocs: number }
          expect(body.docs.length, query).toBeLessThanOrEqual(MAX_PUBLIC_LIMIT)
          expect(body.totalDocs, query).toBeGreaterThan(MAX_PUBLIC_LIMIT)
        }
        const graph = await app.rest.graphql({
          query: '{ Agencies(limit: 5000, pagination: false) { docs { id } totalDocs } }',
          token,
        })
        const agencies = graph.body.data?.Agencies as { docs: unknown[] }
        expect(agencies.docs.length).toBe(MAX_PUBLIC_LIMIT)
      }
      // Staff lists keep their own sizes (the admin's "all" selections rely on it).
      const staff = await app.rest.request('GET', `/${slugs.agencies}?pagination=false`, {
        token: staffToken,
      })
      const all = (await staff.json()) as { docs: unknown[] }
      expect(all.docs.length).toBeGreaterThan(MAX_PUBLIC_LIMIT)
      // The app's own reads (Local API) are not limited.
      const local = await payload.find({
        collection: slugs.agencies,
        pagination: false,
        overrideAccess: false,
      })
      expect(local.docs.length).toBeGreaterThan(MAX_PUBLIC_LIMIT)
    } finally {
      await payload.delete({ collection: slugs.agencies, where: { id: { in: createdIds } } })
    }
  })

  it('populates relationships at most three levels deep and refuses a malformed depth', async () => {
    expect(app.config.maxDepth).toBe(MAX_DEPTH)
    const deep = await app.rest.request('GET', `/${slugs.articles}?depth=50`)
    expect(deep.status).toBe(200)
    for (const language of LANGUAGES) {
      const response = await app.rest.request('GET', `/${slugs.articles}?limit=-1`, {
        headers: { 'Accept-Language': language },
      })
      expect(response.status).toBe(400)
      const message = messageOf(await response.text())
      expect(message).toBe(
        translate({
          locale: language,
          key: 'errors.invalidParameter',
          params: {
            name: 'limit',
            expected: translate({
              locale: language,
              key: 'search.expectedInteger',
              params: { min: 1, max: MAX_PUBLIC_LIMIT },
            }),
          },
        }),
      )
    }
  })

  it('stores nothing: no new documents and no new files', async () => {
    expect(await countStored({ app })).toEqual(storedBefore)
    expect(await filesUnder(path.join(app.dir, 'media'))).toEqual(mediaFilesBefore)
    const { docs: downloads } = await app.payload.find({
      collection: slugs.mediaDownloads,
      pagination: false,
      depth: 0,
    })
    for (const download of downloads) {
      const stored = JSON.stringify(download)
      expect(stored).not.toMatch(/\\u0000|etc\/passwd|x{1000}/)
    }
  })
})

/** Removes the accounts that valid-but-odd registrations created (`mayStore`). */
async function removeStoredRegistrations({
  app,
  keep,
}: {
  app: TestApp
  keep: string
}): Promise<void> {
  await app.payload.delete({
    collection: slugs.journalists,
    where: { email: { not_equals: keep } },
  })
}

/** The number of documents in every collection, except the ones hostile requests may grow. */
async function countStored({ app }: { app: TestApp }): Promise<Record<string, number>> {
  // Failed logins are audited on purpose; jobs and preferences are the system's own.
  // Downloads served despite an ignored odd value are recorded, as they should be (checked below).
  const ignored = new Set([
    slugs.auditLog as string,
    slugs.mediaDownloads as string,
    'payload-jobs',
    'payload-preferences',
  ])
  const counts: Record<string, number> = {}
  for (const collection of app.config.collections) {
    if (ignored.has(collection.slug)) continue
    const { totalDocs } = await app.payload.count({ collection: collection.slug as never })
    counts[collection.slug] = totalDocs
  }
  return counts
}

async function filesUnder(folder: string): Promise<string[]> {
  try {
    return (await fs.readdir(folder, { recursive: true })).map(String).sort()
  } catch (error) {
    // No upload yet: no folder.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/** The message of an error answer: Payload's `{ errors: [{ message }] }`, or a text page. */
function messageOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ message?: string }>; message?: string }
    return parsed.errors?.[0]?.message ?? parsed.message
  } catch {
    return body.trim() === '' ? undefined : body
  }
}

/** A pattern matching the catalogue text of `key` in `language`, whatever fills its placeholders. */
function templateOf({ language, key }: { language: Locale; key: MessageKey }): RegExp {
  const template = translate({ locale: language, key })
  const escaped = template
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\\\{\\\{\w+\\\}\\\}/g, '[\\s\\S]*')
  return new RegExp(`^${escaped}$`)
}
