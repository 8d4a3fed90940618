import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Config,
  Plugin,
  PayloadRequest,
} from 'payload'

import { slugs } from '../../collections/slugs'
import type { RateLimitRuleName } from '../env'
import { clientAddress } from '../http/clientAddress'
import { accountKey, addressKey } from './keys'
import { consumeLimits, refundLimit, type RateCheck, type RateVerdict } from './limits'
import { checkLoginDelay, clearLoginFailures, countLoginAttempt } from './loginDelay'
import { RATE_LIMITED_ERROR, tooManyRequests } from './tooManyRequests'

/**
 * Puts the abuse limits on the doors Payload itself opens on the staff and journalist
 * collections — login, forgot-password and (journalists) anonymous registration — over REST,
 * GraphQL and the library's forms alike. One plugin instead of hooks written into each
 * collection, so the limits stay in one module.
 */
export function rateLimitPlugin(): Plugin {
  return (config) => ({
    ...config,
    // Payload's `ErrorName` lists only its own errors; the level map is looked up by any name.
    loggingLevels: { ...config.loggingLevels, [RATE_LIMITED_ERROR as LoggedErrorName]: 'info' },
    collections: config.collections?.map((collection) =>
      LIMITED_COLLECTIONS.has(collection.slug) ? withAuthLimits({ collection }) : collection,
    ),
  })
}

/**
 * Before login, forgot-password and anonymous registration: refuses with 429 once a limit is
 * used up, counts the attempt otherwise.
 */
export const limitAuthOperations: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (!isOutsideRequest({ req })) return undefined
  const { payload } = req
  const address = addressKey({ address: clientAddress({ headers: req.headers }) })
  const email = emailOf({ data: (args as { data?: unknown }).data })
  let verdict: RateVerdict = { limited: false }

  if (operation === 'login') {
    // A held account is refused before anything is counted.
    if (email) verdict = await checkLoginDelay({ payload, collection: collection.slug, email })
    if (!verdict.limited) {
      verdict = await consumeLimits({
        payload,
        checks: [{ rule: loginRuleOf({ collection: collection.slug }), key: address }],
      })
    }
    if (!verdict.limited && email) {
      await countLoginAttempt({ payload, collection: collection.slug, email })
    }
  } else {
    const rules = addressAndAccountRules({ operation, collection: collection.slug, req })
    if (rules) {
      const account = email ? { collection: collection.slug, email } : null
      verdict = await consumeLimits({
        payload,
        checks: addressThenAccount({ rules, address, account }),
      })
    }
  }

  if (verdict.limited) throw tooManyRequests({ req, retryAfterSeconds: verdict.retryAfterSeconds })
  return undefined
}

/**
 * After a successful login (the operation reaches its after-hooks only then): the owner's
 * failures are forgotten and the attempt is given back to the address's login budget, so the
 * per-address limit counts failures and an office of colleagues is not slowed by its own logins.
 */
export const clearAfterLogin: CollectionAfterOperationHook = async ({
  args,
  collection,
  operation,
  req,
  result,
}) => {
  if (operation !== 'login' || !isOutsideRequest({ req })) return result
  const { payload } = req
  const email = emailOf({ data: (args as { data?: unknown }).data })
  if (email) await clearLoginFailures({ payload, collection: collection.slug, email })
  await refundLimit({
    payload,
    check: {
      rule: loginRuleOf({ collection: collection.slug }),
      key: addressKey({ address: clientAddress({ headers: req.headers }) }),
    },
  })
  return result
}

type LoggedErrorName = keyof NonNullable<Config['loggingLevels']>

const LIMITED_COLLECTIONS = new Set<string>([slugs.users, slugs.journalists])

function withAuthLimits({ collection }: { collection: CollectionConfig }): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      // First, so that a refused request does nothing else.
      beforeOperation: [limitAuthOperations, ...(collection.hooks?.beforeOperation ?? [])],
      afterOperation: [...(collection.hooks?.afterOperation ?? []), clearAfterLogin],
    },
  }
}

function isOutsideRequest({ req }: { req: PayloadRequest }): boolean {
  return req.payloadAPI !== 'local' || req.context?.applyRateLimits === true
}

function loginRuleOf({ collection }: { collection: string }): RateLimitRuleName {
  return collection === slugs.users ? 'staffLoginPerIp' : 'journalistLoginPerIp'
}

/**
 * The rules of the doors limited per client address and per account — forgot-password, and
 * anonymous registration of a journalist — or null for any other operation.
 */
function addressAndAccountRules({
  operation,
  collection,
  req,
}: {
  operation: string
  collection: string
  req: PayloadRequest
}): [RateLimitRuleName, RateLimitRuleName] | null {
  if (operation === 'forgotPassword') return ['forgotPasswordPerIp', 'forgotPasswordPerAddress']
  if (operation === 'create' && collection === slugs.journalists && !req.user) {
    return ['registrationPerIp', 'registrationPerAddress']
  }
  return null
}

/**
 * The checks of a door limited per client address and per account: the address first, so a
 * request refused there does not spend the account's budget; no account check without one.
 */
function addressThenAccount({
  rules: [addressRule, accountRule],
  address,
  account,
}: {
  rules: [RateLimitRuleName, RateLimitRuleName]
  address: string | null
  account: { collection: string; email: string } | null
}): RateCheck[] {
  const checks: RateCheck[] = [{ rule: addressRule, key: address }]
  if (account) checks.push({ rule: accountRule, key: accountKey(account) })
  return checks
}

function emailOf({ data }: { data: unknown }): string | null {
  const email = (data as { email?: unknown } | undefined)?.email
  if (typeof email !== 'string') return null
  const trimmed = email.trim().toLowerCase()
  return trimmed === '' ? null : trimmed.slice(0, 320)
}
