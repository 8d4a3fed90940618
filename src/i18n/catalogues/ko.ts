import type { MessageCatalogue } from './vi'

export const ko = {
  errors: {
    internal: '예기치 않은 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.',
    notFound: '요청한 콘텐츠를 찾을 수 없습니다.',
    forbidden: '이 작업을 수행할 권한이 없습니다.',
    unauthorized: '계속하려면 로그인해 주세요.',
    invalidParameter: '매개변수 “{{name}}”이(가) 잘못되었습니다: {{expected}}이(가) 필요합니다.',
    malformedBody: '요청 본문을 읽을 수 없습니다. 올바른 JSON 객체를 보내 주세요.',
    expectedText: '텍스트',
    expectedCursor: '이전 응답의 “next” 값',
    payloadTooLarge: '파일이 허용된 크기({{limit}})를 초과합니다.',
    storageFull:
      '서버의 저장 공간이 부족하여 파일을 저장하지 못했습니다. 잠시 후 다시 시도하거나 관리자에게 알려 주세요.',
    tooManyRequests: '요청이 너무 많습니다. 몇 분 후에 다시 시도해 주세요.',
    tooManyRequestsRetry: '요청이 너무 많습니다. {{when}} 다시 시도해 주세요.',
  },
  lists: {
    invalidFile:
      '이 파일은 목록의 XLSX 통합 문서나 CSV 파일이 아닙니다. 아무것도 가져오지 않았습니다.',
    noSheets:
      '통합 문서에 agencies, topics, places, settings라는 시트가 없습니다. 아무것도 가져오지 않았습니다.',
    csvNeedsList:
      'CSV 파일에는 목록 하나만 들어갑니다. 어느 목록인지(agencies, topics, places, settings) 선택하세요. 아무것도 가져오지 않았습니다.',
    unknownColumn:
      '“{{column}}” 열은 “{{sheet}}” 시트에 속하지 않습니다. 아무것도 가져오지 않았습니다.',
    fileMissing: '가져올 목록 파일(XLSX 또는 CSV)을 선택하세요.',
    missingKey: '이 행에 키(“{{column}}” 열)가 없습니다.',
    duplicateKey: '키 “{{key}}”가 여러 행에 있습니다. 첫 번째 행만 가져옵니다.',
    unknownReference: '키가 “{{key}}”인 항목이 없습니다(“{{column}}” 열).',
    parentCycle: '“parent” 열 때문에 이 주제가 자기 자신의 상위 주제가 됩니다.',
    intro:
      '기관(담당자 포함), 주제, 지명, 기본 설정을 하나의 XLSX 통합 문서에 담습니다. 목록마다 시트 하나, 언어마다 열 하나(name_vi … name_km)입니다. 파일로 새 시스템을 준비할 때 사용합니다.',
    download: '목록 내려받기(XLSX)',
    importHeading: '목록 가져오기',
    fileLabel: '목록 파일(XLSX 또는 목록 하나의 CSV)',
    listLabel: 'CSV 파일의 목록',
    dryRunButton: '미리 확인(기록하지 않음)',
    commitButton: '가져오기',
    working: '처리 중…',
    dryRunNote:
      '미리 확인: 아직 아무것도 기록하지 않았습니다. 보고서를 확인한 뒤 가져오기를 누르세요.',
    committedNote: '가져오기를 마쳤습니다.',
    summary:
      '새로 만들기: {{create}} · 수정: {{update}} · 변경 없음: {{unchanged}} · 오류: {{error}}',
    colList: '목록',
    colRow: '행',
    colKey: '키',
    colAction: '결과',
    colDetails: '세부 정보',
    actionCreate: '새로 만들기',
    actionUpdate: '수정',
    actionUnchanged: '변경 없음',
    actionError: '오류',
  },
  audit: {
    changeRefused: '감사 로그는 추가만 가능합니다. 기록된 항목은 누구도 수정할 수 없습니다.',
    deleteRefused: '감사 로그는 추가만 가능합니다. 기록된 항목은 누구도 삭제할 수 없습니다.',
  },
  health: {
    ok: '정상 작동 중',
    dbUnavailable: '데이터베이스에 연결할 수 없습니다',
    storageUnavailable: '파일 저장소에 접근할 수 없습니다',
    searchUnavailable: '검색 서비스에 연결할 수 없습니다',
    backupStale: '마지막으로 성공한 백업이 허용 기간보다 오래되었거나 백업이 없습니다',
    backupRecordsUnreadable:
      '백업 기록(데이터 폴더의 backups.json)을 읽을 수 없습니다. 확인하거나 삭제하십시오',
  },
  access: {
    accreditationNeedsExpiry: '승인하려면 미래의 만료일이 필요합니다.',
    accreditationNeedsReason: '취재 허가를 거절하거나 취소할 때는 사유를 적어 주세요.',
    publishNotAllowed: '게시 권한이 있는 담당자만 콘텐츠를 게시할 수 있습니다.',
    relationNotVisible:
      '“{{collection}}”의 항목 “{{id}}”에 연결할 수 없습니다. 존재하지 않거나 볼 권한이 없습니다.',
    agencyNotOwn: '소속 기관의 콘텐츠만 만들 수 있습니다.',
  },
  email: {
    accountExistsSubject: '이 이메일 주소로 된 계정이 이미 있습니다',
    accountExistsBody:
      '{{name}} 님, 안녕하세요.\n\n누군가(본인일 수도 있습니다)가 이 이메일 주소로 대외 정보 데이터베이스에 기자 계정을 등록하려 했지만, 이 주소에는 이미 계정이 있습니다. 새 계정은 만들어지지 않았습니다.\n\n본인이라면 여기에서 로그인하거나 비밀번호를 재설정하세요:\n{{url}}\n\n본인이 아니라면 이 메시지를 무시하셔도 됩니다.',
    verifySubject: '이메일 주소를 확인해 주세요',
    verifyBody:
      '{{name}} 님, 안녕하세요.\n\n대외 정보 데이터베이스에 기자 계정을 등록해 주셔서 감사합니다. 다음 링크를 열어 이메일 주소를 확인해 주세요.\n{{url}}\n\n확인이 끝나면 언론 담당관이 취재 허가 신청을 검토합니다.',
    verifiedPage:
      '이메일 주소가 확인되었습니다. 언론 담당관이 취재 허가 신청을 검토한 뒤 이메일로 알려 드립니다.',
    verifyFailedPage: '이 확인 링크는 유효하지 않거나 이미 사용되었습니다.',
    approvedSubject: '기자 취재 허가가 승인되었습니다',
    approvedBody:
      '{{name}} 님, 안녕하세요.\n\n취재 허가 신청이 승인되었으며 {{expires}}까지 유효합니다. 이제 언론용 자료를 보고 내려받을 수 있습니다.',
    rejectedSubject: '기자 취재 허가 신청이 승인되지 않았습니다',
    rejectedBody:
      '{{name}} 님, 안녕하세요.\n\n취재 허가 신청이 승인되지 않았습니다. 사유: {{reason}}',
    revokedSubject: '기자 취재 허가가 취소되었습니다',
    revokedBody: '{{name}} 님, 안녕하세요.\n\n기자 취재 허가가 취소되었습니다. 사유: {{reason}}',
    resetSubject: '비밀번호 재설정',
    resetBody:
      '{{name}} 님, 안녕하세요.\n\n누군가(아마도 본인)가 대외정보 데이터베이스 계정의 비밀번호 재설정을 요청했습니다. 새 비밀번호를 설정하려면 {{hours}}시간 안에 다음 링크를 여세요.\n{{url}}\n\n요청하지 않으셨다면 이 메일을 무시하셔도 됩니다. 비밀번호는 바뀌지 않습니다.',
  },
  accounts: {
    passwordTooShort: '비밀번호는 {{min}}자 이상이어야 합니다.',
    passwordContainsEmail: '비밀번호는 계정의 이메일 주소이거나 이를 포함할 수 없습니다.',
    passwordCommon:
      '이 비밀번호는 흔히 쓰이거나 유출된 비밀번호 목록에 있습니다. 다른 비밀번호를 선택하세요.',
    loginFailed: '이메일 또는 비밀번호가 올바르지 않거나, 아직 로그인할 수 없는 계정입니다.',
    registrationReceived:
      '등록 신청을 받았습니다. 이 이메일 주소로 기자 계정을 만들 수 있다면 해당 주소로 메일을 보냈습니다. 메일의 안내를 따라 주세요.',
  },
  workflow: {
    unknownAction: '“{{action}}” 작업은 없습니다.',
    roleNotAllowed: '귀하의 역할로는 이 작업을 할 수 없습니다.',
    stateNotAllowed: '항목이 “{{state}}” 상태일 때는 이 작업을 할 수 없습니다.',
    reasonRequired: '이 작업에는 사유가 필요합니다.',
    translationNotApproved: '번역이 승인되지 않아 게시할 수 없습니다.',
    translationStale: '번역 승인 후 베트남어 원문이 바뀌었습니다. 번역을 다시 승인해 주세요.',
    sourceNotPublished: '베트남어 원문을 먼저 게시해야 합니다.',
    securityHold:
      '이 항목은 보안 검토를 위해 보류 중입니다. 게시하려면 관리자가 보류를 해제해야 합니다.',
    submittedSubject: '검토 대기: {{title}}',
    submittedBody: '{{actor}} 님이 “{{title}}”({{locale}})을(를) 검토 요청했습니다.\n\n{{url}}',
    rejectedSubject: '반려됨: {{title}}',
    rejectedBody: '“{{title}}”({{locale}})이(가) 반려되었습니다. 사유: {{reason}}\n\n{{url}}',
  },
  content: {
    fallbackNotice: '이 콘텐츠는 {{requested}}(으)로 제공되지 않아 {{served}}(으)로 표시합니다.',
  },
  security: {
    classifiedRefused:
      '국가 기밀 자료(비밀 등급 Mật, Tối mật, Tuyệt mật)는 인터넷에 연결된 시스템에 저장할 수 없습니다. 아무것도 저장되지 않았습니다.',
    holdReason: '비밀 등급 표시 {{markings}}이(가) 발견되었습니다. 위치: {{fields}}.',
    holdReasonUnreadable:
      '파일 “{{file}}”의 내용을 읽을 수 없어 비밀 등급 표시를 확인하지 못했습니다.',
    uploadedFile: '파일 “{{file}}”',
  },
  media: {
    typeNotAllowed: '이 형식의 파일은 업로드할 수 없습니다. 허용 형식: {{allowed}}.',
    typeMismatch: '파일 내용이 파일 확장자 또는 선언된 형식과 일치하지 않습니다.',
    kindMismatch: '이 파일은 선택한 미디어 종류(이미지, 동영상, 문서)에 해당하지 않습니다.',
    empty: '파일이 비어 있습니다.',
    tooLarge: '이 미디어 종류에 허용된 크기({{limit}})를 초과했습니다.',
    tooManyPixels:
      '이미지가 너무 큽니다: {{megapixels}}메가픽셀, 최대 {{limit}}메가픽셀까지 허용됩니다.',
    unreadable: '이미지가 손상되었거나 불완전하여 읽을 수 없습니다.',
    unreadableVideo: '동영상이 손상되었거나 불완전하거나 동영상이 아니어서 읽을 수 없습니다.',
    activeContent: '파일에 웹 페이지 또는 스크립트 코드가 포함되어 있어 업로드할 수 없습니다.',
    renditionNotAvailable: '이 항목에는 “{{rendition}}” 버전이 없습니다.',
    downloadTermsRequired:
      '이 파일을 다운로드하려면 이용 조건에 동의하고 사용 목적을 밝혀 주십시오.',
    documentContentTooLarge:
      '이 문서는 압축을 풀면 허용된 크기({{limit}})를 넘으므로 저장되지 않았습니다.',
    renditionInlineStaffOnly:
      '“{{rendition}}” 버전은 이용 약관에 따라 다운로드로만 받을 수 있습니다.',
    renditionNotAllowed: '이 항목의 “{{rendition}}” 버전을 다운로드할 권한이 없습니다.',
    fileRouteStaffOnly:
      '라이브러리 파일은 이 주소가 아니라 항목의 다운로드 및 크기별 링크로 제공됩니다.',
  },
  basket: {
    tooLarge:
      '바구니의 파일이 모두 {{size}}로, 한 번에 내려받을 수 있는 {{limit}}를 넘습니다. 항목을 줄이거나 더 작은 크기를 고르세요.',
    empty: '바구니가 비어 있습니다.',
    full: '바구니가 가득 찼습니다({{max}}개 항목). 먼저 내려받거나 항목을 삭제하세요.',
  },
  search: {
    expectedQuery: '{{max}}자 이하의 검색어',
    expectedOneOf: '{{values}} 중 하나',
    expectedAtMost: '{{max}}개 이하의 값',
    expectedId: '식별자(영문자, 숫자, “-” 또는 “_”)',
    expectedYear: '{{min}}년부터 {{max}}년 사이의 연도',
    expectedInteger: '{{min}}부터 {{max}} 사이의 정수',
    expectedDayNotBefore: '{{day}} 이후의 날짜',
    browserSearchUnavailable:
      '브라우저에서 검색하려면 Meilisearch 엔진이 필요합니다. /api/library/search를 사용하세요.',
  },
  statistics: {
    expectedDay: 'YYYY-MM-DD 형식의 날짜',
    expectedPeriod: '시작일이 종료일보다 늦지 않고 최대 {{max}}일인 기간',
    expectedAgency: '기관 코드',
  },
  reports: {
    duplicate: '이 기관의 같은 주기·연도 보고서가 이미 있습니다. 해당 보고서를 열어 수정하십시오.',
    invalidPeriod:
      '수치 기간이 올바르지 않습니다. YYYY-MM-DD 형식의 날짜 두 개를, 시작일이 종료일보다 늦지 않게 입력하십시오.',
    agencyRequired: '기관 보고서에는 기관을 지정해야 합니다.',
    reminderSubject: '알림: {{agency}}의 {{report}} 마감일 {{deadline}}',
    reminderBody:
      '{{name}} 님께\n\n{{agency}}은(는) 대외 정보 업무에 관한 {{report}}를 {{deadline}}까지 국에 제출해야 합니다({{days}}일 남음). 보고서는 시스템에서 작성하고 제출합니다:\n{{url}}\n\n이미 제출하셨다면 이 메일은 무시하셔도 됩니다.',
    halfYearReport: '{{year}}년 상반기 보고서',
    annualReport: '{{year}}년 연간 보고서',
    presetHalfYear: '상반기',
    presetYear: '연간',
    year: '연도',
    from: '시작일',
    to: '종료일',
    agency: '기관',
    allAgencies: '모든 기관',
    show: '보기',
    periodLine: '{{from}}부터 {{to}}까지의 수치',
    supplied: '제공',
    published: '게시',
    withdrawn: '철회',
    byAgency: '기관별',
    byKind: '유형별',
    byInfoType: '정보 유형별',
    byLocale: '언어별 게시',
    translations: '번역',
    current: '최신',
    stale: '오래됨',
    missing: '없음',
    pushes: '전송',
    target: '수신처',
    delivered: '전송됨',
    acknowledged: '수신 확인',
    failed: '실패',
    medianHours: '수신 확인까지 시간(중앙값)',
    journalists: '기자',
    registered: '등록',
    accredited: '인가',
    country: '국가',
    downloads: '다운로드',
    views: '조회수',
    topItems: '상위 항목',
    total: '합계',
    item: '항목',
    kindArticle: '기사',
    kindPhoto: '사진',
    kindVideo: '동영상',
    kindPublication: '출판물',
    infoOfficial: '공식 정보',
    infoPromotional: '홍보 정보',
    infoWorld: '세계 정보',
    infoClarification: '반박·정정 정보',
    overdue: '제출 지연',
    overdueNone: '제출이 지연된 기관이 없습니다.',
    overdueCycle: '{{report}}: 마감 {{deadline}}',
    noReport: '보고서 없음',
    draftOnly: '초안, 미제출',
    reportsList: '정기 보고서',
    downloadDocx: '보고서 다운로드(DOCX)',
    downloadXlsx: '수치표 다운로드(XLSX)',
  },
  syndication: {
    unknownTarget: '“{{target}}” 배포 대상이 없습니다.',
    targetNotAllowed: '“{{target}}” 배포 대상의 선택 조건을 사용할 권한이 없습니다.',
    waitNeedsApiClient:
      '“wait”로 변경을 기다릴 수 있는 것은 API 클라이언트뿐입니다. wait=0을 보내거나 API 키로 인증하십시오.',
    tooManyWaiters: '변경을 기다리는 요청이 너무 많습니다. {{seconds}}초 후에 다시 시도하십시오.',
    privateTargetAddress:
      '주소 “{{host}}”는 내부 또는 로컬 네트워크를 가리킵니다. 배포 대상은 공용 인터넷에 있어야 합니다.',
    privateFeedAddress:
      '주소 “{{host}}”는 내부 또는 로컬 네트워크를 가리킵니다. 기관의 피드는 공용 인터넷에 있어야 합니다.',
  },
  distribution: {
    notAllowed: '국가 배포는 국(局) 관리자와 관리자만 승인할 수 있습니다.',
    notAwaiting:
      '이 언어는 더 이상 국의 승인을 기다리지 않습니다. 이미 결정되었거나 철회되었습니다.',
    versionChanged: '더 새로운 버전이 승인을 기다리고 있습니다. 페이지를 새로 고쳐 확인하십시오.',
    expectedReason: '거부 사유(거부 시 필수)',
    refusedSubject: '국가 배포 거부: {{title}}',
    refusedBody:
      '{{actor}}(국)이 “{{title}}”의 {{language}} 버전을 국가 포털 배포용으로 승인하지 않았습니다. 사유: {{reason}}\n\n{{url}}',
  },
  alerts: {
    digestSubject: '오늘의 알림: 새 항목 {{count}}개',
    digestIntro: '{{name}} 님, 안녕하세요.\n\n지난 요약 이후 알림에 해당하는 새 항목입니다.',
    sectionSavedSearch: '저장한 검색 “{{name}}”',
    sectionTopic: '주제: {{name}}',
    more: '자료실에서 모두 보기: {{url}}',
    moreLink: '자료실에서 모두 보기',
    stopThis: '이 알림 중지: {{url}}',
    stopThisLink: '이 알림 중지',
    footer:
      '이메일 알림을 켜셨기 때문에 이 메일을 받으셨습니다. 계정 페이지에서 알림을 관리하세요: {{url}}\n모든 알림 메일 중지: {{unsubscribeAll}}',
    footerHtml:
      '이메일 알림을 켜셨기 때문에 이 메일을 받으셨습니다. 계정 페이지에서 알림을 관리하세요:',
    stopAllLink: '모든 알림 메일 중지',
    unsubscribeInvalid:
      '이 구독 취소 링크는 유효하지 않습니다. 이메일의 링크를 그대로 사용하거나 계정 페이지에서 알림을 변경하세요.',
  },
  embargo: {
    pressReleaseNeedsEmbargo:
      '언론 공개 시각은 엠바고(일반 공개 시각)가 설정된 항목에만 지정할 수 있습니다. 저장되지 않았습니다.',
    pressReleaseNotBeforeEmbargo:
      '언론 공개 시각은 엠바고 해제(일반 공개 시각)보다 앞서야 합니다. 저장되지 않았습니다.',
    pressOpenSubject: '언론용, {{until}}까지 엠바고: {{title}}',
    pressOpenBody:
      '{{name}}님, 안녕하세요.\n\n팔로우하시는 주제의 항목이 인증 기자에게 공개되었습니다: “{{title}}”.\n\n{{until}}까지 엠바고: 그 전에는 보도하지 마십시오.\n\n{{url}}',
  },
  events: {
    endBeforeStart: '종료일은 시작일보다 앞설 수 없습니다.',
  },
  import: {
    duplicateIdentity: '이 기관의 다른 항목이 이미 식별자 “{{value}}”를 사용하고 있습니다.',
    identityNotReadable:
      '식별자 “{{value}}”는 귀하가 열람할 수 없는 이 기관의 항목에 속하므로 갱신할 수 없습니다. 다른 식별자를 쓰거나 열람 권한이 있는 사람에게 요청하세요.',
    unknownAgency: '코드가 “{{code}}”인 기관이 없습니다.',
    unknownTopic: '슬러그가 “{{slug}}”인 주제가 없습니다.',
    unknownLink:
      '열 “{{column}}”: 데이터베이스에도 이 일괄 가져오기에도 식별자 “{{id}}”인 항목이 없습니다.',
    exportCollection: '내보낼 대상으로 articles, media, events, albums 중 하나를 선택하십시오.',
    exportIds: '내보낼 식별자 목록을 사용할 수 없습니다: “{{ids}}”.',
    exportWhere: '내보내기 필터를 사용할 수 없습니다.',
    agencyRequired:
      'agency 열에 기관 코드를 적어 주십시오. 귀하의 계정은 어느 기관에도 속하지 않습니다.',
    externalIdRequired:
      '파일이 없는 행에는 externalId 열의 식별자가 필요합니다. 다음 가져오기에서 같은 항목을 찾기 위해서입니다.',
    badValue: '“{{column}}” 열: 값 “{{value}}”은(는) 사용할 수 없습니다.',
    unknownColumns: '표에 알 수 없는 열이 있습니다: {{columns}}. 아무것도 가져오지 않았습니다.',
    fileMissing: 'ZIP에 “{{file}}” 파일이 없습니다.',
    fileType: '“{{file}}” 파일은 업로드할 수 없는 형식입니다.',
    fileTooLarge: '“{{file}}” 파일이 허용된 크기({{limit}})보다 큽니다.',
    batchFormat: 'CSV, XLSX 또는 ZIP 파일을 보내 주십시오.',
    alreadyCommitted: '이 묶음은 이미 가져왔습니다.',
    batchExpired: '이 묶음은 {{hours}}시간 안에 가져오지 않아 만료되었습니다. 다시 올려 주세요.',
  },
} satisfies MessageCatalogue
