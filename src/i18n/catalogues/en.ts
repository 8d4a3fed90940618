import type { MessageCatalogue } from './vi'

export const en = {
  errors: {
    internal: 'Something went wrong on our side. Please try again later.',
    notFound: 'The requested content was not found.',
    forbidden: 'You are not allowed to do this.',
    unauthorized: 'Please log in to continue.',
    invalidParameter: 'Invalid parameter “{{name}}”: expected {{expected}}.',
    payloadTooLarge: 'The file is larger than allowed ({{limit}}).',
    tooManyRequests: 'Too many requests. Please try again in a few minutes.',
  },
  health: {
    ok: 'Operational',
    dbUnavailable: 'The database cannot be reached',
    storageUnavailable: 'File storage cannot be reached',
    searchUnavailable: 'The search service cannot be reached',
  },
  access: {
    publishNotAllowed: 'Only publishers may publish content.',
    relationNotVisible:
      'Cannot link to item “{{id}}” of “{{collection}}”: it does not exist or you may not see it.',
    agencyNotOwn: 'You may only create content for your own agency.',
  },
  content: {
    fallbackNotice: 'This content is not available in {{requested}}; it is shown in {{served}}.',
  },
} satisfies MessageCatalogue
