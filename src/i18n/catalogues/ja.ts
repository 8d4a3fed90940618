import type { MessageCatalogue } from './vi'

export const ja = {
  errors: {
    internal: '予期しないエラーが発生しました。しばらくしてから再度お試しください。',
    notFound: '要求されたコンテンツが見つかりません。',
    forbidden: 'この操作を行う権限がありません。',
    unauthorized: '続行するにはログインしてください。',
    invalidParameter: 'パラメーター「{{name}}」が無効です：{{expected}}を指定してください。',
    malformedBody: 'リクエストの本文を読み取れません。有効な JSON オブジェクトを送信してください。',
    expectedText: '文字列',
    expectedCursor: '以前の応答の「next」の値',
    payloadTooLarge: 'ファイルが上限サイズ（{{limit}}）を超えています。',
    storageFull:
      'サーバーの保存容量が不足しているため、ファイルを保存できませんでした。しばらくしてから再度お試しいただくか、管理者にお知らせください。',
    tooManyRequests: 'リクエストが多すぎます。数分後に再度お試しください。',
    tooManyRequestsRetry: 'リクエストが多すぎます。{{when}}に再度お試しください。',
  },
  lists: {
    invalidFile:
      'このファイルはリストの XLSX ブックでも CSV ファイルでもありません。何もインポートされていません。',
    noSheets:
      'ブックに agencies、topics、places、settings という名前のシートがありません。何もインポートされていません。',
    csvNeedsList:
      'CSV ファイルには 1 つのリストしか入りません。どのリストか（agencies、topics、places、settings）を選んでください。何もインポートされていません。',
    unknownColumn:
      '列「{{column}}」はシート「{{sheet}}」のものではありません。何もインポートされていません。',
    fileMissing: 'インポートするリストのファイル（XLSX または CSV）を選んでください。',
    missingKey: 'この行にはキー（列「{{column}}」）がありません。',
    duplicateKey: 'キー「{{key}}」が複数の行にあります。最初の行だけをインポートします。',
    unknownReference: 'キー「{{key}}」を持つ項目がありません（列「{{column}}」）。',
    parentCycle: '「parent」列により、このトピックが自分自身の上位になっています。',
    intro:
      '機関（窓口担当者を含む）、トピック、地名、基本設定を 1 つの XLSX ブックにまとめます。リストごとに 1 シート、言語ごとに 1 列（name_vi … name_km）です。ファイルから新しい環境を準備するときに使います。',
    download: 'リストをダウンロード（XLSX）',
    importHeading: 'リストのインポート',
    fileLabel: 'リストのファイル（XLSX、または 1 つのリストの CSV）',
    listLabel: 'CSV ファイルのリスト',
    dryRunButton: '事前確認（書き込みなし）',
    commitButton: 'インポート',
    working: '処理中…',
    dryRunNote:
      '事前確認：まだ何も書き込んでいません。レポートを確認してから「インポート」を押してください。',
    committedNote: 'インポートが完了しました。',
    summary: '作成：{{create}} · 更新：{{update}} · 変更なし：{{unchanged}} · エラー：{{error}}',
    colList: 'リスト',
    colRow: '行',
    colKey: 'キー',
    colAction: '結果',
    colDetails: '詳細',
    actionCreate: '作成',
    actionUpdate: '更新',
    actionUnchanged: '変更なし',
    actionError: 'エラー',
  },
  audit: {
    changeRefused: '監査ログは追記のみです。記録済みの項目は誰も変更できません。',
    deleteRefused: '監査ログは追記のみです。記録済みの項目は誰も削除できません。',
  },
  health: {
    ok: '正常に稼働しています',
    dbUnavailable: 'データベースに接続できません',
    storageUnavailable: 'ファイルストレージにアクセスできません',
    searchUnavailable: '検索サービスに接続できません',
    backupStale: '最後に成功したバックアップが許容期間を過ぎているか、バックアップがありません',
    backupRecordsUnreadable:
      'バックアップの記録（データフォルダーの backups.json）を読み取れません。確認するか削除してください',
  },
  access: {
    accreditationNeedsExpiry: '承認には将来の有効期限が必要です。',
    accreditationNeedsReason: '取材許可を却下または取り消す場合は理由を記入してください。',
    publishNotAllowed: 'コンテンツを公開できるのは公開担当者のみです。',
    relationNotVisible:
      '「{{collection}}」の項目「{{id}}」にリンクできません。存在しないか、閲覧権限がありません。',
    agencyNotOwn: '自分の所属機関のコンテンツのみ作成できます。',
  },
  email: {
    accountExistsSubject: 'このメールアドレスのアカウントは既に存在します',
    accountExistsBody:
      '{{name}} 様\n\nどなたか（ご本人かもしれません）がこのメールアドレスで対外情報データベースの報道関係者アカウントを登録しようとしましたが、このアドレスには既にアカウントがあります。新しいアカウントは作成されていません。\n\nご本人の場合は、こちらからログインするかパスワードを再設定してください：\n{{url}}\n\nお心当たりがない場合は、このメールを無視してください。',
    verifySubject: 'メールアドレスの確認をお願いします',
    verifyBody:
      '{{name}} 様\n\n対外情報データベースに記者アカウントをご登録いただきありがとうございます。次のリンクを開いてメールアドレスを確認してください。\n{{url}}\n\n確認後、報道担当者が取材許可の申請を審査します。',
    verifiedPage:
      'メールアドレスが確認されました。報道担当者が取材許可の申請を審査し、結果をメールでお知らせします。',
    verifyFailedPage: 'この確認リンクは無効か、すでに使用されています。',
    approvedSubject: '記者の取材許可が承認されました',
    approvedBody:
      '{{name}} 様\n\n取材許可の申請が承認されました。有効期限は {{expires}} の終わりまでです。報道関係者向けの資料を閲覧・ダウンロードできるようになりました。',
    rejectedSubject: '記者の取材許可の申請は承認されませんでした',
    rejectedBody: '{{name}} 様\n\n取材許可の申請は承認されませんでした。理由：{{reason}}',
    revokedSubject: '記者の取材許可が取り消されました',
    revokedBody: '{{name}} 様\n\n記者の取材許可が取り消されました。理由：{{reason}}',
    resetSubject: 'パスワードの再設定',
    resetBody:
      '{{name}} 様\n\n対外情報データベースのアカウントについて、パスワードの再設定が申請されました（ご本人による申請と思われます）。新しいパスワードを設定するには、{{hours}} 時間以内に次のリンクを開いてください：\n{{url}}\n\nお心当たりがない場合は、このメールを無視してください。パスワードは変更されません。',
  },
  accounts: {
    passwordTooShort: 'パスワードは {{min}} 文字以上にしてください。',
    passwordContainsEmail:
      'パスワードにアカウントのメールアドレスを使用したり含めたりすることはできません。',
    passwordCommon:
      'このパスワードはよく使われている、または漏えいしたパスワードの一覧に含まれています。別のパスワードを選んでください。',
    loginFailed:
      'メールアドレスまたはパスワードが正しくないか、このアカウントはまだログインできません。',
    registrationReceived:
      '登録を受け付けました。このメールアドレスで報道関係者アカウントを作成できる場合は、そのアドレスにメールをお送りしました。メールの案内に従ってください。',
  },
  workflow: {
    unknownAction: '操作「{{action}}」は存在しません。',
    roleNotAllowed: 'あなたの役割ではこの操作を行えません。',
    stateNotAllowed: '項目が「{{state}}」の状態では、この操作は行えません。',
    reasonRequired: 'この操作には理由の記入が必要です。',
    translationNotApproved: '翻訳が承認されていないため、公開できません。',
    translationStale:
      '翻訳の承認後にベトナム語の原文が変更されました。翻訳を再度承認してください。',
    sourceNotPublished: '先にベトナム語の原文を公開する必要があります。',
    securityHold:
      'この項目は保安審査のため保留中です。公開する前に管理者が保留を解除する必要があります。',
    submittedSubject: '審査待ち：{{title}}',
    submittedBody: '{{actor}} が「{{title}}」（{{locale}}）を審査に提出しました。\n\n{{url}}',
    rejectedSubject: '差し戻し：{{title}}',
    rejectedBody: '「{{title}}」（{{locale}}）が差し戻されました。理由：{{reason}}\n\n{{url}}',
  },
  content: {
    fallbackNotice:
      'このコンテンツは{{requested}}では公開されていないため、{{served}}で表示しています。',
  },
  security: {
    classifiedRefused:
      '国家秘密に当たる資料（秘密区分 Mật・Tối mật・Tuyệt mật）は、インターネットに接続されたシステムに保存できません。何も保存されていません。',
    holdReason: '秘密区分の表示{{markings}}が見つかりました。場所：{{fields}}。',
    holdReasonUnreadable:
      'ファイル「{{file}}」の内容を読み取れず、秘密区分の表示を確認できませんでした。',
    uploadedFile: 'ファイル「{{file}}」',
  },
  media: {
    typeNotAllowed: 'この種類のファイルはアップロードできません。使用できる形式：{{allowed}}。',
    typeMismatch: 'ファイルの内容が拡張子または申告された種類と一致しません。',
    kindMismatch: 'このファイルは選択されたメディアの種類（画像・動画・文書）に該当しません。',
    empty: 'ファイルが空です。',
    tooLarge: 'このメディアの種類で許可されているサイズ（{{limit}}）を超えています。',
    tooManyPixels:
      '画像が大きすぎます：{{megapixels}} メガピクセル（上限 {{limit}} メガピクセル）。',
    unreadable: '画像が破損しているか不完全なため、読み込めません。',
    unreadableVideo: '動画が破損しているか不完全、または動画ではないため、読み込めません。',
    activeContent:
      'ファイルにウェブページまたはスクリプトのコードが含まれているため、アップロードできません。',
    renditionNotAvailable: 'この項目には「{{rendition}}」版がありません。',
    downloadTermsRequired:
      'このファイルをダウンロードするには、利用条件に同意し、利用目的を入力してください。',
    documentContentTooLarge:
      'この文書は展開すると上限（{{limit}}）を超えるため、保存されませんでした。',
    renditionInlineStaffOnly:
      '「{{rendition}}」版は利用条件に同意のうえ、ダウンロードでのみ入手できます。',
    renditionNotAllowed: 'この項目の「{{rendition}}」版をダウンロードする権限がありません。',
    fileRouteStaffOnly:
      'ライブラリのファイルは、この項目のダウンロードまたは各サイズのリンクから取得してください。このアドレスからは取得できません。',
  },
  basket: {
    tooLarge:
      'バスケットのファイルは合計 {{size}} で、1 回のダウンロードの上限 {{limit}} を超えています。項目を減らすか、小さいサイズを選んでください。',
    empty: 'バスケットは空です。',
    full: 'バスケットがいっぱいです（{{max}} 件）。先にダウンロードするか、項目を削除してください。',
  },
  search: {
    expectedQuery: '{{max}}文字以内の検索語',
    expectedOneOf: '{{values}}のいずれか',
    expectedAtMost: '{{max}}個以内の値',
    expectedId: '識別子（英数字、「-」または「_」）',
    expectedYear: '{{min}}～{{max}}の年',
    expectedInteger: '{{min}}～{{max}}の整数',
    expectedDayNotBefore: '{{day}}以降の日付',
    browserSearchUnavailable:
      'ブラウザーからの検索には Meilisearch エンジンが必要です。/api/library/search をご利用ください。',
  },
  statistics: {
    expectedDay: 'YYYY-MM-DD 形式の日付',
    expectedPeriod: '開始日が終了日より後でない、最長 {{max}} 日の期間',
    expectedAgency: '機関のコード',
  },
  reports: {
    duplicate: 'この機関の同じ期・年の報告書は既にあります。その報告書を開いて編集してください。',
    invalidPeriod:
      '数値の期間が無効です。YYYY-MM-DD 形式の日付を2つ、開始日が終了日より後にならないように指定してください。',
    agencyRequired: '機関の報告書には機関の指定が必要です。',
    reminderSubject: 'リマインダー：{{agency}}の{{report}}の期限は{{deadline}}です',
    reminderBody:
      '{{name}} 様\n\n{{agency}}は対外情報業務の{{report}}を{{deadline}}までに局へ提出する必要があります（残り{{days}}日）。報告書はシステムで作成・提出します：\n{{url}}\n\n既に提出済みの場合は、このメールを無視してください。',
    halfYearReport: '{{year}}年上半期報告',
    annualReport: '{{year}}年度報告',
    presetHalfYear: '上半期',
    presetYear: '通年',
    year: '年',
    from: '開始日',
    to: '終了日',
    agency: '機関',
    allAgencies: 'すべての機関',
    show: '表示',
    periodLine: '{{from}} から {{to}} までの数値',
    supplied: '提供',
    published: '公開',
    withdrawn: '取り下げ',
    byAgency: '機関別',
    byKind: '種類別',
    byInfoType: '情報の種類別',
    byLocale: '言語別の公開',
    translations: '翻訳',
    current: '最新',
    stale: '古い',
    missing: '未翻訳',
    pushes: '配信',
    target: '配信先',
    delivered: '配信済み',
    acknowledged: '受領確認',
    failed: '失敗',
    medianHours: '受領確認までの時間（中央値）',
    journalists: '記者',
    registered: '登録',
    accredited: '認定',
    country: '国',
    downloads: 'ダウンロード',
    views: '閲覧数',
    topItems: '上位',
    total: '合計',
    item: '項目',
    kindArticle: '記事',
    kindPhoto: '写真',
    kindVideo: '動画',
    kindPublication: '出版物',
    infoOfficial: '公式情報',
    infoPromotional: '広報情報',
    infoWorld: '世界の情報',
    infoClarification: '反論・訂正情報',
    overdue: '提出遅延',
    overdueNone: '提出が遅れている機関はありません。',
    overdueCycle: '{{report}}：期限 {{deadline}}',
    noReport: '報告書なし',
    draftOnly: '下書き（未提出）',
    reportsList: '定期報告',
    downloadDocx: '報告書をダウンロード（DOCX）',
    downloadXlsx: '数値表をダウンロード（XLSX）',
  },
  syndication: {
    unknownTarget: '配信先「{{target}}」は存在しません。',
    targetNotAllowed: '配信先「{{target}}」の選択条件を使用する権限がありません。',
    waitNeedsApiClient:
      '「wait」で変更を待てるのは API クライアントだけです。wait=0 を送るか、API キーで認証してください。',
    tooManyWaiters:
      '変更を待っているリクエストが多すぎます。{{seconds}} 秒後にもう一度お試しください。',
    privateTargetAddress:
      'アドレス「{{host}}」は内部またはローカルのネットワークを指しています。配信先は公開インターネット上にある必要があります。',
    privateFeedAddress:
      'アドレス「{{host}}」は内部またはローカルのネットワークを指しています。機関のフィードは公開インターネット上にある必要があります。',
  },
  distribution: {
    notAllowed: '全国配信を承認できるのは局の管理者と管理者のみです。',
    notAwaiting: 'この言語は局の承認待ちではなくなりました。決定済みか取り下げられています。',
    versionChanged: 'より新しい版が承認待ちです。ページを再読み込みして確認してください。',
    expectedReason: '不承認の理由（不承認の場合は必須）',
    refusedSubject: '全国配信が承認されませんでした：{{title}}',
    refusedBody:
      '{{actor}}（局）は「{{title}}」の{{language}}版を国家ポータルへの配信として承認しませんでした。理由：{{reason}}\n\n{{url}}',
  },
  alerts: {
    digestSubject: '毎日のアラート：新着 {{count}} 件',
    digestIntro:
      '{{name}} 様\n\n前回のダイジェスト以降、アラートに該当する新着情報をお知らせします。',
    sectionSavedSearch: '保存した検索「{{name}}」',
    sectionTopic: 'トピック：{{name}}',
    more: 'ライブラリですべて見る：{{url}}',
    moreLink: 'ライブラリですべて見る',
    stopThis: 'このアラートを停止：{{url}}',
    stopThisLink: 'このアラートを停止',
    footer:
      'メールアラートを有効にしているため、このメールをお送りしています。アラートはアカウントページで管理できます：{{url}}\nすべてのアラートメールを停止：{{unsubscribeAll}}',
    footerHtml:
      'メールアラートを有効にしているため、このメールをお送りしています。アラートはアカウントページで管理できます：',
    stopAllLink: 'すべてのアラートメールを停止',
    unsubscribeInvalid:
      'この配信停止リンクは無効です。メールのリンクをそのままお使いいただくか、アカウントページでアラートを変更してください。',
  },
  embargo: {
    pressReleaseNeedsEmbargo:
      '報道向け公開日時は、エンバーゴ（一般公開日時）が設定された項目にのみ設定できます。何も保存されていません。',
    pressReleaseNotBeforeEmbargo:
      '報道向け公開日時は、エンバーゴの解除（一般公開日時）より前でなければなりません。何も保存されていません。',
    pressOpenSubject: '報道関係者向け・{{until}}までエンバーゴ：{{title}}',
    pressOpenBody:
      '{{name}} 様\n\nフォロー中のトピックの項目が、認定記者向けに公開されました：「{{title}}」\n\n{{until}}までエンバーゴ：それまでは掲載しないでください。\n\n{{url}}',
  },
  events: {
    endBeforeStart: '終了日を開始日より前にすることはできません。',
  },
  import: {
    duplicateIdentity: 'この機関の別の項目がすでに識別子「{{value}}」を使っています。',
    identityNotReadable:
      '識別子「{{value}}」は、あなたが閲覧できないこの機関の項目のものなので更新できません。別の識別子を使うか、閲覧できる人に依頼してください。',
    unknownAgency: 'コード「{{code}}」の機関はありません。',
    unknownTopic: 'スラッグ「{{slug}}」のトピックはありません。',
    unknownLink:
      '列「{{column}}」：識別子「{{id}}」の項目は、データベースにもこの一括取り込みにもありません。',
    exportCollection:
      '書き出す対象として articles、media、events、albums のいずれかを選んでください。',
    exportIds: '書き出す識別子の一覧が使えません：「{{ids}}」。',
    exportWhere: '書き出しの絞り込み条件が使えません。',
    agencyRequired:
      'agency 列に機関コードを記入してください。あなたのアカウントはどの機関にも属していません。',
    externalIdRequired:
      'ファイルのない行には externalId 列の識別子が必要です。次回の取り込みで同じ項目を見つけるためです。',
    badValue: '列「{{column}}」：値「{{value}}」は使用できません。',
    unknownColumns: '表に認識できない列があります：{{columns}}。何も取り込まれていません。',
    fileMissing: 'ZIP にファイル「{{file}}」がありません。',
    fileType: 'ファイル「{{file}}」はアップロードできない種類です。',
    fileTooLarge: 'ファイル「{{file}}」は許可されたサイズ（{{limit}}）を超えています。',
    batchFormat: 'CSV、XLSX、または ZIP ファイルを送ってください。',
    alreadyCommitted: 'このバッチはすでに取り込まれています。',
    batchExpired:
      'このバッチは{{hours}}時間以内に取り込まれなかったため期限切れになりました。もう一度アップロードしてください。',
  },
} satisfies MessageCatalogue
