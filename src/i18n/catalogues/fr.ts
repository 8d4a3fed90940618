import type { MessageCatalogue } from './vi'

export const fr = {
  errors: {
    internal: 'Une erreur inattendue s’est produite. Veuillez réessayer plus tard.',
    notFound: 'Le contenu demandé est introuvable.',
    forbidden: 'Vous n’êtes pas autorisé à effectuer cette action.',
    unauthorized: 'Veuillez vous connecter pour continuer.',
    invalidParameter: 'Paramètre « {{name}} » invalide : {{expected}} attendu.',
    malformedBody: 'Le corps de la requête est illisible : veuillez envoyer un objet JSON valide.',
    expectedText: 'du texte',
    expectedCursor: 'la valeur « next » d’une réponse précédente',
    payloadTooLarge: 'Le fichier dépasse la taille autorisée ({{limit}}).',
    storageFull:
      'Le serveur n’a plus d’espace de stockage : le fichier n’a pas pu être enregistré. Veuillez réessayer plus tard ou prévenir un administrateur.',
    tooManyRequests: 'Trop de requêtes. Veuillez réessayer dans quelques minutes.',
    tooManyRequestsRetry: 'Trop de requêtes. Veuillez réessayer {{when}}.',
  },
  lists: {
    invalidFile:
      'Ce fichier n’est ni un classeur XLSX ni un fichier CSV des listes. Rien n’a été importé.',
    noSheets:
      'Le classeur n’a aucune feuille nommée agencies, topics, places ou settings. Rien n’a été importé.',
    csvNeedsList:
      'Un fichier CSV contient une seule liste : veuillez choisir laquelle (agencies, topics, places ou settings). Rien n’a été importé.',
    unknownColumn:
      'La colonne « {{column}} » n’appartient pas à la feuille « {{sheet}} ». Rien n’a été importé.',
    fileMissing: 'Veuillez choisir un fichier de listes (XLSX ou CSV) à importer.',
    missingKey: 'La ligne n’a pas de clé (colonne « {{column}} »).',
    duplicateKey:
      'La clé « {{key}} » figure sur plusieurs lignes ; seule la première est importée.',
    unknownReference: 'Aucun élément n’a la clé « {{key}} » (colonne « {{column}} »).',
    parentCycle: 'Par la colonne « parent », ce thème devient son propre ancêtre.',
    intro:
      'Les organismes (avec leurs référents), les thèmes, les lieux et les paramètres généraux dans un classeur XLSX, une feuille par liste et une colonne par langue (name_vi … name_km). Pour préparer un nouveau déploiement à partir d’un fichier.',
    download: 'Télécharger les listes (XLSX)',
    importHeading: 'Importer des listes',
    fileLabel: 'Fichier de listes (XLSX, ou CSV d’une liste)',
    listLabel: 'Liste du fichier CSV',
    dryRunButton: 'Essai à blanc (n’écrit rien)',
    commitButton: 'Importer',
    working: 'Traitement…',
    dryRunNote:
      'Essai à blanc : rien n’a été écrit. Vérifiez le rapport, puis cliquez sur Importer.',
    committedNote: 'Import terminé.',
    summary:
      'À créer : {{create}} · À mettre à jour : {{update}} · Inchangés : {{unchanged}} · Erreurs : {{error}}',
    colList: 'Liste',
    colRow: 'Ligne',
    colKey: 'Clé',
    colAction: 'Résultat',
    colDetails: 'Détails',
    actionCreate: 'Création',
    actionUpdate: 'Mise à jour',
    actionUnchanged: 'Inchangé',
    actionError: 'Erreur',
  },
  audit: {
    changeRefused: 'Le journal d’audit est en ajout seul : personne ne peut modifier une entrée.',
    deleteRefused: 'Le journal d’audit est en ajout seul : personne ne peut supprimer une entrée.',
  },
  health: {
    ok: 'Opérationnel',
    dbUnavailable: 'La base de données est injoignable',
    storageUnavailable: 'Le stockage des fichiers est inaccessible',
    searchUnavailable: 'Le service de recherche est injoignable',
    backupStale:
      'La dernière sauvegarde réussie est plus ancienne que permis, ou il n’y en a aucune',
    backupRecordsUnreadable:
      'Le registre des sauvegardes (backups.json dans le dossier des données) est illisible : vérifiez-le ou supprimez-le',
  },
  access: {
    accreditationNeedsExpiry: 'Une accréditation accordée doit avoir une date d’expiration future.',
    accreditationNeedsReason:
      'Veuillez indiquer un motif pour refuser ou retirer une accréditation.',
    publishNotAllowed: 'Seuls les éditeurs habilités peuvent publier du contenu.',
    relationNotVisible:
      'Impossible de lier l’élément « {{id}} » de « {{collection}} » : il n’existe pas ou vous n’avez pas le droit de le voir.',
    agencyNotOwn: 'Vous ne pouvez créer du contenu que pour votre propre organisme.',
  },
  email: {
    accountExistsSubject: 'Un compte existe déjà pour cette adresse e-mail',
    accountExistsBody:
      'Bonjour {{name}},\n\nQuelqu’un (peut-être vous) vient de créer un compte presse sur la Base de données d’information pour l’étranger avec cette adresse e-mail, qui a déjà un compte. Aucun nouveau compte n’a été créé.\n\nSi c’était vous, connectez-vous ou réinitialisez votre mot de passe ici :\n{{url}}\n\nSi ce n’était pas vous, vous pouvez ignorer ce message.',
    verifySubject: 'Confirmez votre adresse électronique',
    verifyBody:
      'Bonjour {{name}},\n\nMerci d’avoir créé un compte de journaliste sur la Base de données d’information extérieure. Veuillez ouvrir ce lien pour confirmer votre adresse électronique :\n{{url}}\n\nUne fois l’adresse confirmée, un responsable presse examinera votre demande d’accréditation.',
    verifiedPage:
      'Votre adresse électronique est confirmée. Un responsable presse examinera votre demande d’accréditation et vous répondra par courriel.',
    verifyFailedPage: 'Ce lien de confirmation n’est pas valide ou a déjà été utilisé.',
    approvedSubject: 'Votre accréditation de presse a été accordée',
    approvedBody:
      'Bonjour {{name}},\n\nVotre accréditation a été accordée ; elle est valable jusqu’à la fin du {{expires}}. Vous pouvez désormais consulter et télécharger les documents réservés à la presse.',
    rejectedSubject: 'Votre demande d’accréditation de presse n’a pas été acceptée',
    rejectedBody:
      'Bonjour {{name}},\n\nVotre demande d’accréditation n’a pas été acceptée. Motif : {{reason}}',
    revokedSubject: 'Votre accréditation de presse a été retirée',
    revokedBody:
      'Bonjour {{name}},\n\nVotre accréditation de presse a été retirée. Motif : {{reason}}',
    resetSubject: 'Réinitialisez votre mot de passe',
    resetBody:
      'Bonjour {{name}},\n\nQuelqu’un (probablement vous) a demandé la réinitialisation du mot de passe de votre compte sur la Base de données d’information pour l’étranger. Pour choisir un nouveau mot de passe, ouvrez ce lien dans les {{hours}} heure(s) :\n{{url}}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez ce message ; votre mot de passe reste inchangé.',
  },
  accounts: {
    passwordTooShort: 'Le mot de passe doit comporter au moins {{min}} caractères.',
    passwordContainsEmail:
      'Le mot de passe ne doit pas être ni contenir l’adresse e-mail du compte.',
    passwordCommon:
      'Ce mot de passe figure sur une liste de mots de passe courants ou divulgués. Veuillez en choisir un autre.',
    loginFailed:
      'L’adresse e-mail ou le mot de passe est incorrect, ou le compte ne peut pas encore se connecter.',
    registrationReceived:
      'Inscription reçue. Si cette adresse e-mail peut servir à un compte presse, nous lui avons envoyé un message ; veuillez suivre les instructions qu’il contient.',
  },
  workflow: {
    unknownAction: 'L’action « {{action}} » n’existe pas.',
    roleNotAllowed: 'Votre rôle ne permet pas cette action.',
    stateNotAllowed: 'Cette action est impossible tant que l’élément est « {{state}} ».',
    reasonRequired: 'Veuillez indiquer un motif pour cette action.',
    translationNotApproved: 'La traduction n’a pas été validée ; elle ne peut pas être publiée.',
    translationStale:
      'Le texte source vietnamien a changé depuis la validation de cette traduction ; validez-la de nouveau.',
    sourceNotPublished: 'Le texte source vietnamien doit d’abord être publié.',
    securityHold:
      'L’élément est retenu pour contrôle de sécurité ; un administrateur doit lever la retenue avant publication.',
    submittedSubject: 'En attente de relecture : {{title}}',
    submittedBody: '{{actor}} a soumis « {{title}} » ({{locale}}) pour relecture.\n\n{{url}}',
    rejectedSubject: 'Renvoyé pour corrections : {{title}}',
    rejectedBody: '« {{title}} » ({{locale}}) a été renvoyé. Motif : {{reason}}\n\n{{url}}',
  },
  content: {
    fallbackNotice:
      'Ce contenu n’est pas disponible en {{requested}} ; il est affiché en {{served}}.',
  },
  security: {
    classifiedRefused:
      'Les informations relevant du secret d’État (classifiées Mật, Tối mật ou Tuyệt mật) ne peuvent pas être stockées sur un système connecté à Internet. Rien n’a été enregistré.',
    holdReason: 'Mention de classification {{markings}} trouvée dans : {{fields}}.',
    holdReasonUnreadable:
      'Le contenu du fichier « {{file}} » n’a pas pu être lu pour y rechercher une mention de classification.',
    uploadedFile: 'fichier « {{file}} »',
  },
  media: {
    typeNotAllowed: 'Ce type de fichier ne peut pas être téléversé. Types acceptés : {{allowed}}.',
    typeMismatch:
      'Le contenu du fichier ne correspond pas à l’extension de son nom ni au type déclaré.',
    kindMismatch: 'Ce fichier n’appartient pas au type de média choisi (image, vidéo ou document).',
    empty: 'Le fichier est vide.',
    tooLarge: 'Le fichier dépasse la taille autorisée pour ce type de média ({{limit}}).',
    tooManyPixels: 'L’image est trop grande : {{megapixels}} mégapixels, {{limit}} au maximum.',
    unreadable: 'L’image est endommagée ou incomplète et ne peut pas être lue.',
    unreadableVideo:
      'La vidéo est endommagée, incomplète ou n’est pas une vidéo, et ne peut pas être lue.',
    activeContent:
      'Le fichier contient du code de page web ou de script et ne peut pas être téléversé.',
    renditionNotAvailable: 'Cet élément n’a pas de version « {{rendition}} ».',
    downloadTermsRequired:
      'Veuillez accepter les conditions d’utilisation et indiquer l’usage prévu pour télécharger ce fichier.',
    documentContentTooLarge:
      'Une fois décompressé, le document dépasse la taille autorisée ({{limit}}) ; il n’a pas été enregistré.',
    renditionInlineStaffOnly:
      'La version « {{rendition}} » n’est disponible qu’en téléchargement, avec ses conditions d’utilisation.',
    renditionNotAllowed:
      'Vous ne pouvez pas télécharger la version « {{rendition}} » de cet élément.',
    fileRouteStaffOnly:
      'Les fichiers de la médiathèque se téléchargent par les liens de téléchargement et de versions de l’élément, pas par cette adresse.',
  },
  basket: {
    tooLarge:
      'Le panier contient {{size}} de fichiers, plus que les {{limit}} qu’un téléchargement peut porter. Retirez des éléments ou choisissez des tailles plus petites.',
    empty: 'Votre panier est vide.',
    full: 'Votre panier est plein ({{max}} éléments). Téléchargez-le ou retirez des éléments d’abord.',
  },
  search: {
    expectedQuery: 'un texte de {{max}} caractères au plus',
    expectedOneOf: 'un élément parmi {{values}}',
    expectedAtMost: 'un maximum de {{max}} valeurs',
    expectedId: 'un identifiant (lettres, chiffres, « - » ou « _ »)',
    expectedYear: 'un an compris entre {{min}} et {{max}}',
    expectedInteger: 'un nombre entier de {{min}} à {{max}}',
    expectedDayNotBefore: 'un jour qui n’est pas antérieur au {{day}}',
    browserSearchUnavailable:
      'La recherche depuis le navigateur nécessite le moteur Meilisearch ; veuillez utiliser /api/library/search.',
  },
  statistics: {
    expectedDay: 'une date au format AAAA-MM-JJ',
    expectedPeriod:
      'une période dont le premier jour n’est pas après le dernier, de {{max}} jours au plus',
    expectedAgency: 'le code d’un organisme',
  },
  reports: {
    duplicate:
      'Cette agence a déjà un rapport pour ce cycle et cette année ; ouvrez ce rapport pour le modifier.',
    invalidPeriod:
      'La période des chiffres n’est pas valide : indiquez deux jours au format AAAA-MM-JJ, le premier au plus tard le dernier.',
    agencyRequired: 'Un rapport d’agence doit indiquer l’agence.',
    reminderSubject: 'Rappel : {{report}} de {{agency}} à remettre le {{deadline}}',
    reminderBody:
      'Bonjour {{name}},\n\n{{agency}} doit remettre au département son {{report}} sur l’information à l’étranger avant le {{deadline}} (encore {{days}} jour(s)). Le rapport se rédige et se remet dans le système :\n{{url}}\n\nSi votre agence l’a déjà remis, ignorez ce message.',
    halfYearReport: 'rapport semestriel {{year}}',
    annualReport: 'rapport annuel {{year}}',
    presetHalfYear: 'Premier semestre',
    presetYear: 'Année entière',
    year: 'Année',
    from: 'Du',
    to: 'Au',
    agency: 'Agence',
    allAgencies: 'Toutes les agences',
    show: 'Afficher',
    periodLine: 'Chiffres du {{from}} au {{to}}',
    supplied: 'Fournis',
    published: 'Publiés',
    withdrawn: 'Retirés',
    byAgency: 'Par agence',
    byKind: 'Par type',
    byInfoType: 'Par type d’information',
    byLocale: 'Publiés par langue',
    translations: 'Traductions',
    current: 'À jour',
    stale: 'Obsolètes',
    missing: 'Manquantes',
    pushes: 'Envois',
    target: 'Destinataire',
    delivered: 'Livrés',
    acknowledged: 'Accusés de réception',
    failed: 'Échecs',
    medianHours: 'Heures jusqu’à l’accusé (médiane)',
    journalists: 'Journalistes',
    registered: 'Inscrits',
    accredited: 'Accrédités',
    country: 'Pays',
    downloads: 'Téléchargements',
    views: 'Pages vues',
    topItems: 'Les plus consultés',
    total: 'Total',
    item: 'Élément',
    kindArticle: 'Articles',
    kindPhoto: 'Photos',
    kindVideo: 'Vidéos',
    kindPublication: 'Publications',
    infoOfficial: 'Information officielle',
    infoPromotional: 'Information promotionnelle',
    infoWorld: 'Information internationale',
    infoClarification: 'Démenti, rectification',
    overdue: 'Rapports en retard',
    overdueNone: 'Aucune agence n’est en retard.',
    overdueCycle: '{{report}} : échéance {{deadline}}',
    noReport: 'Pas encore de rapport',
    draftOnly: 'Brouillon, non remis',
    reportsList: 'Rapports périodiques',
    downloadDocx: 'Télécharger le rapport (DOCX)',
    downloadXlsx: 'Télécharger les tableaux (XLSX)',
  },
  syndication: {
    unknownTarget: 'Il n’existe aucune destination de syndication « {{target}} ».',
    targetNotAllowed:
      'Vous ne pouvez pas utiliser la sélection de la destination de syndication « {{target}} ».',
    waitNeedsApiClient:
      'Seuls les clients API peuvent attendre des changements avec « wait » ; envoyez wait=0 ou authentifiez-vous avec une clé API.',
    tooManyWaiters:
      'Trop de requêtes attendent des changements. Veuillez réessayer dans {{seconds}} secondes.',
    privateTargetAddress:
      'L’adresse « {{host}} » mène à un réseau privé ou local ; une destination de syndication doit se trouver sur l’Internet public.',
    privateFeedAddress:
      'L’adresse « {{host}} » mène à un réseau privé ou local ; le flux d’un organisme doit se trouver sur l’Internet public.',
  },
  distribution: {
    notAllowed:
      'Seuls les responsables du département et les administrateurs peuvent approuver la diffusion nationale.',
    notAwaiting:
      'Cette langue n’attend plus l’approbation du département ; elle a été décidée ou retirée.',
    versionChanged:
      'Une version plus récente attend l’approbation ; rechargez la page et examinez-la.',
    expectedReason: 'un motif de refus (obligatoire pour refuser)',
    refusedSubject: 'Diffusion nationale refusée : {{title}}',
    refusedBody:
      '{{actor}} (le département) a refusé la version {{language}} de « {{title}} » pour le portail national. Motif : {{reason}}\n\n{{url}}',
  },
  alerts: {
    digestSubject: 'Vos alertes du jour : {{count}} nouveautés',
    digestIntro:
      'Bonjour {{name}},\n\nVoici les nouveautés de vos alertes depuis le dernier récapitulatif.',
    sectionSavedSearch: 'Recherche enregistrée « {{name}} »',
    sectionTopic: 'Thème : {{name}}',
    more: 'Tout voir dans la médiathèque : {{url}}',
    moreLink: 'Tout voir dans la médiathèque',
    stopThis: 'Arrêter cette alerte : {{url}}',
    stopThisLink: 'Arrêter cette alerte',
    footer:
      'Vous recevez ce message parce que vous avez activé les alertes par e-mail. Gérez-les sur votre page de compte : {{url}}\nArrêter tous les e-mails d’alerte : {{unsubscribeAll}}',
    footerHtml:
      'Vous recevez ce message parce que vous avez activé les alertes par e-mail. Gérez-les sur votre page de compte :',
    stopAllLink: 'Arrêter tous les e-mails d’alerte',
    unsubscribeInvalid:
      'Ce lien de désabonnement n’est pas valide. Utilisez le lien de l’e-mail tel quel, ou modifiez vos alertes sur votre page de compte.',
  },
  embargo: {
    pressReleaseNeedsEmbargo:
      'Une heure de diffusion à la presse ne peut être fixée que pour un contenu sous embargo (avec une heure de publication au public). Rien n’a été enregistré.',
    pressReleaseNotBeforeEmbargo:
      'L’heure de diffusion à la presse doit précéder la fin de l’embargo (l’heure de publication au public). Rien n’a été enregistré.',
    pressOpenSubject: 'Pour la presse, sous embargo jusqu’au {{until}} : {{title}}',
    pressOpenBody:
      'Bonjour {{name}},\n\nUn contenu d’un thème que vous suivez est désormais accessible aux journalistes accrédités : « {{title}} ».\n\nSous embargo jusqu’au {{until}} : merci de ne pas le publier avant.\n\n{{url}}',
  },
  events: {
    endBeforeStart: 'La date de fin ne peut pas précéder la date de début.',
  },
  import: {
    duplicateIdentity: 'Un autre élément de cet organisme porte déjà l’identifiant « {{value}} ».',
    identityNotReadable:
      'L’identifiant « {{value}} » appartient à un élément de l’organisme que vous ne pouvez pas lire : il ne peut donc pas être mis à jour ; utilisez un autre identifiant ou demandez à une personne autorisée.',
    unknownAgency: 'Aucun organisme ne porte le code « {{code}} ».',
    unknownTopic: 'Aucun thème ne porte le slug « {{slug}} ».',
    unknownLink:
      'Colonne « {{column}} » : aucun élément ne porte l’identifiant « {{id}} », ni dans la base ni dans ce lot.',
    exportCollection: 'Choisissez articles, media, events ou albums à exporter.',
    exportIds: 'La liste d’identifiants à exporter est inutilisable : « {{ids}} ».',
    exportWhere: 'Le filtre d’export est inutilisable.',
    agencyRequired:
      'Indiquez un code d’organisme dans la colonne agency : votre compte n’appartient à aucun organisme.',
    externalIdRequired:
      'Une ligne sans fichier doit avoir un identifiant dans la colonne externalId, pour qu’un import ultérieur retrouve son élément.',
    badValue: 'Colonne « {{column}} » : la valeur « {{value}} » ne peut pas être utilisée.',
    unknownColumns:
      'Le tableau contient des colonnes inconnues : {{columns}}. Rien n’a été importé.',
    fileMissing: 'Le fichier « {{file}} » ne figure pas dans le ZIP.',
    fileType: 'Le fichier « {{file}} » n’est pas d’un type autorisé.',
    fileTooLarge: 'Le fichier « {{file}} » dépasse la taille autorisée ({{limit}}).',
    batchFormat: 'Veuillez envoyer un fichier CSV, XLSX ou ZIP.',
    alreadyCommitted: 'Ce lot a déjà été importé.',
    batchExpired:
      'Ce lot n’a pas été importé dans les {{hours}} heures et a expiré ; téléversez-le de nouveau.',
  },
} satisfies MessageCatalogue
