import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { ja } from '@payloadcms/translations/languages/ja'
import { ko } from '@payloadcms/translations/languages/ko'
import { ru } from '@payloadcms/translations/languages/ru'
import { vi } from '@payloadcms/translations/languages/vi'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Agencies } from './collections/Agencies'
import { Albums } from './collections/Albums'
import { Articles } from './collections/Articles'
import { ApiClients } from './collections/ApiClients'
import { AuditLog } from './collections/AuditLog'
import { BasketItems } from './collections/BasketItems'
import { Deliveries } from './collections/Deliveries'
import { DistributionApprovals } from './collections/DistributionApprovals'
import { Events } from './collections/Events'
import { Journalists } from './collections/Journalists'
import { Media } from './collections/Media'
import { MediaDownloads } from './collections/MediaDownloads'
import { HarvestDismissals } from './collections/HarvestDismissals'
import { HarvestFeeds } from './collections/HarvestFeeds'
import { ImportBatches } from './collections/ImportBatches'
import { PressCards } from './collections/PressCards'
import { PageViews } from './collections/PageViews'
import { Places } from './collections/Places'
import { ReportReminders } from './collections/ReportReminders'
import { Reports } from './collections/Reports'
import { SavedSearches } from './collections/SavedSearches'
import { Settings } from './collections/Settings'
import { SyncEvents } from './collections/SyncEvents'
import { SyndicationTargets } from './collections/SyndicationTargets'
import { Topics } from './collections/Topics'
import { generateTopicLabel, generateTopicURL } from './src/fields/topicBreadcrumbs'
import { Users } from './collections/Users'
import { slugs } from './collections/slugs'
import { adminLabelsPlugin } from './src/i18n/adminLabel'
import { auditFailedLogin } from './src/audit/hooks'
import { onInit } from './src/bootstrap/onInit'
import { databaseAdapter } from './src/db'
import { emailAdapter } from './src/email'
import { ADMIN_TRANSLATIONS } from './src/admin/adminTranslations'
import { bulkEditPlugin } from './src/admin/bulkEdit'
import { ADMIN_DATE_FORMAT, ADMIN_META } from './src/admin/meta'
import { getEnv } from './src/env'
import { REQUESTER_ERROR_LOGGING, translatedErrorResponse } from './src/errors/errorResponse'
import { healthEndpoint } from './src/health/healthEndpoint'
import { malformedInputPlugin } from './src/http/malformedInput'
import { publicReadLimitsPlugin } from './src/http/publicReadLimits'
import { payloadLocalization } from './src/i18n/payloadLocalization'
import { rateLimitPlugin } from './src/rateLimits/authHooks'
import { basketDownloadEndpoint } from './src/library/basket/basketDownload'
import { savedSearchFeedEndpoint } from './src/library/savedSearchFeedEndpoint'
import { unsubscribeEndpoint } from './src/alerts/unsubscribeEndpoint'
import { jobsConfig } from './src/jobs'
import { mediaDownloadEndpoint } from './src/media/download/downloadEndpoints'
import { uploadOptions } from './src/media/upload/uploadOptions'
import { searchEndpoint } from './src/search/http/searchEndpoint'
import { searchTokenEndpoint } from './src/search/http/searchTokenEndpoint'
import { searchPlugin } from './src/search/plugin'
import { storagePlugins } from './src/storage'
import { feedEndpoint } from './src/syndication/feedEndpoint'
import { pressNinjsEndpoint } from './src/syndication/pressNinjsEndpoint'
import { ninjsSyncEndpoint } from './src/syndication/syncEndpoint'
import { listsExportEndpoint, listsImportEndpoint } from './src/lists/listsEndpoints'
import { exportEndpoint } from './src/export/exportEndpoint'

const env = getEnv()
const rootDir = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: env.payloadSecret,
  serverURL: env.publicUrl,
  db: databaseAdapter({ database: env.database }),
  editor: lexicalEditor(),
  email: emailAdapter({ env }),
  sharp,
  collections: [
    Users,
    Journalists,
    Agencies,
    Topics,
    Places,
    Articles,
    Media,
    Albums,
    Events,
    AuditLog,
    ApiClients,
    SyncEvents,
    SyndicationTargets,
    Deliveries,
    DistributionApprovals,
    MediaDownloads,
    SavedSearches,
    BasketItems,
    PageViews,
    Reports,
    ReportReminders,
    PressCards,
    HarvestFeeds,
    HarvestDismissals,
    ImportBatches,
  ],
  globals: [Settings],
  localization: payloadLocalization,
  // Payload's own messages (validation errors included) follow the caller's Accept-Language;
  // it has no Khmer catalogue, so Khmer readers get Vietnamese there and Khmer from ours.
  i18n: {
    supportedLanguages: { vi, en, zh, ja, ko, fr, ru },
    fallbackLanguage: 'vi',
    translations: ADMIN_TRANSLATIONS,
  },
  admin: {
    user: slugs.users,
    // Gravatar would send staff e-mail hashes to a third party; the built-in avatar stays local.
    avatar: 'default',
    // Vietnamese dates in every Payload list, header and version view (date-fns, `vi` locale).
    dateFormat: ADMIN_DATE_FORMAT,
    meta: ADMIN_META,
    components: {
      beforeNavLinks: ['/src/components/admin/WorkflowNavLinks#WorkflowNavLinks'],
      graphics: {
        Logo: '/src/components/admin/ProvinceBrand#ProvinceLogo',
        Icon: '/src/components/admin/ProvinceBrand#ProvinceIcon',
      },
      views: {
        // The role's own cards above Payload's collection overview.
        dashboard: { Component: '/src/components/admin/dashboard/RoleDashboard#RoleDashboard' },
        reviewQueue: {
          Component: '/src/components/admin/ReviewQueue#ReviewQueue',
          path: '/review-queue',
          meta: { title: 'Hàng chờ duyệt' },
        },
        translationBoard: {
          Component: '/src/components/admin/TranslationBoard#TranslationBoard',
          path: '/translation-board',
          meta: { title: 'Bảng theo dõi bản dịch' },
        },
        deliveriesBoard: {
          Component: '/src/components/admin/DeliveriesBoard#DeliveriesBoard',
          path: '/deliveries-board',
          meta: { title: 'Theo dõi gửi đồng bộ' },
        },
        distributionQueue: {
          Component: '/src/components/admin/DistributionQueue#DistributionQueue',
          path: '/distribution-approvals',
          meta: { title: 'Chờ Sở duyệt' },
        },
        statistics: {
          Component: '/src/components/admin/StatisticsView#StatisticsView',
          path: '/statistics',
          meta: { title: 'Thống kê' },
        },
        lists: {
          Component: '/src/components/admin/ListsView#ListsView',
          path: '/lists',
          meta: { title: 'Nhập và xuất danh mục' },
        },
        import: {
          Component: '/src/components/admin/ImportView#ImportView',
          path: '/import',
          meta: { title: 'Nhập dữ liệu hàng loạt' },
        },
      },
    },
    importMap: {
      baseDir: rootDir,
      importMapFile: path.resolve(rootDir, 'src/app/(payload)/admin/importMap.js'),
    },
  },
  endpoints: [
    healthEndpoint,
    ninjsSyncEndpoint,
    feedEndpoint,
    searchEndpoint,
    searchTokenEndpoint,
    mediaDownloadEndpoint,
    basketDownloadEndpoint,
    savedSearchFeedEndpoint,
    unsubscribeEndpoint,
    pressNinjsEndpoint,
    // The province's lists as a workbook, and their import (src/lists).
    listsExportEndpoint,
    listsImportEndpoint,
    // Articles and media as a ZIP the batch import reads back (src/export).
    exportEndpoint,
    // GET /api/reports/statistics is an endpoint of the reports collection (collections/Reports),
    // which Payload routes every /api/reports/… path to.
  ],
  // The one place an error becomes an answer in the requester's language (src/errors).
  hooks: { afterError: [auditFailedLogin, translatedErrorResponse] },
  loggingLevels: REQUESTER_ERROR_LOGGING,
  jobs: jobsConfig({ env }),
  upload: uploadOptions({ env }),
  plugins: [
    nestedDocsPlugin({
      collections: [slugs.topics],
      generateLabel: generateTopicLabel,
      generateURL: generateTopicURL,
    }),
    ...storagePlugins({ env }),
    searchPlugin(),
    // Limits on login, forgot-password and registration of staff and journalists (429).
    rateLimitPlugin(),
    // Last, so they also cover collections the plugins above add.
    publicReadLimitsPlugin(),
    malformedInputPlugin(),
    // The admin's "edit many" offers only fields people write.
    bulkEditPlugin(),
    // Labels as functions: Payload prints some object labels as "[object Object]".
    adminLabelsPlugin(),
  ],
  // Types are generated by `npm run generate` only, never as a side effect of booting.
  typescript: { outputFile: path.resolve(rootDir, 'src/payload-types.ts'), autoGenerate: false },
  onInit,
  telemetry: false,
})
