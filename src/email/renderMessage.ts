import escapeHtml from 'escape-html'

import { translate, type Locale, type MessageKey } from '../i18n'

/** The parameters that carry the app's own URLs: the only values an e-mail shows as links. */
const DEFAULT_LINK_PARAMS = ['url'] as const

/**
 * Renders a catalogue message as an e-mail in `locale`: the subject, a plain-text body, and an
 * HTML body whose paragraphs follow the text's blank lines. Only the parameters named in
 * `linkParams` (the app's own URLs) become links; every other value is escaped text, whatever it
 * contains, so a name or outlet a stranger typed can never turn into a link in an official mail.
 */
export function renderMessage({
  locale,
  subjectKey,
  bodyKey,
  params,
  linkParams = DEFAULT_LINK_PARAMS,
}: {
  locale: Locale
  subjectKey: MessageKey
  bodyKey: MessageKey
  params: Record<string, string>
  linkParams?: readonly string[]
}): { subject: string; text: string; html: string } {
  const text = translate({ locale, key: bodyKey, params })
  // The template is laid out with placeholders that cannot occur in a catalogue, and the values
  // are put in only after the layout, so a value's line breaks or URLs never shape the HTML.
  const names = Object.keys(params)
  const placeholders = Object.fromEntries(
    names.map((name, index) => [name, `${PLACEHOLDER_START}${index}${PLACEHOLDER_END}`]),
  )
  const layout = translate({ locale, key: bodyKey, params: placeholders })
  const fill = (escapedLine: string): string =>
    escapedLine.replace(PLACEHOLDER, (_, index: string) => {
      const name = names[Number(index)] ?? ''
      const value = params[name] ?? ''
      if (linkParams.includes(name) && /^https?:\/\/\S+$/.test(value)) {
        return `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>`
      }
      return escapeHtml(value).replace(/\r\n|\r|\n/g, '<br>')
    })
  const paragraphs = layout
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.split('\n').map(escapeHtml).map(fill).join('<br>'))
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">${paragraphs
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('')}</body></html>`
  // A subject is plain text, so its values go in as they are.
  return { subject: translate({ locale, key: subjectKey, params }), text, html }
}

// Private-use characters: escapeHtml leaves them alone and no catalogue text contains them.
const PLACEHOLDER_START = '\uE000'
const PLACEHOLDER_END = '\uE001'
const PLACEHOLDER = /\uE000(\d+)\uE001/g
