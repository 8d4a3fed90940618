import type { Config } from 'payload'

/** How Payload's own admin writes a moment: Vietnamese order, 24-hour clock (date-fns tokens). */
export const ADMIN_DATE_FORMAT = 'dd/MM/yyyy HH:mm'

/** The site's short name, after every admin page title and as the title of link previews. */
const SITE_NAME = 'CSDL thông tin đối ngoại'

/**
 * The admin's `<head>`: our name instead of Payload's in the browser tab and in link previews,
 * our emblem as the tab icon (src/app/favicon.ico, drawn from src/admin/emblem.ts), and no
 * preview image (Payload's default draws one with its own branding).
 */
export const ADMIN_META: NonNullable<NonNullable<Config['admin']>['meta']> = {
  title: 'Quản trị',
  titleSuffix: `— ${SITE_NAME}`,
  description: SITE_NAME,
  icons: [{ rel: 'icon', type: 'image/x-icon', url: '/favicon.ico' }],
  defaultOGImageType: 'off',
  openGraph: { siteName: SITE_NAME, title: SITE_NAME, description: SITE_NAME },
}
