import type { ServerProps } from 'payload'
import React from 'react'

import { EMBLEM_DATA_URI } from '../../admin/emblem'
import { globalSlugs } from '../../../collections/slugs'

/**
 * The login page's logo: the province's emblem and the database's name, from the `settings`
 * global in the admin's language (read with the visitor's access; the settings are public).
 */
export async function ProvinceLogo({
  payload,
  i18n,
  user,
}: ServerProps): Promise<React.ReactElement> {
  const { provinceName, databaseName } = await readBrand({ payload, i18n, user })
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 'var(--base)' }}>
      <img src={EMBLEM_DATA_URI} alt="" width={72} height={72} />
      <div>
        <div style={{ fontSize: '1.6rem', fontWeight: 600, lineHeight: 1.2 }}>{databaseName}</div>
        <div style={{ opacity: 0.75 }}>{provinceName}</div>
      </div>
    </div>
  )
}

/** The header's mark: the emblem, named for screen readers by the province's database. */
export async function ProvinceIcon({
  payload,
  i18n,
  user,
}: ServerProps): Promise<React.ReactElement> {
  const { databaseName } = await readBrand({ payload, i18n, user })
  return (
    <img src={EMBLEM_DATA_URI} alt={databaseName} title={databaseName} width={24} height={24} />
  )
}

async function readBrand({
  payload,
  i18n,
  user,
}: Pick<ServerProps, 'payload' | 'i18n' | 'user'>): Promise<{
  provinceName: string
  databaseName: string
}> {
  const settings = await payload.findGlobal({
    slug: globalSlugs.settings,
    locale: i18n?.language === 'en' ? 'en' : 'vi',
    depth: 0,
    overrideAccess: false,
    user: user ?? null,
  })
  return {
    provinceName: settings.provinceName ?? '',
    databaseName: settings.databaseName ?? '',
  }
}
