import escapeHtml from 'escape-html'

import { translate, type Locale, type MessageKey } from '../i18n'

/**
 * Renders a catalogue message as an e-mail in `locale`: the subject, a plain-text body, and an
 * HTML body whose paragraphs follow the text's blank lines and whose URLs are links.
 */
export function renderMessage({
  locale,
  subjectKey,
  bodyKey,
  params,
}: {
  locale: Locale
  subjectKey: MessageKey
  bodyKey: MessageKey
  params: Record<string, string>
}): { subject: string; text: string; html: string } {
  const text = translate({ locale, key: bodyKey, params })
  const paragraphs = text.split(/\n{2,}/).map((paragraph) =>
    paragraph
      .split('\n')
      .map((line) =>
        /^https?:\/\/\S+$/.test(line.trim())
          ? `<a href="${escapeHtml(line.trim())}">${escapeHtml(line.trim())}</a>`
          : escapeHtml(line),
      )
      .join('<br>'),
  )
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">${paragraphs
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('')}</body></html>`
  return { subject: translate({ locale, key: subjectKey }), text, html }
}
