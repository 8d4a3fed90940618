/**
 * Lexical's Node entry points (`*.node.mjs`) choose their build with a top-level
 * `await import()`. When the Payload config pulls several of them in at once, Node 20's ESM
 * loader can deadlock on them, and a script exits with code 13 ("unsettled top-level await")
 * before it does anything — about one run in four. Loading them one at a time, dependencies
 * first, before anything imports the config settles each of them in turn. Next.js and Vitest
 * bundle or transform these modules and are not affected; scripts run by tsx are.
 */
export async function loadLexicalInOrder(): Promise<void> {
  for (const name of LEXICAL_PACKAGES) await import(name)
}

const LEXICAL_PACKAGES = [
  'lexical',
  '@lexical/utils',
  '@lexical/selection',
  '@lexical/html',
  '@lexical/clipboard',
  '@lexical/list',
  '@lexical/table',
  '@lexical/rich-text',
  '@lexical/link',
  '@lexical/mark',
  '@lexical/headless',
]
