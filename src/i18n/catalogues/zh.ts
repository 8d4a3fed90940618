import type { MessageCatalogue } from './vi'

export const zh = {
  errors: {
    internal: '系统出现意外错误，请稍后再试。',
    notFound: '未找到所请求的内容。',
    forbidden: '您无权执行此操作。',
    unauthorized: '请先登录。',
    invalidParameter: '参数“{{name}}”无效：应为{{expected}}。',
    malformedBody: '无法读取请求内容：请发送有效的 JSON 对象。',
    expectedText: '文本',
    expectedCursor: '先前响应中的“next”值',
    payloadTooLarge: '文件超过允许的大小（{{limit}}）。',
    tooManyRequests: '请求过多，请几分钟后再试。',
    tooManyRequestsRetry: '请求过多，请{{when}}再试。',
  },
  audit: {
    changeRefused: '审计日志只能追加：任何人都不得修改已记录的条目。',
    deleteRefused: '审计日志只能追加：任何人都不得删除已记录的条目。',
  },
  health: {
    ok: '运行正常',
    dbUnavailable: '无法连接数据库',
    storageUnavailable: '无法访问文件存储',
    searchUnavailable: '无法连接搜索服务',
  },
  access: {
    accreditationNeedsExpiry: '批准采访许可时须填写一个未来的到期日期。',
    accreditationNeedsReason: '拒绝或撤销采访许可时须说明理由。',
    publishNotAllowed: '只有具有审核发布权限的人员才能发布内容。',
    relationNotVisible: '无法关联“{{collection}}”中的条目“{{id}}”：该条目不存在或您无权查看。',
    agencyNotOwn: '您只能为本单位创建内容。',
  },
  email: {
    accountExistsSubject: '该电子邮件地址已有账户',
    accountExistsBody:
      '{{name}}，您好：\n\n有人（可能是您本人）刚刚使用此电子邮件地址在对外信息数据库注册记者账户，但该地址已有账户，因此未创建新账户。\n\n如果是您本人，请在此登录或重置密码：\n{{url}}\n\n如果不是您本人，请忽略此邮件。',
    verifySubject: '请确认您的电子邮箱地址',
    verifyBody:
      '{{name}}，您好：\n\n感谢您在对外信息数据库注册记者账户。请打开以下链接确认您的电子邮箱地址：\n{{url}}\n\n确认后，新闻事务负责人员将审核您的采访许可申请。',
    verifiedPage:
      '您的电子邮箱地址已确认。新闻事务负责人员将审核您的采访许可申请，并通过电子邮件通知您。',
    verifyFailedPage: '此确认链接无效或已被使用。',
    approvedSubject: '您的记者采访许可申请已获批准',
    approvedBody:
      '{{name}}，您好：\n\n您的采访许可申请已获批准，有效期至{{expires}}当天结束。您现在可以查看和下载供新闻界使用的资料。',
    rejectedSubject: '您的记者采访许可申请未获批准',
    rejectedBody: '{{name}}，您好：\n\n您的采访许可申请未获批准。原因：{{reason}}',
    revokedSubject: '您的记者采访许可已被撤销',
    revokedBody: '{{name}}，您好：\n\n您的记者采访许可已被撤销。原因：{{reason}}',
    resetSubject: '重置您的密码',
    resetBody:
      '{{name}}，您好：\n\n有人（可能是您本人）申请重置您在对外信息数据库的账户密码。如需设置新密码，请在 {{hours}} 小时内打开以下链接：\n{{url}}\n\n如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。',
  },
  accounts: {
    passwordTooShort: '密码至少需要 {{min}} 个字符。',
    passwordContainsEmail: '密码不得为或包含该账户的电子邮件地址。',
    passwordCommon: '此密码属于常见或已泄露的密码。请另选一个密码。',
    loginFailed: '电子邮件或密码不正确，或该账户暂时无法登录。',
    registrationReceived:
      '已收到注册申请。如果该电子邮箱地址可用于开设记者账户，我们已向其发送邮件，请按邮件中的说明操作。',
  },
  workflow: {
    unknownAction: '不存在操作“{{action}}”。',
    roleNotAllowed: '您的角色无权执行此操作。',
    stateNotAllowed: '条目处于“{{state}}”状态时不能执行此操作。',
    reasonRequired: '请说明执行此操作的理由。',
    translationNotApproved: '译文尚未审核通过，不能发布。',
    translationStale: '越南语原文在译文审核通过后已修改，请重新审核译文。',
    sourceNotPublished: '必须先发布越南语原文。',
    securityHold: '该条目因保密审查被暂扣，须由管理员解除后才能发布。',
    submittedSubject: '待审核：{{title}}',
    submittedBody: '{{actor}} 已提交“{{title}}”（{{locale}}）待审核。\n\n{{url}}',
    rejectedSubject: '已退回修改：{{title}}',
    rejectedBody: '“{{title}}”（{{locale}}）已被退回。原因：{{reason}}\n\n{{url}}',
  },
  content: {
    fallbackNotice: '此内容暂无{{requested}}版本，现以{{served}}显示。',
  },
  security: {
    classifiedRefused:
      '属于国家秘密（密级为秘密、机密、绝密，即越南语 Mật、Tối mật、Tuyệt mật）的资料不得存储在连接互联网的系统上。未保存任何内容。',
    holdReason: '发现密级标志{{markings}}，位置：{{fields}}。',
    holdReasonUnreadable: '无法读取文件“{{file}}”的内容，未能检查其中的密级标志。',
    uploadedFile: '文件“{{file}}”',
  },
  media: {
    typeNotAllowed: '不能上传此类型的文件。允许的类型：{{allowed}}。',
    typeMismatch: '文件内容与文件扩展名或声明的类型不符。',
    kindMismatch: '此文件不属于所选的媒体类别（图片、视频或文档）。',
    empty: '文件为空。',
    tooLarge: '文件超过此类媒体允许的大小（{{limit}}）。',
    tooManyPixels: '图片过大：{{megapixels}} 百万像素，最多允许 {{limit}} 百万像素。',
    unreadable: '图片已损坏或不完整，无法读取。',
    unreadableVideo: '视频已损坏、不完整或并非视频，无法读取。',
    activeContent: '文件包含网页或脚本代码，不能上传。',
    renditionNotAvailable: '此条目没有“{{rendition}}”版本。',
    downloadTermsRequired: '请接受使用条件并说明用途后再下载此文件。',
    documentContentTooLarge: '该文档解压后超过允许的大小（{{limit}}），因此未保存。',
    renditionInlineStaffOnly: '“{{rendition}}”版本只能通过下载获取，并须遵守使用条款。',
    renditionNotAllowed: '您无权下载此条目的“{{rendition}}”版本。',
    fileRouteStaffOnly: '资料库文件请通过条目的下载链接或各尺寸链接获取，而非此地址。',
  },
  search: {
    expectedQuery: '不超过{{max}}个字符的检索词',
    expectedOneOf: '{{values}}之一',
    expectedAtMost: '不超过{{max}}个值',
    expectedId: '标识符（字母、数字、“-”或“_”）',
    expectedYear: '{{min}}至{{max}}之间的年份',
    expectedInteger: '{{min}}至{{max}}之间的整数',
    browserSearchUnavailable: '浏览器端搜索需要 Meilisearch 引擎，请改用 /api/library/search。',
  },
  syndication: {
    unknownTarget: '不存在同步接收方“{{target}}”。',
    targetNotAllowed: '您无权使用同步接收方“{{target}}”的筛选条件。',
    waitNeedsApiClient:
      '只有 API 客户端可以使用“wait”等待更新；请发送 wait=0 或使用 API 密钥认证。',
    tooManyWaiters: '等待更新的请求过多，请在 {{seconds}} 秒后重试。',
    privateTargetAddress: '地址“{{host}}”指向内部或本地网络；同步接收方必须位于公共互联网上。',
  },
} satisfies MessageCatalogue
