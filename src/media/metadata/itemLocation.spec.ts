import { describe, expect, it } from 'vitest'

import { itemLocation } from './itemLocation'

describe('itemLocation', () => {
  it('reads the sublocation and city from the place shown, and names the province and country', () => {
    expect(
      itemLocation({
        placeShown: 'Cầu Hóa An, Biên Hòa, Đồng Nai',
        provinceName: 'Đồng Nai',
        locale: 'vi',
      }),
    ).toEqual({
      sublocation: 'Cầu Hóa An',
      city: 'Biên Hòa',
      provinceState: 'Đồng Nai',
      countryName: 'Việt Nam',
      countryCode: 'VNM',
    })
  })

  it('takes a single place as the city, and names the country in the reader’s language', () => {
    expect(
      itemLocation({ placeShown: '隆城', provinceName: 'ドンナイ', locale: 'ja' }),
    ).toMatchObject({ city: '隆城', provinceState: 'ドンナイ', countryName: 'ベトナム' })
  })

  it('drops a trailing province written with its title', () => {
    expect(
      itemLocation({
        placeShown: 'Xã Tà Lài, tỉnh Đồng Nai',
        provinceName: 'Đồng Nai',
        locale: 'vi',
      }),
    ).toMatchObject({ city: 'Xã Tà Lài' })
    expect(
      itemLocation({
        placeShown: 'Ta Lai Commune, Dong Nai',
        provinceName: 'Dong Nai',
        locale: 'en',
      }),
    ).not.toHaveProperty('sublocation')
  })

  it('still gives province and country without a place', () => {
    expect(itemLocation({ placeShown: null, provinceName: 'Dong Nai', locale: 'en' })).toEqual({
      provinceState: 'Dong Nai',
      countryName: 'Vietnam',
      countryCode: 'VNM',
    })
  })
})
