'use server'

import { redirect } from 'next/navigation'

import { slugs } from '../../collections/slugs'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales'
import { libraryLimitMessage } from '../rateLimits/libraryLimits'
import { getReader } from './reader'

/**
 * Turns one of the signed-in journalist's saved searches' daily digest on or off (access limits
 * it to their own: one that is someone else's changes nothing).
 */
export async function setSavedSearchDigest(form: FormData): Promise<void> {
  const { lang, reader } = await signedInJournalist({ form })
  const value = form.get('id')
  const id = typeof value === 'string' ? value : ''
  if (/^\w{1,64}$/.test(id)) {
    await reader.payload.update({
      collection: slugs.savedSearches,
      where: { id: { equals: id } },
      data: { emailDigest: form.get('emailDigest') === 'on' } as never,
      user: reader.user,
      overrideAccess: false,
    })
  }
  redirect(`/${lang}/account?alerts=saved#alerts-heading`)
}

/** Saves the signed-in journalist's followed topics and whether they get a daily digest of them. */
export async function saveTopicAlerts(form: FormData): Promise<void> {
  const { lang, reader } = await signedInJournalist({ form })
  const topicIds = form
    .getAll('topic')
    .filter((id): id is string => typeof id === 'string' && /^\w{1,64}$/.test(id))
  // Only topics that exist: a made-up id is dropped rather than failing the whole form.
  const { docs } = await reader.payload.find({
    collection: slugs.topics,
    where: { id: { in: topicIds.length > 0 ? topicIds : ['0'] } },
    depth: 0,
    limit: 200,
    pagination: false,
    select: { slug: true },
    user: reader.user,
    overrideAccess: false,
  })
  await reader.payload.update({
    collection: slugs.journalists,
    id: reader.user!.id,
    data: {
      followedTopics: docs.map((topic) => topic.id),
      topicDigest: form.get('topicDigest') === 'on',
    } as never,
    user: reader.user,
    overrideAccess: false,
  })
  redirect(`/${lang}/account?alerts=saved#alerts-heading`)
}

/** The signed-in journalist behind a form, within the library's action limit; else away. */
async function signedInJournalist({
  form,
}: {
  form: FormData
}): Promise<{ lang: Locale; reader: Awaited<ReturnType<typeof getReader>> }> {
  const value = form.get('lang')
  const lang = isLocale(value) ? value : DEFAULT_LOCALE
  const reader = await getReader()
  if (reader.requester.kind !== 'journalist' || !reader.user) redirect(`/${lang}/account/login`)
  const limited = await libraryLimitMessage({
    payload: reader.payload,
    user: reader.user,
    rule: 'libraryActions',
    lang,
  })
  if (limited !== null) redirect(`/${lang}/account?limited=1`)
  return { lang, reader }
}
