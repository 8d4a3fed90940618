/** The admin panel speaks Vietnamese (default) and English; pick the requester's. */
export function adminText({
  req,
  text,
}: {
  req: { i18n?: { language?: string } }
  text: { vi: string; en: string }
}): string {
  return req.i18n?.language === 'en' ? text.en : text.vi
}
