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
})
