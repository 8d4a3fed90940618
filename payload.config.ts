import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Agencies } from './collections/Agencies'
import { Media } from './collections/Media'
import { Settings } from './collections/Settings'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { slugs } from './collections/slugs'
import { onInit } from './src/bootstrap/onInit'
import { databaseAdapter } from './src/db'
import { getEnv } from './src/env'
import { healthEndpoint } from './src/health/healthEndpoint'
import { payloadLocalization } from './src/i18n/payloadLocalization'
import { uploadOptions } from './src/media/uploadOptions'
import { storagePlugins } from './src/storage'

const env = getEnv()
const rootDir = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: env.payloadSecret,
  serverURL: env.publicUrl,
  db: databaseAdapter({ database: env.database }),
  editor: lexicalEditor(),
  sharp,
  collections: [Users, Agencies, Topics, Media],
  globals: [Settings],
  localization: payloadLocalization,
  i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
  admin: {
    user: slugs.users,
    meta: { titleSuffix: ' — CSDL thông tin đối ngoại' },
    importMap: {
      baseDir: rootDir,
      importMapFile: path.resolve(rootDir, 'src/app/(payload)/admin/importMap.js'),
    },
  },
  endpoints: [healthEndpoint],
  upload: uploadOptions(),
  plugins: [
    nestedDocsPlugin({
      collections: [slugs.topics],
      generateLabel: (_, doc) => String(doc.name ?? ''),
      generateURL: (docs) => docs.reduce((url, doc) => `${url}/${String(doc.slug)}`, ''),
    }),
    ...storagePlugins({ env }),
  ],
  typescript: { outputFile: path.resolve(rootDir, 'src/payload-types.ts') },
  onInit,
  telemetry: false,
})
