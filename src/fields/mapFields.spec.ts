import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { mapFieldsDeep } from './mapFields'

describe('mapFieldsDeep', () => {
  it('maps every field at every depth, children first, without touching the input', () => {
    const fields: Field[] = [
      { name: 'title', type: 'text' },
      { name: 'place', type: 'group', fields: [{ name: 'name', type: 'text' }] },
      {
        type: 'tabs',
        tabs: [{ label: 'Tab', fields: [{ name: 'inTab', type: 'text' }] }],
      },
      {
        name: 'blocks',
        type: 'blocks',
        blocks: [{ slug: 'quote', fields: [{ name: 'inBlock', type: 'text' }] }],
      },
    ]
    const seen: string[] = []
    const mapped = mapFieldsDeep({
      fields,
      map: (field) => {
        seen.push('name' in field ? field.name : field.type)
        return { ...field, admin: { description: 'mapped' } } as Field
      },
      mapTab: (tab) => ({ ...tab, description: 'tab' }),
    })
    expect(seen).toEqual(['title', 'name', 'place', 'inTab', 'tabs', 'inBlock', 'blocks'])
    const tabs = mapped[2] as { tabs: Array<{ description?: string; fields: Field[] }> }
    expect(tabs.tabs[0]!.description).toBe('tab')
    expect((tabs.tabs[0]!.fields[0]!.admin as { description?: string }).description).toBe('mapped')
    expect((fields[0] as { admin?: unknown }).admin).toBeUndefined()
  })
})
