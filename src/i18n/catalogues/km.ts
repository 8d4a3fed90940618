import type { MessageCatalogue } from './vi'

export const km = {
  errors: {
    internal: 'មានកំហុសដែលមិនបានរំពឹងទុក។ សូមព្យាយាមម្តងទៀតនៅពេលក្រោយ។',
    notFound: 'រកមិនឃើញខ្លឹមសារដែលបានស្នើសុំទេ។',
    forbidden: 'អ្នកមិនមានសិទ្ធិធ្វើសកម្មភាពនេះទេ។',
    unauthorized: 'សូមចូលគណនីដើម្បីបន្ត។',
    invalidParameter: 'ប៉ារ៉ាម៉ែត្រ “{{name}}” មិនត្រឹមត្រូវ៖ ត្រូវការ {{expected}}។',
    payloadTooLarge: 'ឯកសារធំជាងទំហំដែលអនុញ្ញាត ({{limit}})។',
    tooManyRequests: 'សំណើច្រើនពេក។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេលប៉ុន្មាននាទីទៀត។',
  },
  health: {
    ok: 'ដំណើរការធម្មតា',
    dbUnavailable: 'មិនអាចភ្ជាប់ទៅមូលដ្ឋានទិន្នន័យបានទេ',
    storageUnavailable: 'មិនអាចចូលដំណើរការឃ្លាំងឯកសារបានទេ',
    searchUnavailable: 'មិនអាចភ្ជាប់ទៅសេវាស្វែងរកបានទេ',
  },
  access: {
    publishNotAllowed: 'មានតែអ្នកមានសិទ្ធិបោះពុម្ពផ្សាយប៉ុណ្ណោះ ដែលអាចបោះពុម្ពផ្សាយខ្លឹមសារបាន។',
    relationNotVisible:
      'មិនអាចភ្ជាប់ទៅធាតុ “{{id}}” នៃ “{{collection}}” បានទេ៖ ធាតុនេះមិនមាន ឬអ្នកគ្មានសិទ្ធិមើល។',
    agencyNotOwn: 'អ្នកអាចបង្កើតខ្លឹមសារសម្រាប់អង្គភាពរបស់អ្នកប៉ុណ្ណោះ។',
  },
  content: {
    fallbackNotice: 'ខ្លឹមសារនេះមិនទាន់មានជា{{requested}}ទេ។ កំពុងបង្ហាញជា{{served}}។',
  },
} satisfies MessageCatalogue
