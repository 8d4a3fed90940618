import type { MessageCatalogue } from './vi'

export const fr = {
  errors: {
    internal: 'Une erreur inattendue s’est produite. Veuillez réessayer plus tard.',
    notFound: 'Le contenu demandé est introuvable.',
    forbidden: 'Vous n’êtes pas autorisé à effectuer cette action.',
    unauthorized: 'Veuillez vous connecter pour continuer.',
    invalidParameter: 'Paramètre « {{name}} » invalide : {{expected}} attendu.',
    payloadTooLarge: 'Le fichier dépasse la taille autorisée ({{limit}}).',
    tooManyRequests: 'Trop de requêtes. Veuillez réessayer dans quelques minutes.',
  },
  health: {
    ok: 'Opérationnel',
    dbUnavailable: 'La base de données est injoignable',
    storageUnavailable: 'Le stockage des fichiers est inaccessible',
    searchUnavailable: 'Le service de recherche est injoignable',
  },
  access: {
    publishNotAllowed: 'Seuls les éditeurs habilités peuvent publier du contenu.',
    relationNotVisible:
      'Impossible de lier l’élément « {{id}} » de « {{collection}} » : il n’existe pas ou vous n’avez pas le droit de le voir.',
    agencyNotOwn: 'Vous ne pouvez créer du contenu que pour votre propre organisme.',
  },
  content: {
    fallbackNotice:
      'Ce contenu n’est pas disponible en {{requested}} ; il est affiché en {{served}}.',
  },
} satisfies MessageCatalogue
