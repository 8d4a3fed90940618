import type { Config, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { bulkEditPlugin } from './bulkEdit'

describe('bulkEditPlugin', () => {
  it('leaves server-kept, hidden and storage fields out of edit many, at any depth', async () => {
    const fields: Field[] = [
      { name: 'caption', type: 'textarea' },
      { name: 'downloadCount', type: 'number', admin: { readOnly: true } },
      { name: 'prefix', type: 'text' },
      { name: 'secret', type: 'text', hidden: true },
      {
        type: 'tabs',
        tabs: [
          {
            label: 'Tab',
            fields: [
              { name: 'webVideo', type: 'group', admin: { readOnly: true }, fields: [] },
              { name: 'credit', type: 'text' },
            ],
          },
        ],
      },
    ]
    const config = await bulkEditPlugin()({ collections: [{ slug: 'media', fields }] } as Config)
    const [caption, count, prefix, secret, tabs] = config.collections![0]!.fields as Array<
      Field & { admin?: { disableBulkEdit?: boolean } }
    >
    expect(caption!.admin?.disableBulkEdit).toBeUndefined()
    expect(count!.admin?.disableBulkEdit).toBe(true)
    expect(prefix!.admin?.disableBulkEdit).toBe(true)
    expect(secret!.admin?.disableBulkEdit).toBe(true)
    const [webVideo, credit] = (tabs as { tabs: Array<{ fields: Field[] }> }).tabs[0]!
      .fields as Array<Field & { admin?: { disableBulkEdit?: boolean } }>
    expect(webVideo!.admin?.disableBulkEdit).toBe(true)
    expect(credit!.admin?.disableBulkEdit).toBeUndefined()
  })
})
