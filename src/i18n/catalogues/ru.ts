import type { MessageCatalogue } from './vi'

export const ru = {
  errors: {
    internal: 'Произошла непредвиденная ошибка. Пожалуйста, повторите попытку позже.',
    notFound: 'Запрошенные материалы не найдены.',
    forbidden: 'У вас нет прав на это действие.',
    unauthorized: 'Войдите в систему, чтобы продолжить.',
    invalidParameter: 'Недопустимый параметр «{{name}}»: ожидается {{expected}}.',
    payloadTooLarge: 'Файл превышает допустимый размер ({{limit}}).',
    tooManyRequests: 'Слишком много запросов. Повторите попытку через несколько минут.',
  },
  health: {
    ok: 'Работает нормально',
    dbUnavailable: 'Нет связи с базой данных',
    storageUnavailable: 'Хранилище файлов недоступно',
    searchUnavailable: 'Поисковая служба недоступна',
  },
  access: {
    publishNotAllowed: 'Публиковать материалы могут только выпускающие редакторы.',
    relationNotVisible:
      'Нельзя сослаться на элемент «{{id}}» из «{{collection}}»: он не существует или у вас нет прав на его просмотр.',
    agencyNotOwn: 'Вы можете создавать материалы только для своего ведомства.',
  },
  content: {
    fallbackNotice:
      'Этот материал недоступен на языке «{{requested}}»; он показан на языке «{{served}}».',
  },
} satisfies MessageCatalogue
