import type { MessageCatalogue } from './vi'

export const ja = {
  errors: {
    internal: '予期しないエラーが発生しました。しばらくしてから再度お試しください。',
    notFound: '要求されたコンテンツが見つかりません。',
    forbidden: 'この操作を行う権限がありません。',
    unauthorized: '続行するにはログインしてください。',
    invalidParameter: 'パラメーター「{{name}}」が無効です：{{expected}}を指定してください。',
    payloadTooLarge: 'ファイルが上限サイズ（{{limit}}）を超えています。',
    tooManyRequests: 'リクエストが多すぎます。数分後に再度お試しください。',
  },
  health: {
    ok: '正常に稼働しています',
    dbUnavailable: 'データベースに接続できません',
    storageUnavailable: 'ファイルストレージにアクセスできません',
    searchUnavailable: '検索サービスに接続できません',
  },
  access: {
    publishNotAllowed: 'コンテンツを公開できるのは公開担当者のみです。',
    relationNotVisible:
      '「{{collection}}」の項目「{{id}}」にリンクできません。存在しないか、閲覧権限がありません。',
    agencyNotOwn: '自分の所属機関のコンテンツのみ作成できます。',
  },
  content: {
    fallbackNotice:
      'このコンテンツは{{requested}}では公開されていないため、{{served}}で表示しています。',
  },
} satisfies MessageCatalogue
