import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** Same as `MONACO_PUBLIC_PATH` in src/admin/monacoAssets.ts (this file is plain JavaScript). */
const MONACO_PUBLIC_PATH = '/monaco-editor/vs'

/**
 * Adds the rule that makes the admin load its code editor from the app instead of a CDN
 * (src/admin/localMonacoLoader.cjs) to Next.js's webpack configuration. Plain JavaScript
 * because next.config.mjs imports it.
 *
 * @param {{ config: import('webpack').Configuration }} options
 * @returns {import('webpack').Configuration}
 */
export function serveMonacoLocally({ config }) {
  config.module ??= {}
  config.module.rules ??= []
  config.module.rules.push({
    test: /[\\/]node_modules[\\/](@payloadcms[\\/]ui|@monaco-editor[\\/]loader)[\\/].*\.m?js$/,
    use: [
      {
        loader: require.resolve('./localMonacoLoader.cjs'),
        options: { publicPath: MONACO_PUBLIC_PATH },
      },
    ],
  })
  return config
}
