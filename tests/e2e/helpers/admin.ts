import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

import { INFO_TYPES, MEDIA_KINDS } from '../../../collections/vocabularies'
import type { StaffRole } from '../../../src/access/roles'
import { LOCALES } from '../../../src/i18n/locales'
import { TRANSLATION_STATES, WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../../../src/workflow/states'

/** The newspaper-and-broadcaster (src/seed/data/agencies.ts), whose staff the browser stories follow. */
export const NEWSROOM_AGENCY_CODE = 'bao-va-phat-thanh-truyen-hinh'

/** A staff account the tests made, as its owner would type it into the login form. */
export type Account = { email: string; password: string }

/** The app's REST API as a test calls it: JSON in and out, Vietnamese errors, a staff token. */
export type Api = (args: {
  method?: string
  path: string
  token?: string
  body?: unknown
}) => Promise<Response>

/** A REST client of the app at `baseUrl`. */
export function apiOf({ baseUrl }: { baseUrl: string }): Api {
  return ({ method = 'GET', path, token, body }) =>
    fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        'Accept-Language': 'vi',
        ...(token ? { Authorization: `JWT ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
}

/** Logs a staff account in through the API and returns its token. */
export async function apiLogin({ api, account }: { api: Api; account: Account }): Promise<string> {
  const response = await api({ method: 'POST', path: '/api/users/login', body: account })
  expect(response.status, await response.clone().text()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/**
 * Creates, as the admin, a journalist whose e-mail is confirmed and whose accreditation is
 * approved for another 30 days, so a story can log in as them at once; `profile` gives their
 * name, outlet, country and preferred language.
 */
export async function createAccreditedJournalist({
  api,
  adminToken,
  account,
  profile,
}: {
  api: Api
  adminToken: string
  account: Account
  profile: { name: string; outlet: string; country: string; preferredLanguage: string }
}): Promise<void> {
  const created = await api({
    method: 'POST',
    path: '/api/journalists',
    token: adminToken,
    body: {
      ...account,
      ...profile,
      accreditationStatus: 'approved',
      accreditationExpiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      _verified: true,
    },
  })
  expect(created.status, await created.clone().text()).toBe(201)
}

/**
 * Creates a staff account of `role` in the newsroom agency (as the admin), with a long, random
 * password that any password policy in force accepts.
 */
export async function createStaffAccount({
  api,
  adminToken,
  role,
  name,
}: {
  api: Api
  adminToken: string
  role: StaffRole
  name: string
}): Promise<Account> {
  const agencies = (await (
    await api({
      path: `/api/agencies?where[code][equals]=${NEWSROOM_AGENCY_CODE}&depth=0`,
      token: adminToken,
    })
  ).json()) as { docs: Array<{ id: number }> }
  const account = {
    email: `${role}.${Date.now()}.${randomBytes(3).toString('hex')}@e2e.test`,
    password: `Hoa-sen-${randomBytes(9).toString('base64url')}`,
  }
  const created = await api({
    method: 'POST',
    path: '/api/users',
    token: adminToken,
    body: { ...account, name, roles: [role], agency: agencies.docs[0]!.id },
  })
  expect(created.status, await created.clone().text()).toBe(201)
  return account
}

/** Logs in through the admin's own form, with the keyboard, and checks the admin is Vietnamese. */
export async function logInToAdmin({
  page,
  baseUrl,
  account,
}: {
  page: Page
  baseUrl: string
  account: Account
}): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`)
  await typeInto(page.locator('input[name="email"]'), account.email)
  await typeInto(page.locator('input[name="password"]'), account.password)
  await page.keyboard.press('Enter')
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
  expect(await page.locator('html').getAttribute('lang')).toBe('vi')
}

/** Clicks into a field, selects what it holds and types over it, as a person would. */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click()
  await field.press('ControlOrMeta+a')
  await field.page().keyboard.type(text)
}

/** Waits until the page has stopped fetching (Payload's lists and fields load after `load`). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
}

/** Option values that are also everyday Vietnamese words ("Ảnh, video, ấn phẩm"). */
const VIETNAMESE_WORDS = new Set(['video'])

/**
 * Stored values that must never reach a Vietnamese admin page as visible text: option values
 * whose labels the page should show instead.
 */
const RAW_VALUES = [
  ...INFO_TYPES.map(({ value }) => value),
  ...MEDIA_KINDS.map(({ value }) => value),
  ...WORKFLOW_STATES,
  ...WORKFLOW_ACTIONS,
  ...TRANSLATION_STATES,
].filter((value) => !VIETNAMESE_WORDS.has(value))

/**
 * English that Payload or a field without a Vietnamese label has shown in the Vietnamese admin
 * before: a field named by its code, a hard-coded message.
 */
const ENGLISH_LEAKS = [
  /\bSuccessfully\b/,
  /\bFailed to\b/,
  /\bUntitled\b/,
  /\bUpdated At\b/,
  /\bCreated At\b/,
  /\bSource Fingerprint\b/,
  /\b_object Key\b/,
  /(^|\n)Prefix(\n|$)/,
  /(^|\n)(Status|Percent|Error)(\n|$)/,
]

/** The raw option values that appear as whole words in `text`. */
export function rawValuesIn(text: string): string[] {
  // Not inside a longer name: a file name ("image.jpg"), a MIME type ("image/jpeg"), a slug.
  return RAW_VALUES.filter((value) =>
    new RegExp(`(^|[^\\p{L}\\p{N}_./-])${value}(?![\\p{L}\\p{N}_/-]|\\.\\p{L})`, 'u').test(text),
  )
}

/**
 * What a Vietnamese admin page must not show: an error page, a raw option value, a language code
 * alone in a table cell, `[object Object]` in text or in a label, English left untranslated.
 * Returns one line per problem, naming `where`.
 */
export async function visibleTextProblems({
  page,
  where,
}: {
  page: Page
  where: string
}): Promise<string[]> {
  const problems: string[] = []
  const text = await page.locator('body').innerText()
  if (/This page couldn.t load|Application error|Internal Server Error/i.test(text))
    problems.push(`error page at ${where}`)
  for (const word of rawValuesIn(text)) problems.push(`raw value "${word}" at ${where}`)
  if (text.includes('[object Object]')) problems.push(`[object Object] at ${where}`)
  for (const pattern of ENGLISH_LEAKS) {
    const match = pattern.exec(text)
    if (match) problems.push(`English "${match[0].trim()}" at ${where}`)
  }
  const cells = await page.locator('td').allInnerTexts()
  for (const cell of cells.filter((value) => (LOCALES as readonly string[]).includes(value.trim())))
    problems.push(`language code "${cell.trim()}" in a cell at ${where}`)
  const labels = await page
    .locator('[aria-label*="object Object"], [title*="object Object"]')
    .count()
  if (labels > 0) problems.push(`[object Object] in a label at ${where}`)
  return problems
}

/** Where the browser stories keep their screenshots, to be looked at after a run. */
export const SCREENSHOTS = path.resolve(import.meta.dirname, '..', 'screenshots')

/**
 * A browser context as a Vietnamese editor's: `vi-VN`, Vietnam's time zone, a desktop window,
 * and timeouts for a loaded machine. `pageErrors` collects every uncaught error of its pages.
 */
export async function vietnameseAdminContext({
  browser,
  pageErrors,
  acceptDownloads = false,
}: {
  browser: Browser
  pageErrors: string[]
  acceptDownloads?: boolean
}): Promise<BrowserContext> {
  await fs.mkdir(SCREENSHOTS, { recursive: true })
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1440, height: 1000 },
    acceptDownloads,
  })
  context.setDefaultNavigationTimeout(120_000)
  context.setDefaultTimeout(60_000)
  context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error.message)))
  return context
}

/** Keeps a full-page screenshot of a Vietnamese admin page and fails on what it must not show. */
export async function shootAdminPage({ page, name }: { page: Page; name: string }): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
  expect(await visibleTextProblems({ page, where: name })).toEqual([])
}

/** Waits for a toast with `text`: attached, not visible, since a newer one may stack over it. */
export async function expectToast({ page, text }: { page: Page; text: string }): Promise<void> {
  const toasts = page.locator('.payload-toast-container')
  await toasts
    .getByText(text)
    .first()
    .waitFor({ state: 'attached' })
    .catch(async (error: Error) => {
      throw new Error(`No toast "${text}"; toasts: ${await toasts.innerText()}`, { cause: error })
    })
}

/**
 * Follows a link of the admin's nav as a user does: Payload starts with the nav closed, so the
 * hamburger opens it first when it is.
 */
export async function clickNavLink({ page, id }: { page: Page; id: string }): Promise<void> {
  if ((await page.locator('.nav.nav--nav-open').count()) === 0) {
    await page.locator('.nav-toggler').first().click()
    await page.locator('.nav.nav--nav-open').waitFor()
  }
  await page.locator(`#${id}`).click()
}
