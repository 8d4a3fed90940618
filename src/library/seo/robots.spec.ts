import { describe, expect, it } from 'vitest'

import { robotsRules } from './robots'

describe('robotsRules', () => {
  const rules = robotsRules({ baseUrl: 'https://ttdn.example' })

  it('keeps crawlers out of the admin, the API and every language’s account pages', () => {
    expect(rules.rules).toMatchObject({
      userAgent: '*',
      disallow: expect.arrayContaining([
        '/admin',
        '/api/',
        '/vi/account',
        '/km/account',
      ]) as unknown,
    })
  })

  it('lets image search fetch the renditions the pages point to, and names the sitemap', () => {
    expect(rules.rules).toMatchObject({ allow: ['/', '/api/media/*/renditions/'] })
    expect(rules.sitemap).toBe('https://ttdn.example/sitemap.xml')
  })
})
