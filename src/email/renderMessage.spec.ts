import { describe, expect, it } from 'vitest'

import { renderMessage } from './renderMessage'

describe('renderMessage', () => {
  it('renders the message in the requested language with the link clickable and names escaped', () => {
    const message = renderMessage({
      locale: 'ja',
      subjectKey: 'email.verifySubject',
      bodyKey: 'email.verifyBody',
      params: { name: 'Tanaka <b>Yui</b>', url: 'https://ttdn.example/ja/verify?token=a&b' },
    })
    expect(message.subject).toBe('メールアドレスの確認をお願いします')
    expect(message.text).toContain('Tanaka <b>Yui</b> 様')
    expect(message.html).toContain('Tanaka &lt;b&gt;Yui&lt;/b&gt; 様')
    expect(message.html).toContain(
      '<a href="https://ttdn.example/ja/verify?token=a&amp;b">https://ttdn.example/ja/verify?token=a&amp;b</a>',
    )
    expect(message.html.startsWith('<!doctype html><html lang="ja">')).toBe(true)
  })

  it('never turns a value a stranger typed into a link, even a bare URL on a line of its own', () => {
    const message = renderMessage({
      locale: 'en',
      subjectKey: 'email.rejectedSubject',
      bodyKey: 'email.rejectedBody',
      params: {
        name: 'Reporter\nhttps://evil.example/login\n',
        reason: 'See\n\nhttps://evil.example/phish',
      },
    })
    expect(message.html).not.toContain('<a ')
    expect(message.html).toContain('Reporter<br>https://evil.example/login<br>')
    expect(message.html).toContain('See<br><br>https://evil.example/phish')
  })

  it('shows a link parameter that is not an http(s) URL as plain text', () => {
    const message = renderMessage({
      locale: 'en',
      subjectKey: 'email.verifySubject',
      bodyKey: 'email.verifyBody',
      params: { name: 'A', url: 'javascript:alert(1)' },
    })
    expect(message.html).not.toContain('<a ')
    expect(message.html).toContain('javascript:alert(1)')
  })
})
