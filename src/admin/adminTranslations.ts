import type { Config } from 'payload'

/**
 * Messages of the admin that Payload writes in English only. The bulk upload's result toasts
 * ("Successfully saved 3 files") are hard-coded in `@payloadcms/ui`; our patch of it
 * (`patches/@payloadcms+ui+*.patch`, applied by `patch-package` after every install) asks for
 * these keys instead, in each admin language — in the module and in the pre-bundled
 * `dist/exports/client/index.js` the admin is actually built from (one long minified line,
 * hence the patch's size).
 */
export const ADMIN_TRANSLATIONS = {
  vi: {
    upload: {
      bulkSavedFiles: 'Đã lưu {{count}} tệp',
      bulkFailedFiles: 'Không lưu được {{count}} tệp',
    },
  },
  en: {
    upload: {
      bulkSavedFiles: 'Saved {{count}} files',
      bulkFailedFiles: 'Could not save {{count}} files',
    },
  },
  zh: {
    upload: {
      bulkSavedFiles: '已保存 {{count}} 个文件',
      bulkFailedFiles: '{{count}} 个文件未能保存',
    },
  },
  ja: {
    upload: {
      bulkSavedFiles: '{{count}} 件のファイルを保存しました',
      bulkFailedFiles: '{{count}} 件のファイルを保存できませんでした',
    },
  },
  ko: {
    upload: {
      bulkSavedFiles: '파일 {{count}}개를 저장했습니다',
      bulkFailedFiles: '파일 {{count}}개를 저장하지 못했습니다',
    },
  },
  fr: {
    upload: {
      bulkSavedFiles: '{{count}} fichiers enregistrés',
      bulkFailedFiles: '{{count}} fichiers n’ont pas pu être enregistrés',
    },
  },
  ru: {
    upload: {
      bulkSavedFiles: 'Сохранено файлов: {{count}}',
      bulkFailedFiles: 'Не удалось сохранить файлов: {{count}}',
    },
  },
} as unknown as NonNullable<NonNullable<Config['i18n']>['translations']>
