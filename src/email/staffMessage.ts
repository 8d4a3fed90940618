import type { MessageKey } from '../i18n'
import { renderMessage } from './renderMessage'

/**
 * A catalogue message for staff, in Vietnamese and then English: staff accounts have no
 * language of their own and the admin speaks these two, so every staff member reads their
 * language in the same message. The subject carries both, the HTML body both parts (the English
 * one marked `lang="en"`), the text body both separated by a rule.
 */
export function staffMessage({
  subjectKey,
  bodyKey,
  params,
}: {
  subjectKey: MessageKey
  bodyKey: MessageKey
  params: Record<string, string>
}): { subject: string; text: string; html: string } {
  const [vi, en] = (['vi', 'en'] as const).map((locale) =>
    renderMessage({ locale, subjectKey, bodyKey, params }),
  )
  const body = (html: string): string => /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? ''
  return {
    subject: `${vi!.subject} / ${en!.subject}`,
    text: `${vi!.text}\n\n---\n\n${en!.text}`,
    html: `<!doctype html><html lang="vi"><body style="font-family:sans-serif;line-height:1.5">${body(vi!.html)}<hr><div lang="en">${body(en!.html)}</div></body></html>`,
  }
}
