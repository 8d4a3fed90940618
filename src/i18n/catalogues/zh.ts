import type { MessageCatalogue } from './vi'

export const zh = {
  errors: {
    internal: '系统出现意外错误，请稍后再试。',
    notFound: '未找到所请求的内容。',
    forbidden: '您无权执行此操作。',
    unauthorized: '请先登录。',
    invalidParameter: '参数“{{name}}”无效：应为{{expected}}。',
    payloadTooLarge: '文件超过允许的大小（{{limit}}）。',
    tooManyRequests: '请求过多，请几分钟后再试。',
  },
  health: {
    ok: '运行正常',
    dbUnavailable: '无法连接数据库',
    storageUnavailable: '无法访问文件存储',
    searchUnavailable: '无法连接搜索服务',
  },
  access: {
    publishNotAllowed: '只有具有审核发布权限的人员才能发布内容。',
    relationNotVisible: '无法关联“{{collection}}”中的条目“{{id}}”：该条目不存在或您无权查看。',
    agencyNotOwn: '您只能为本单位创建内容。',
  },
  content: {
    fallbackNotice: '此内容暂无{{requested}}版本，现以{{served}}显示。',
  },
} satisfies MessageCatalogue
