/** Vietnamese: the source catalogue. Every other locale must carry exactly these keys. */
export const vi = {
  errors: {
    internal: 'Đã xảy ra lỗi ngoài ý muốn. Vui lòng thử lại sau.',
    notFound: 'Không tìm thấy nội dung yêu cầu.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    unauthorized: 'Bạn cần đăng nhập để tiếp tục.',
    invalidParameter: 'Tham số “{{name}}” không hợp lệ: cần {{expected}}.',
    malformedBody: 'Không đọc được nội dung yêu cầu: hãy gửi một đối tượng JSON hợp lệ.',
    expectedText: 'một chuỗi văn bản',
    /** What a paging cursor (`since=`) must be: the `next` the previous page gave. */
    expectedCursor: 'giá trị “next” của một câu trả lời trước',
    payloadTooLarge: 'Tệp vượt quá dung lượng cho phép ({{limit}}).',
    storageFull:
      'Máy chủ đã hết dung lượng lưu trữ nên chưa thể lưu tệp. Vui lòng thử lại sau hoặc báo quản trị viên.',
    tooManyRequests: 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
    /** `when` is a relative time in the reader's grammar: “sau 5 giây nữa”, “in 2 minutes”. */
    tooManyRequestsRetry: 'Quá nhiều yêu cầu. Vui lòng thử lại {{when}}.',
  },
  lists: {
    invalidFile: 'Tệp này không phải sổ tính XLSX hoặc tệp CSV của danh mục. Chưa nhập gì.',
    noSheets:
      'Sổ tính không có trang nào tên agencies, topics, places hoặc settings. Chưa nhập gì.',
    csvNeedsList:
      'Tệp CSV chỉ chứa một danh mục: hãy chọn danh mục (agencies, topics, places hoặc settings). Chưa nhập gì.',
    unknownColumn: 'Cột “{{column}}” không thuộc trang “{{sheet}}”. Chưa nhập gì.',
    fileMissing: 'Hãy chọn tệp danh mục (XLSX hoặc CSV) để nhập.',
    missingKey: 'Dòng thiếu mã (cột “{{column}}”).',
    duplicateKey: 'Mã “{{key}}” xuất hiện ở nhiều dòng; chỉ dòng đầu tiên được nhập.',
    unknownReference: 'Không có mục nào mang mã “{{key}}” (cột “{{column}}”).',
    parentCycle: 'Chủ đề này lại là chủ đề cha của chính nó qua cột “parent”.',
    intro:
      'Cơ quan (kèm đầu mối), chủ đề, địa danh và thông tin chung trong một sổ tính XLSX, mỗi danh mục một trang, mỗi ngôn ngữ một cột (name_vi … name_km). Dùng để chuẩn bị một hệ thống mới từ một tệp.',
    download: 'Tải danh mục (XLSX)',
    importHeading: 'Nhập danh mục',
    fileLabel: 'Tệp danh mục (XLSX, hoặc CSV của một danh mục)',
    listLabel: 'Danh mục của tệp CSV',
    dryRunButton: 'Kiểm tra trước (chưa ghi)',
    commitButton: 'Nhập',
    working: 'Đang xử lý…',
    dryRunNote: 'Kiểm tra trước: chưa ghi gì. Xem báo cáo rồi bấm Nhập.',
    committedNote: 'Đã nhập xong.',
    summary:
      'Tạo mới: {{create}} · Cập nhật: {{update}} · Không đổi: {{unchanged}} · Lỗi: {{error}}',
    colList: 'Danh mục',
    colRow: 'Dòng',
    colKey: 'Mã',
    colAction: 'Kết quả',
    colDetails: 'Chi tiết',
    actionCreate: 'Tạo mới',
    actionUpdate: 'Cập nhật',
    actionUnchanged: 'Không đổi',
    actionError: 'Lỗi',
  },
  audit: {
    changeRefused: 'Nhật ký hệ thống chỉ được ghi thêm: không ai được sửa một mục đã ghi.',
    deleteRefused: 'Nhật ký hệ thống chỉ được ghi thêm: không ai được xóa một mục đã ghi.',
  },
  health: {
    ok: 'Hoạt động bình thường',
    dbUnavailable: 'Không kết nối được cơ sở dữ liệu',
    storageUnavailable: 'Không truy cập được kho lưu trữ tệp',
    searchUnavailable: 'Không kết nối được máy chủ tìm kiếm',
    backupStale:
      'Bản sao lưu thành công gần nhất đã quá hạn cho phép, hoặc chưa có bản sao lưu nào',
    backupRecordsUnreadable:
      'Không đọc được sổ ghi các bản sao lưu (backups.json trong thư mục dữ liệu): hãy kiểm tra hoặc xoá tệp này',
  },
  access: {
    accreditationNeedsExpiry: 'Cấp phép cần có ngày hết hạn trong tương lai.',
    accreditationNeedsReason: 'Cần ghi rõ lý do khi từ chối hoặc thu hồi cấp phép.',
    publishNotAllowed: 'Chỉ cán bộ có vai trò duyệt, xuất bản mới được xuất bản nội dung.',
    relationNotVisible:
      'Không thể liên kết tới mục “{{id}}” của “{{collection}}”: mục không tồn tại hoặc bạn không có quyền xem.',
    agencyNotOwn: 'Bạn chỉ được tạo nội dung cho cơ quan, đơn vị của mình.',
  },
  email: {
    accountExistsSubject: 'Đã có tài khoản với địa chỉ e-mail này',
    accountExistsBody:
      'Xin chào {{name}},\n\nAi đó (có thể là chính bạn) vừa đăng ký tài khoản báo chí tại Cơ sở dữ liệu thông tin đối ngoại bằng địa chỉ e-mail này, nhưng địa chỉ này đã có tài khoản. Không có tài khoản mới nào được tạo.\n\nNếu đó là bạn, hãy đăng nhập hoặc đặt lại mật khẩu tại:\n{{url}}\n\nNếu không phải bạn, bạn có thể bỏ qua thư này.',
    verifySubject: 'Xác nhận địa chỉ thư điện tử của bạn',
    verifyBody:
      'Xin chào {{name}},\n\nCảm ơn bạn đã đăng ký tài khoản phóng viên tại Cơ sở dữ liệu thông tin đối ngoại. Vui lòng mở liên kết sau để xác nhận địa chỉ thư điện tử:\n{{url}}\n\nSau khi xác nhận, cán bộ phụ trách báo chí sẽ xem xét đề nghị cấp phép của bạn.',
    verifiedPage:
      'Địa chỉ thư điện tử của bạn đã được xác nhận. Cán bộ phụ trách báo chí sẽ xem xét đề nghị cấp phép và thông báo cho bạn qua thư điện tử.',
    verifyFailedPage: 'Liên kết xác nhận không hợp lệ hoặc đã được sử dụng.',
    approvedSubject: 'Đề nghị cấp phép phóng viên của bạn đã được chấp thuận',
    approvedBody:
      'Xin chào {{name}},\n\nĐề nghị cấp phép của bạn đã được chấp thuận, có hiệu lực đến hết ngày {{expires}}. Từ nay bạn có thể xem và tải các tư liệu dành cho báo chí.',
    rejectedSubject: 'Đề nghị cấp phép phóng viên của bạn chưa được chấp thuận',
    rejectedBody:
      'Xin chào {{name}},\n\nĐề nghị cấp phép của bạn chưa được chấp thuận. Lý do: {{reason}}',
    revokedSubject: 'Giấy phép phóng viên của bạn đã bị thu hồi',
    revokedBody:
      'Xin chào {{name}},\n\nGiấy phép phóng viên của bạn đã bị thu hồi. Lý do: {{reason}}',
    resetSubject: 'Đặt lại mật khẩu của bạn',
    resetBody:
      'Xin chào {{name}},\n\nAi đó (có thể là chính bạn) vừa đề nghị đặt lại mật khẩu tài khoản của bạn tại Cơ sở dữ liệu thông tin đối ngoại. Để chọn mật khẩu mới, hãy mở liên kết sau trong vòng {{hours}} giờ:\n{{url}}\n\nNếu bạn không đề nghị việc này, hãy bỏ qua thư này; mật khẩu của bạn vẫn giữ nguyên.',
  },
  accounts: {
    passwordTooShort: 'Mật khẩu phải có ít nhất {{min}} ký tự.',
    passwordContainsEmail: 'Mật khẩu không được là hoặc chứa địa chỉ e-mail của tài khoản.',
    passwordCommon:
      'Mật khẩu này nằm trong danh sách mật khẩu phổ biến hoặc đã bị lộ. Vui lòng chọn mật khẩu khác.',
    loginFailed: 'E-mail hoặc mật khẩu không đúng, hoặc tài khoản chưa sẵn sàng để đăng nhập.',
    registrationReceived:
      'Đã nhận đăng ký. Nếu địa chỉ e-mail này dùng được để mở tài khoản báo chí, chúng tôi đã gửi thư tới địa chỉ đó; vui lòng làm theo hướng dẫn trong thư.',
  },
  workflow: {
    unknownAction: 'Thao tác “{{action}}” không tồn tại.',
    roleNotAllowed: 'Vai trò của bạn không được thực hiện thao tác này.',
    stateNotAllowed: 'Không thể thực hiện thao tác này khi mục đang ở trạng thái “{{state}}”.',
    reasonRequired: 'Cần ghi rõ lý do cho thao tác này.',
    translationNotApproved: 'Bản dịch chưa được duyệt nên chưa thể xuất bản.',
    translationStale:
      'Bản gốc tiếng Việt đã thay đổi sau khi bản dịch được duyệt; cần duyệt lại bản dịch.',
    sourceNotPublished: 'Bản gốc tiếng Việt phải được xuất bản trước.',
    securityHold:
      'Mục đang bị tạm giữ để kiểm tra bảo mật; quản trị viên phải gỡ tạm giữ trước khi xuất bản.',
    submittedSubject: 'Có nội dung chờ duyệt: {{title}}',
    submittedBody: '{{actor}} vừa gửi “{{title}}” ({{locale}}) để duyệt.\n\n{{url}}',
    rejectedSubject: 'Nội dung bị trả lại: {{title}}',
    rejectedBody: '“{{title}}” ({{locale}}) đã bị trả lại. Lý do: {{reason}}\n\n{{url}}',
  },
  content: {
    fallbackNotice: 'Nội dung chưa có bằng {{requested}}; đang hiển thị bằng {{served}}.',
  },
  security: {
    classifiedRefused:
      'Không được lưu trữ thông tin, tài liệu thuộc bí mật nhà nước (độ Mật, Tối mật, Tuyệt mật) trên hệ thống có kết nối Internet. Nội dung chưa được lưu.',
    holdReason: 'Phát hiện dấu độ mật {{markings}} trong: {{fields}}.',
    holdReasonUnreadable: 'Không đọc được nội dung tệp “{{file}}” để kiểm tra dấu độ mật.',
    uploadedFile: 'tệp “{{file}}”',
  },
  media: {
    typeNotAllowed: 'Không nhận tệp loại này. Chỉ nhận: {{allowed}}.',
    typeMismatch:
      'Nội dung tệp không khớp với phần mở rộng của tên tệp hoặc kiểu tệp được khai báo.',
    kindMismatch: 'Tệp này không thuộc loại tư liệu đã chọn (ảnh, video hoặc tài liệu).',
    empty: 'Tệp rỗng, không có nội dung.',
    tooLarge: 'Tệp lớn hơn mức cho phép đối với loại tư liệu này ({{limit}}).',
    tooManyPixels: 'Ảnh quá lớn: {{megapixels}} megapixel, tối đa {{limit}} megapixel.',
    unreadable: 'Ảnh bị hỏng hoặc không đầy đủ nên không đọc được.',
    unreadableVideo: 'Video bị hỏng, không đầy đủ hoặc không phải là video nên không đọc được.',
    activeContent: 'Tệp có chứa mã trang web hoặc mã lệnh nên không được tải lên.',
    renditionNotAvailable: 'Tư liệu này không có phiên bản “{{rendition}}”.',
    downloadTermsRequired:
      'Vui lòng chấp nhận điều kiện sử dụng và nêu mục đích sử dụng để tải tệp này.',
    documentContentTooLarge:
      'Tài liệu khi giải nén lớn hơn mức cho phép ({{limit}}) nên không được lưu.',
    renditionInlineStaffOnly:
      'Phiên bản “{{rendition}}” chỉ có qua nút tải về, kèm điều khoản sử dụng.',
    renditionNotAllowed: 'Bạn không được tải phiên bản “{{rendition}}” của tư liệu này.',
    fileRouteStaffOnly:
      'Tệp của thư viện được tải qua nút tải về hoặc các cỡ ảnh của tư liệu, không qua địa chỉ này.',
  },
  basket: {
    tooLarge:
      'Giỏ tải có {{size}} tệp, vượt mức {{limit}} cho một lần tải. Hãy bớt tư liệu hoặc chọn cỡ nhỏ hơn.',
    empty: 'Giỏ tải của bạn đang trống.',
    full: 'Giỏ tải đã đầy ({{max}} tư liệu). Hãy tải xuống hoặc bớt tư liệu trước.',
  },
  search: {
    expectedQuery: 'nội dung tìm kiếm không quá {{max}} ký tự',
    expectedOneOf: 'một trong các giá trị {{values}}',
    expectedAtMost: 'không quá {{max}} giá trị',
    expectedId: 'một mã định danh (chữ cái, chữ số, “-” hoặc “_”)',
    expectedYear: 'một năm từ {{min}} đến {{max}}',
    expectedInteger: 'một số nguyên từ {{min}} đến {{max}}',
    expectedDayNotBefore: 'một ngày không trước {{day}}',
    browserSearchUnavailable:
      'Tìm kiếm trực tiếp từ trình duyệt cần máy chủ Meilisearch; vui lòng dùng /api/library/search.',
  },
  statistics: {
    expectedDay: 'một ngày dạng YYYY-MM-DD',
    expectedPeriod: 'một khoảng thời gian có ngày đầu không sau ngày cuối, dài tối đa {{max}} ngày',
    expectedAgency: 'mã của một cơ quan, đơn vị',
  },
  reports: {
    duplicate: 'Đã có báo cáo của cơ quan này cho kỳ và năm này; hãy mở báo cáo đó để sửa.',
    invalidPeriod:
      'Khoảng thời gian của số liệu không hợp lệ: cần hai ngày dạng YYYY-MM-DD, ngày đầu không sau ngày cuối.',
    agencyRequired: 'Báo cáo của cơ quan cần chọn cơ quan, đơn vị.',
    reminderSubject: 'Nhắc hạn: {{report}} của {{agency}} hạn {{deadline}}',
    reminderBody:
      'Kính gửi {{name}},\n\n{{agency}} cần gửi {{report}} về công tác thông tin đối ngoại tới Sở trước ngày {{deadline}} (còn {{days}} ngày). Báo cáo được lập và gửi trên hệ thống:\n{{url}}\n\nNếu cơ quan đã gửi báo cáo, xin bỏ qua thư này.',
    halfYearReport: 'báo cáo 6 tháng đầu năm {{year}}',
    annualReport: 'báo cáo năm {{year}}',
    presetHalfYear: '6 tháng đầu năm',
    presetYear: 'Cả năm',
    year: 'Năm',
    from: 'Từ ngày',
    to: 'Đến ngày',
    agency: 'Cơ quan, đơn vị',
    allAgencies: 'Tất cả cơ quan',
    show: 'Xem',
    periodLine: 'Số liệu từ {{from}} đến {{to}}',
    supplied: 'Cung cấp',
    published: 'Xuất bản',
    withdrawn: 'Gỡ bỏ',
    byAgency: 'Theo cơ quan',
    byKind: 'Theo loại tư liệu',
    byInfoType: 'Theo loại thông tin',
    byLocale: 'Xuất bản theo ngôn ngữ',
    translations: 'Bản dịch',
    current: 'Hiện hành',
    stale: 'Lỗi thời',
    missing: 'Chưa có',
    pushes: 'Gửi đồng bộ',
    target: 'Nơi nhận',
    delivered: 'Đã gửi',
    acknowledged: 'Đã xác nhận',
    failed: 'Lỗi',
    medianHours: 'Giờ đến khi xác nhận (trung vị)',
    journalists: 'Phóng viên',
    registered: 'Đăng ký',
    accredited: 'Được cấp phép',
    country: 'Quốc gia',
    downloads: 'Lượt tải',
    views: 'Lượt xem',
    topItems: 'Nhiều nhất',
    total: 'Tổng',
    item: 'Tin, bài, tư liệu',
    kindArticle: 'Tin, bài viết',
    kindPhoto: 'Ảnh',
    kindVideo: 'Video',
    kindPublication: 'Ấn phẩm, tài liệu',
    infoOfficial: 'Thông tin chính thống',
    infoPromotional: 'Thông tin quảng bá',
    infoWorld: 'Thông tin thế giới',
    infoClarification: 'Thông tin phản bác, cải chính',
    overdue: 'Chậm gửi báo cáo',
    overdueNone: 'Không có cơ quan nào chậm gửi báo cáo.',
    overdueCycle: '{{report}}: hạn {{deadline}}',
    noReport: 'Chưa có báo cáo',
    draftOnly: 'Dự thảo, chưa gửi',
    reportsList: 'Báo cáo định kỳ',
    downloadDocx: 'Tải báo cáo (DOCX)',
    downloadXlsx: 'Tải bảng số liệu (XLSX)',
  },
  syndication: {
    unknownTarget: 'Không có nơi nhận đồng bộ “{{target}}”.',
    targetNotAllowed: 'Bạn không được xem những gì nơi nhận đồng bộ “{{target}}” nhận.',
    waitNeedsApiClient:
      'Chỉ ứng dụng kết nối (API client) mới được chờ thay đổi bằng “wait”; hãy gửi wait=0 hoặc xác thực bằng khóa API.',
    tooManyWaiters:
      'Đang có quá nhiều yêu cầu chờ thay đổi. Vui lòng thử lại sau {{seconds}} giây.',
    privateTargetAddress:
      'Địa chỉ “{{host}}” dẫn tới mạng nội bộ hoặc cục bộ; nơi nhận đồng bộ phải ở trên Internet công cộng.',
    privateFeedAddress:
      'Địa chỉ “{{host}}” dẫn tới mạng nội bộ hoặc cục bộ; nguồn tin của cơ quan phải ở trên Internet công cộng.',
  },
  distribution: {
    notAllowed: 'Chỉ cán bộ quản lý nhà nước (Sở) và quản trị viên được duyệt phát hành quốc gia.',
    notAwaiting: 'Ngôn ngữ này không còn chờ Sở duyệt; có thể đã được quyết định hoặc đã gỡ.',
    versionChanged: 'Đã có phiên bản mới hơn chờ duyệt; hãy tải lại trang và xem phiên bản mới.',
    expectedReason: 'lý do không duyệt (bắt buộc khi không duyệt)',
    refusedSubject: 'Sở không duyệt phát hành quốc gia: {{title}}',
    refusedBody:
      '{{actor}} (Sở) không duyệt bản {{language}} của “{{title}}” để gửi lên cổng thông tin quốc gia. Lý do: {{reason}}\n\n{{url}}',
  },
  alerts: {
    digestSubject: 'Bản tin cảnh báo hằng ngày: {{count}} mục mới',
    digestIntro:
      'Xin chào {{name}},\n\nDưới đây là những mục mới theo các cảnh báo của bạn kể từ bản tin trước.',
    sectionSavedSearch: 'Tìm kiếm đã lưu “{{name}}”',
    sectionTopic: 'Chủ đề: {{name}}',
    more: 'Xem tất cả trong thư viện: {{url}}',
    moreLink: 'Xem tất cả trong thư viện',
    stopThis: 'Ngừng cảnh báo này: {{url}}',
    stopThisLink: 'Ngừng cảnh báo này',
    footer:
      'Bạn nhận thư này vì đã bật cảnh báo qua e-mail. Quản lý cảnh báo tại trang tài khoản: {{url}}\nNgừng mọi thư cảnh báo: {{unsubscribeAll}}',
    footerHtml:
      'Bạn nhận thư này vì đã bật cảnh báo qua e-mail. Quản lý cảnh báo tại trang tài khoản:',
    stopAllLink: 'Ngừng mọi thư cảnh báo',
    unsubscribeInvalid:
      'Liên kết hủy đăng ký này không hợp lệ. Hãy dùng đúng liên kết trong e-mail, hoặc thay đổi cảnh báo tại trang tài khoản.',
  },
  embargo: {
    pressReleaseNeedsEmbargo:
      'Thời điểm công bố cho báo chí chỉ đặt được cho mục có cấm đăng (có thời điểm công bố rộng rãi). Chưa lưu gì.',
    pressReleaseNotBeforeEmbargo:
      'Thời điểm công bố cho báo chí phải trước thời điểm hết cấm đăng (thời điểm công bố rộng rãi). Chưa lưu gì.',
    pressOpenSubject: 'Dành cho báo chí, cấm đăng đến {{until}}: {{title}}',
    pressOpenBody:
      'Kính gửi {{name}},\n\nMột nội dung thuộc chủ đề bạn theo dõi vừa được mở cho phóng viên được cấp phép: “{{title}}”.\n\nCấm đăng đến {{until}}: vui lòng không đăng tải trước thời điểm này.\n\n{{url}}',
  },
  events: {
    endBeforeStart: 'Ngày kết thúc không được trước ngày bắt đầu.',
  },
  import: {
    duplicateIdentity: 'Một mục khác của cơ quan này đã có mã “{{value}}”.',
    identityNotReadable:
      'Mã “{{value}}” đã thuộc về một mục của cơ quan mà bạn không có quyền xem, nên không thể cập nhật; hãy dùng mã khác hoặc nhờ người được xem mục đó.',
    unknownAgency: 'Không có cơ quan nào mang mã “{{code}}”.',
    unknownTopic: 'Không có chủ đề nào mang đường dẫn “{{slug}}”.',
    unknownLink:
      'Cột “{{column}}”: không có mục nào mang mã “{{id}}”, trong cơ sở dữ liệu hay trong lô này.',
    exportCollection: 'Hãy chọn articles, media, events hoặc albums để xuất.',
    exportIds: 'Danh sách mã cần xuất không hợp lệ: “{{ids}}”.',
    exportWhere: 'Bộ lọc xuất không hợp lệ.',
    agencyRequired: 'Hãy ghi mã cơ quan ở cột agency: tài khoản của bạn không thuộc cơ quan nào.',
    externalIdRequired:
      'Dòng không kèm tệp cần có mã ở cột externalId, để lần nhập sau tìm lại được mục này.',
    badValue: 'Cột “{{column}}”: giá trị “{{value}}” không dùng được.',
    unknownColumns: 'Bảng có cột không nhận ra: {{columns}}. Chưa nhập gì.',
    fileMissing: 'Không có tệp “{{file}}” trong tệp ZIP.',
    fileType: 'Tệp “{{file}}” không thuộc loại được phép tải lên.',
    fileTooLarge: 'Tệp “{{file}}” lớn hơn mức cho phép ({{limit}}).',
    batchFormat: 'Hãy gửi một tệp CSV, XLSX hoặc ZIP.',
    alreadyCommitted: 'Lô này đã được nhập.',
    batchExpired:
      'Lô này không được nhập trong vòng {{hours}} giờ nên đã hết hạn; hãy tải lên lại.',
  },
}

type Catalogue<T> = { [Namespace in keyof T]: { [Key in keyof T[Namespace]]: string } }

/** The shape every catalogue satisfies; a missing or extra key fails the type check. */
export type MessageCatalogue = Catalogue<typeof vi>
