import {
  convertLexicalToMarkdown,
  convertMarkdownToLexical,
  editorConfigFactory,
  type SanitizedServerEditorConfig,
} from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { lexicalParagraphs } from '../../src/seed/lexical'
import { articleBodyFormat, type BodyFormat } from '../../src/text/markdownBody'
import { startPayload, type TestApp } from '../helpers/startPayload'

type Node = Record<string, unknown> & { type: string; children?: Node[] }

/**
 * An article body as a sheet cell (issue 19: export and import carry bodies as Markdown), with
 * the article body's own editor configuration from a booted Payload.
 */
describe('article bodies as Markdown cells', () => {
  let app: TestApp
  let format: BodyFormat
  let editorConfig: SanitizedServerEditorConfig

  beforeAll(async () => {
    app = await startPayload()
    format = articleBodyFormat({ payload: app.payload })
    const field = app.payload.collections[slugs.articles].config.flattenedFields.find(
      (candidate) => candidate.name === 'body',
    )
    editorConfig = editorConfigFactory.fromField({ field: field as RichTextField })
  })

  afterAll(async () => {
    await app?.stop()
  })

  const FORMATTED = [
    '## Lễ hội Đồng Nai',
    '',
    'Có **chữ đậm**, *chữ nghiêng* và [cổng thông tin](https://dongnai.gov.vn/tin-tuc).',
    '',
    '- Biên Hòa',
    '- Long Khánh',
    '',
    '1. Khai mạc',
    '2. Diễu hành',
    '',
    '> Lời Chủ tịch tỉnh',
  ].join('\n')

  it('keeps headings, emphasis, links, lists and quotes, and reads back the same Markdown', () => {
    const body = format.toLexical(FORMATTED)
    const nodes = flatten({ node: body.root as unknown as Node })
    expect(nodes.find((node) => node.type === 'heading')).toMatchObject({ tag: 'h2' })
    expect(nodes.filter((node) => node.type === 'list').map((node) => node.listType)).toEqual([
      'bullet',
      'number',
    ])
    expect(nodes.filter((node) => node.type === 'listitem')).toHaveLength(4)
    expect(nodes.some((node) => node.type === 'quote')).toBe(true)
    expect(nodes.find((node) => node.type === 'link')).toMatchObject({
      fields: { url: 'https://dongnai.gov.vn/tin-tuc' },
    })
    expect(nodes.find((node) => node.text === 'chữ đậm')).toMatchObject({ format: 1 })
    expect(nodes.find((node) => node.text === 'chữ nghiêng')).toMatchObject({ format: 2 })
    expect(format.toMarkdown(body)).toBe(FORMATTED)
  })

  it('starts a paragraph at each line of a cell, and keeps the lines of a list together', () => {
    const body = format.toLexical('Đoạn một\nĐoạn hai\n- mục một\n- mục hai\nĐoạn ba')
    const top = (body.root.children as unknown as Node[]).map((node) => node.type)
    expect(top).toEqual(['paragraph', 'paragraph', 'list', 'paragraph'])
    expect(format.toMarkdown(body)).toBe('Đoạn một\n\nĐoạn hai\n\n- mục một\n- mục hai\n\nĐoạn ba')
  })

  it('turns a link that is not http(s) or mailto into its text', () => {
    const body = format.toLexical(
      'Bấm [vào đây](javascript:void) hoặc [viết thư](mailto:sngv@dongnai.gov.vn).',
    )
    const links = flatten({ node: body.root as unknown as Node }).filter(
      (node) => node.type === 'link',
    )
    expect(links.map((node) => (node.fields as { url: string }).url)).toEqual([
      'mailto:sngv@dongnai.gov.vn',
    ])
    expect(JSON.stringify(body)).not.toContain('javascript:')
    expect(format.toMarkdown(body)).toContain('Bấm vào đây hoặc')
  })

  // Text without Markdown skips Payload's converter (a tenth of a row's import time); the
  // result must be what the converter would have made, both ways.
  it.each([
    ['Vietnamese paragraphs', 'Tỉnh Đồng Nai đón 2,5 triệu lượt khách.\n\nNăm 2025 tăng 12%.'],
    ['Chinese and Japanese', '同奈省欢迎投资者。\n\nドンナイ省は投資家を歓迎します。'],
    ['Khmer', 'ខេត្តដុងណៃស្វាគមន៍អ្នកវិនិយោគ។'],
    ['punctuation that is not Markdown', 'Giờ mở cửa: 7:30–17:00 (thứ Hai; thứ Sáu), “miễn phí”?'],
  ])('reads and writes %s as Payload’s converter does', (_, text) => {
    const ours = format.toLexical(text)
    const theirs = convertMarkdownToLexical({ editorConfig, markdown: text })
    expect(convertLexicalToMarkdown({ editorConfig, data: ours as never })).toBe(
      convertLexicalToMarkdown({ editorConfig, data: theirs }),
    )
    const paragraphs = lexicalParagraphs({ paragraphs: text.split('\n\n') })
    expect(format.toMarkdown(paragraphs)).toBe(
      convertLexicalToMarkdown({ editorConfig, data: paragraphs as never }).trim(),
    )
  })
})

function flatten({ node }: { node: Node }): Node[] {
  return [node, ...(node.children ?? []).flatMap((child) => flatten({ node: child }))]
}
