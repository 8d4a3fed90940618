/* global module */
/**
 * A webpack loader: in Payload's admin client code, replaces the public CDN its Monaco loader
 * fetches the code editor from (`@monaco-editor/loader`'s default, inlined into
 * `@payloadcms/ui`) with the app's own copy (src/admin/monacoAssets.ts). Plain CommonJS: webpack
 * loads loaders with `require`.
 *
 * @param {string} source
 * @returns {string}
 */
module.exports = function localMonacoLoader(source) {
  const { publicPath } = this.getOptions()
  return source.replace(
    /https:\/\/cdn\.jsdelivr\.net\/npm\/monaco-editor@[^/"'`]+\/min\/vs/g,
    publicPath,
  )
}
