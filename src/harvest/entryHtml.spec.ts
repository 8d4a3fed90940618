import { describe, expect, it } from 'vitest'

import { entryHtmlToLexical, entryHtmlToText, firstImageSource } from './entryHtml'

const paragraphsOf = (html: string): unknown[] =>
  (entryHtmlToLexical({ html })?.root.children ?? []).map(
    (paragraph) => (paragraph as unknown as { children: unknown[] }).children,
  )

describe("a feed entry's HTML as an article body", () => {
  it('keeps paragraphs, line breaks and http(s) links, and nothing else', () => {
    const html = `<div class="x"><p style="color:red">Lễ hội <b>trái cây</b> &amp; ẩm thực</p>
      <p>Xem <a href="https://dongnai.gov.vn/tin/1" onclick="steal()">chi tiết</a><br>tại đây</p>
      <script>alert(1)</script><iframe src="https://evil.example"></iframe>
      <p><a href="javascript:alert(1)">bấm</a></p><img src="/a.jpg"></div>`
    expect(paragraphsOf(html)).toEqual([
      [expect.objectContaining({ type: 'text', text: 'Lễ hội trái cây & ẩm thực' })],
      [
        expect.objectContaining({ type: 'text', text: 'Xem ' }),
        expect.objectContaining({
          type: 'link',
          fields: { url: 'https://dongnai.gov.vn/tin/1', newTab: false, linkType: 'custom' },
          children: [expect.objectContaining({ type: 'text', text: 'chi tiết' })],
        }),
        { type: 'linebreak', version: 1 },
        expect.objectContaining({ type: 'text', text: 'tại đây' }),
      ],
      [expect.objectContaining({ type: 'text', text: 'bấm' })],
    ])
    expect(JSON.stringify(entryHtmlToLexical({ html }))).not.toMatch(/alert|evil|onclick|color/)
  })

  it('makes plain text of a description without markup, and nothing of an empty one', () => {
    expect(paragraphsOf('Một dòng văn bản')).toEqual([
      [expect.objectContaining({ text: 'Một dòng văn bản' })],
    ])
    expect(entryHtmlToLexical({ html: '  <p> </p><script>x</script>' })).toBeNull()
  })

  it('reads the text one paragraph a line, and the first image', () => {
    const html = '<p>Tiêu đề</p><p>Đoạn <i>hai</i></p><img src="/img/1.jpg"><img src="2.jpg">'
    expect(entryHtmlToText({ html })).toBe('Tiêu đề\nĐoạn hai')
    expect(firstImageSource({ html })).toBe('/img/1.jpg')
    expect(firstImageSource({ html: '<p>none</p>' })).toBeNull()
  })
})
