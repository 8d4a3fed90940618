import { describe, expect, it } from 'vitest'

import { pressContactOf } from './pressContact'

const agency = {
  code: 'so-vhttdl',
  name: 'Department of Culture, Sports and Tourism',
  email: 'svhttdl@dongnai.example',
  website: 'https://svhttdl.dongnai.example',
}

describe('pressContactOf', () => {
  it('shows the press office as the settings name it', () => {
    expect(
      pressContactOf({
        settings: {
          pressOffice: { name: 'Press office', email: 'press@dongnai.example', phone: '+84 251 1' },
          contactEmail: 'contact@dongnai.example',
          managingAgency: agency,
        },
      }),
    ).toEqual({
      name: 'Press office',
      email: 'press@dongnai.example',
      phone: '+84 251 1',
      website: agency.website,
      agencyCode: agency.code,
    })
  })

  it('falls back to the contact e-mail, then to the managing agency, part by part', () => {
    expect(
      pressContactOf({
        settings: {
          pressOffice: { name: '  ' },
          contactEmail: 'contact@dongnai.example',
          managingAgency: agency,
        },
      }),
    ).toMatchObject({ name: agency.name, email: 'contact@dongnai.example', phone: null })
    expect(pressContactOf({ settings: { managingAgency: agency } })).toMatchObject({
      name: agency.name,
      email: agency.email,
    })
  })

  it('names the province when the settings hold nothing else', () => {
    expect(pressContactOf({ settings: { provinceName: 'Đồng Nai' } })).toEqual({
      name: 'Đồng Nai',
      email: null,
      phone: null,
      website: null,
      agencyCode: null,
    })
  })
})
