/**
 * The plain text of a Payload Lexical rich-text value: text nodes joined, every block
 * (paragraph, heading, list item, quote, table cell, block) ending a line, so that line-based
 * stamp rules see a stamp typed as its own paragraph as its own line. Strings that are not
 * Lexical JSON are returned as they are; anything else gives an empty string.
 */
export function richTextToPlainText({ value }: { value: unknown }): string {
  const state = typeof value === 'string' ? parseJson({ text: value }) : value
  if (!isRecord(state) || !isRecord(state.root)) return typeof value === 'string' ? value : ''
  const parts: string[] = []
  appendLexicalNode({ node: state.root, parts })
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Lexical element types that flow inside a line rather than ending it. */
const INLINE_NODE_TYPES = new Set([
  'text',
  'tab',
  'link',
  'autolink',
  'mark',
  'hashtag',
  'code-highlight',
  'inlineBlock',
])

/** Payload's Lexical nodes that carry a block's form data in `fields` (links carry a URL). */
const BLOCK_NODE_TYPES = new Set(['block', 'inlineBlock'])

/** Keys of a block's `fields` that hold identifiers, not text a reader sees. */
const BLOCK_KEYS_WITHOUT_TEXT = new Set(['id', 'blockType', 'blockName'])

function appendLexicalNode({ node, parts }: { node: unknown; parts: string[] }): void {
  if (!isRecord(node)) return
  if (node.type === 'linebreak') {
    parts.push('\n')
    return
  }
  if (typeof node.text === 'string') parts.push(node.text)
  if (BLOCK_NODE_TYPES.has(String(node.type)) && isRecord(node.fields)) {
    appendBlockFields({ value: node.fields, parts })
  }
  if (Array.isArray(node.children)) {
    for (const child of node.children) appendLexicalNode({ node: child, parts })
  }
  if (!INLINE_NODE_TYPES.has(String(node.type))) parts.push('\n')
}

/** Text inside a Lexical block (Payload's `block` / `inlineBlock` nodes): each string a line. */
function appendBlockFields({ value, parts }: { value: unknown; parts: string[] }): void {
  if (typeof value === 'string') {
    parts.push(value, '\n')
  } else if (Array.isArray(value)) {
    for (const item of value) appendBlockFields({ value: item, parts })
  } else if (isRecord(value)) {
    if (isRecord(value.root)) {
      parts.push(richTextToPlainText({ value }), '\n')
      return
    }
    for (const [key, item] of Object.entries(value)) {
      if (!BLOCK_KEYS_WITHOUT_TEXT.has(key)) appendBlockFields({ value: item, parts })
    }
  }
}

function parseJson({ text }: { text: string }): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
