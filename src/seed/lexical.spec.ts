import { describe, expect, it } from 'vitest'

import { lexicalParagraphs } from './lexical'

describe('lexicalParagraphs', () => {
  it('makes one paragraph node with one text node per paragraph, in order', () => {
    const document = lexicalParagraphs({
      paragraphs: ['Vườn quốc gia Cát Tiên mở cửa đón khách.', 'Mùa khô là mùa ngắm thú.'],
    })
    expect(document.root).toMatchObject({ type: 'root', direction: 'ltr', format: '', indent: 0 })
    expect(document.root.children).toHaveLength(2)
    expect(document.root.children[1]).toEqual({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      textStyle: '',
      children: [
        {
          type: 'text',
          text: 'Mùa khô là mùa ngắm thú.',
          format: 0,
          style: '',
          mode: 'normal',
          detail: 0,
          version: 1,
        },
      ],
    })
  })

  it('keeps every script as it is and drops blank paragraphs', () => {
    const texts = ['同奈省欢迎各位记者。', '  ', 'ខេត្តដុងណៃ', '']
    const document = lexicalParagraphs({ paragraphs: texts })
    const written = document.root.children.map(
      (paragraph) => (paragraph.children as Array<{ text: string }>)[0]?.text,
    )
    expect(written).toEqual(['同奈省欢迎各位记者。', 'ខេត្តដុងណៃ'])
  })

  it('gives an empty root for no paragraphs', () => {
    expect(lexicalParagraphs({ paragraphs: [] }).root.children).toEqual([])
  })
})
