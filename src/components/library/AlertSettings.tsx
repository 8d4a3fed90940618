import type { LibraryTranslator } from '../../i18n'
import type { Locale } from '../../i18n/locales'
import { saveTopicAlerts, setSavedSearchDigest } from '../../library/alertActions'

/**
 * A saved search's "e-mail me a daily digest" switch: a checkbox and its own save button, so it
 * works without JavaScript.
 */
export function SavedSearchDigestSwitch({
  search,
  lang,
  t,
}: {
  search: { id: number | string; name: string; emailDigest?: boolean | null }
  lang: Locale
  t: LibraryTranslator
}) {
  return (
    <form action={setSavedSearchDigest} style={{ display: 'flex', gap: '0.5rem' }}>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="id" value={String(search.id)} />
      <label>
        <input
          type="checkbox"
          name="emailDigest"
          defaultChecked={search.emailDigest === true}
          data-testid={`digest-switch-${search.id}`}
        />{' '}
        {t('alerts.digestSwitch')}
        <span className="visually-hidden"> ({search.name})</span>
      </label>
      <button type="submit" className="button--secondary">
        {t('alerts.save')}
      </button>
    </form>
  )
}

/**
 * The journalist's e-mail alerts on topics: which topics they follow (checkboxes, in the
 * reader's language) and whether a daily digest of them is mailed; the same followed topics
 * bring the press-access notices (src/journalists/pressAccessAlerts.ts).
 */
export function TopicAlerts({
  topics,
  followed,
  isDigestOn,
  isSaved,
  lang,
  t,
}: {
  topics: Array<{ id: string; name: string }>
  followed: string[]
  isDigestOn: boolean
  isSaved: boolean
  lang: Locale
  t: LibraryTranslator
}) {
  return (
    <section aria-labelledby="alerts-heading" className="aside-box">
      <h2 id="alerts-heading">{t('alerts.title')}</h2>
      {isSaved ? (
        <p className="notice notice--ok" role="status" data-testid="alerts-saved">
          {t('alerts.saved')}
        </p>
      ) : null}
      <p>{t('alerts.lead')}</p>
      <form action={saveTopicAlerts} className="form">
        <input type="hidden" name="lang" value={lang} />
        <fieldset>
          <legend>{t('alerts.followedTopics')}</legend>
          {topics.map((topic) => (
            <label key={topic.id}>
              <input
                type="checkbox"
                name="topic"
                value={topic.id}
                defaultChecked={followed.includes(topic.id)}
              />{' '}
              {topic.name}
            </label>
          ))}
        </fieldset>
        <label>
          <input
            type="checkbox"
            name="topicDigest"
            defaultChecked={isDigestOn}
            data-testid="topic-digest-switch"
          />{' '}
          {t('alerts.topicDigestSwitch')}
        </label>
        <p>
          <button type="submit">{t('alerts.save')}</button>
        </p>
      </form>
    </section>
  )
}
