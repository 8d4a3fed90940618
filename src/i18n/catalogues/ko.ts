import type { MessageCatalogue } from './vi'

export const ko = {
  errors: {
    internal: '예기치 않은 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.',
    notFound: '요청한 콘텐츠를 찾을 수 없습니다.',
    forbidden: '이 작업을 수행할 권한이 없습니다.',
    unauthorized: '계속하려면 로그인해 주세요.',
    invalidParameter: '매개변수 “{{name}}”이(가) 잘못되었습니다: {{expected}}이(가) 필요합니다.',
    payloadTooLarge: '파일이 허용된 크기({{limit}})를 초과합니다.',
    tooManyRequests: '요청이 너무 많습니다. 몇 분 후에 다시 시도해 주세요.',
  },
  health: {
    ok: '정상 작동 중',
    dbUnavailable: '데이터베이스에 연결할 수 없습니다',
    storageUnavailable: '파일 저장소에 접근할 수 없습니다',
    searchUnavailable: '검색 서비스에 연결할 수 없습니다',
  },
  access: {
    publishNotAllowed: '게시 권한이 있는 담당자만 콘텐츠를 게시할 수 있습니다.',
    relationNotVisible:
      '“{{collection}}”의 항목 “{{id}}”에 연결할 수 없습니다. 존재하지 않거나 볼 권한이 없습니다.',
    agencyNotOwn: '소속 기관의 콘텐츠만 만들 수 있습니다.',
  },
  content: {
    fallbackNotice: '이 콘텐츠는 {{requested}}(으)로 제공되지 않아 {{served}}(으)로 표시합니다.',
  },
} satisfies MessageCatalogue
