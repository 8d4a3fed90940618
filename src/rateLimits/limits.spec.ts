import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { parseEnv, type RateLimitSettings } from '../env'
import { consumeLimits, refundLimit } from './limits'
import {
  checkLoginDelay,
  clearLoginFailures,
  countLoginAttempt,
  loginDelaySeconds,
} from './loginDelay'

/** A Payload on SQLite as far as the limiters are concerned: they keep counts in memory. */
function fakePayload(): Payload {
  const logger = { error: () => undefined, warn: () => undefined }
  return { db: { name: 'sqlite' }, logger } as unknown as Payload
}

function settingsWith(env: Record<string, string>): RateLimitSettings {
  return parseEnv({ RATE_LIMITS: 'true', ...env }).rateLimits
}

describe('consumeLimits', () => {
  it('lets the configured number of requests through per key, then refuses with the wait', async () => {
    const payload = fakePayload()
    const settings = settingsWith({ RATE_LIMIT_SEARCH: '2/60' })
    const check = { rule: 'search' as const, key: 'address:203.0.113.1' }
    expect(await consumeLimits({ payload, settings, checks: [check] })).toEqual({ limited: false })
    expect(await consumeLimits({ payload, settings, checks: [check] })).toEqual({ limited: false })
    const refused = await consumeLimits({ payload, settings, checks: [check] })
    expect(refused.limited).toBe(true)
    expect(refused.limited && refused.retryAfterSeconds).toBeGreaterThan(55)
    expect(refused.limited && refused.retryAfterSeconds).toBeLessThanOrEqual(60)
    // Another key has its own budget.
    const other = { rule: 'search' as const, key: 'address:203.0.113.2' }
    expect(await consumeLimits({ payload, settings, checks: [other] })).toEqual({ limited: false })
  })

  it('stops at the first refusal, so a refused address does not spend the account’s budget', async () => {
    const payload = fakePayload()
    const settings = settingsWith({
      RATE_LIMIT_REGISTRATION_PER_IP: '1/60',
      RATE_LIMIT_REGISTRATION_PER_ADDRESS: '1/60',
    })
    const perIp = { rule: 'registrationPerIp' as const, key: 'address:192.0.2.1' }
    await consumeLimits({ payload, settings, checks: [perIp] })
    const blocked = await consumeLimits({
      payload,
      settings,
      checks: [perIp, { rule: 'registrationPerAddress', key: 'victim' }],
    })
    expect(blocked.limited).toBe(true)
    const fromElsewhere = await consumeLimits({
      payload,
      settings,
      checks: [
        { rule: 'registrationPerIp', key: 'address:192.0.2.2' },
        { rule: 'registrationPerAddress', key: 'victim' },
      ],
    })
    expect(fromElsewhere).toEqual({ limited: false })
  })

  it('does not pool requests of unknown address under one key', async () => {
    const payload = fakePayload()
    const settings = settingsWith({ RATE_LIMIT_SEARCH: '1/60' })
    for (let request = 0; request < 3; request += 1) {
      const verdict = await consumeLimits({
        payload,
        settings,
        checks: [{ rule: 'search', key: null }],
      })
      expect(verdict).toEqual({ limited: false })
    }
  })

  it('counts nothing when limits are switched off', async () => {
    const payload = fakePayload()
    const settings = parseEnv({ RATE_LIMITS: 'false', RATE_LIMIT_SEARCH: '1/60' }).rateLimits
    for (let request = 0; request < 5; request += 1) {
      const verdict = await consumeLimits({
        payload,
        settings,
        checks: [{ rule: 'search', key: 'address:192.0.2.3' }],
      })
      expect(verdict).toEqual({ limited: false })
    }
  })

  it('gives a point back for a request that turned out fine', async () => {
    const payload = fakePayload()
    const settings = settingsWith({ RATE_LIMIT_STAFF_LOGIN_PER_IP: '1/60' })
    const check = { rule: 'staffLoginPerIp' as const, key: 'address:192.0.2.9' }
    await consumeLimits({ payload, settings, checks: [check] })
    await refundLimit({ payload, settings, check })
    expect(await consumeLimits({ payload, settings, checks: [check] })).toEqual({ limited: false })
  })
})

describe('progressive login delay', () => {
  const loginDelay = { freeFailures: 5, firstDelaySeconds: 5, maxDelaySeconds: 300 }

  it.each([
    [0, 0],
    [4, 0],
    [5, 5],
    [6, 10],
    [7, 20],
    [10, 160],
    [11, 300],
    [5000, 300],
  ])('waits after %i failures in a row %i seconds', (failures, seconds) => {
    expect(loginDelaySeconds({ failures, loginDelay })).toBe(seconds)
  })

  it('waits from the first failure when no failure is free', () => {
    const strict = { freeFailures: 0, firstDelaySeconds: 2, maxDelaySeconds: 60 }
    expect(loginDelaySeconds({ failures: 1, loginDelay: strict })).toBe(2)
    expect(loginDelaySeconds({ failures: 2, loginDelay: strict })).toBe(4)
  })

  it('holds an account after its free failures and releases it when its owner logs in', async () => {
    const payload = fakePayload()
    const settings = settingsWith({
      RATE_LIMIT_LOGIN_FREE_FAILURES: '2',
      RATE_LIMIT_LOGIN_DELAY_SECONDS: '30',
    })
    const account = { payload, settings, collection: 'users', email: 'owner@ttdn.test' }
    await countLoginAttempt(account)
    expect(await checkLoginDelay(account)).toEqual({ limited: false })
    await countLoginAttempt(account)
    const held = await checkLoginDelay(account)
    expect(held).toEqual({ limited: true, retryAfterSeconds: 30 })
    // Another account is not affected.
    expect(await checkLoginDelay({ ...account, email: 'someone@ttdn.test' })).toEqual({
      limited: false,
    })
    await clearLoginFailures(account)
    expect(await checkLoginDelay(account)).toEqual({ limited: false })
    await countLoginAttempt(account)
    expect(await checkLoginDelay(account)).toEqual({ limited: false })
  })
})
