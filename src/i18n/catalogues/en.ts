import type { MessageCatalogue } from './vi'

export const en = {
  errors: {
    internal: 'Something went wrong on our side. Please try again later.',
    notFound: 'The requested content was not found.',
    forbidden: 'You are not allowed to do this.',
    unauthorized: 'Please log in to continue.',
    invalidParameter: 'Invalid parameter “{{name}}”: expected {{expected}}.',
    malformedBody: 'The request body could not be read: please send a valid JSON object.',
    expectedText: 'text',
    expectedCursor: 'the “next” value of an earlier answer',
    payloadTooLarge: 'The file is larger than allowed ({{limit}}).',
    storageFull:
      'The server has run out of storage space, so the file could not be saved. Please try again later or tell an administrator.',
    tooManyRequests: 'Too many requests. Please try again in a few minutes.',
    tooManyRequestsRetry: 'Too many requests. Please try again {{when}}.',
  },
  lists: {
    invalidFile:
      'This file is not an XLSX workbook or a CSV file of the lists. Nothing was imported.',
    noSheets:
      'The workbook has no sheet named agencies, topics, places or settings. Nothing was imported.',
    csvNeedsList:
      'A CSV file holds one list: please choose which (agencies, topics, places or settings). Nothing was imported.',
    unknownColumn:
      'The column “{{column}}” does not belong to the sheet “{{sheet}}”. Nothing was imported.',
    fileMissing: 'Please choose a lists file (XLSX or CSV) to import.',
    missingKey: 'The row has no key (column “{{column}}”).',
    duplicateKey: 'The key “{{key}}” is on more than one row; only the first is imported.',
    unknownReference: 'Nothing has the key “{{key}}” (column “{{column}}”).',
    parentCycle: 'This topic is its own ancestor through the “parent” column.',
    intro:
      'Agencies (with their focal points), topics, places and the general settings in one XLSX workbook, a sheet per list and a column per language (name_vi … name_km). Use it to set up a new deployment from a file.',
    download: 'Download lists (XLSX)',
    importHeading: 'Import lists',
    fileLabel: 'Lists file (XLSX, or the CSV of one list)',
    listLabel: 'List of a CSV file',
    dryRunButton: 'Dry run (writes nothing)',
    commitButton: 'Import',
    working: 'Working…',
    dryRunNote: 'Dry run: nothing has been written. Check the report, then press Import.',
    committedNote: 'Import finished.',
    summary:
      'To create: {{create}} · To update: {{update}} · Unchanged: {{unchanged}} · Errors: {{error}}',
    colList: 'List',
    colRow: 'Row',
    colKey: 'Key',
    colAction: 'Result',
    colDetails: 'Details',
    actionCreate: 'Create',
    actionUpdate: 'Update',
    actionUnchanged: 'Unchanged',
    actionError: 'Error',
  },
  audit: {
    changeRefused: 'The audit log is append-only: no one may change an entry.',
    deleteRefused: 'The audit log is append-only: no one may delete an entry.',
  },
  health: {
    ok: 'Operational',
    dbUnavailable: 'The database cannot be reached',
    storageUnavailable: 'File storage cannot be reached',
    searchUnavailable: 'The search service cannot be reached',
    backupStale: 'The last good backup is older than the allowed age, or there is none',
    backupRecordsUnreadable:
      'The record of backups (backups.json in the data folder) cannot be read: check or remove it',
  },
  access: {
    accreditationNeedsExpiry: 'An approval needs an expiry date in the future.',
    accreditationNeedsReason: 'Please give a reason when rejecting or revoking an accreditation.',
    publishNotAllowed: 'Only publishers may publish content.',
    relationNotVisible:
      'Cannot link to item “{{id}}” of “{{collection}}”: it does not exist or you may not see it.',
    agencyNotOwn: 'You may only create content for your own agency.',
  },
  email: {
    accountExistsSubject: 'An account with this e-mail address already exists',
    accountExistsBody:
      'Hello {{name}},\n\nSomeone (perhaps you) just registered a press account with the Foreign Information Database using this e-mail address, which already has an account. No new account was created.\n\nIf it was you, log in or reset your password here:\n{{url}}\n\nIf it was not you, you can ignore this message.',
    verifySubject: 'Confirm your e-mail address',
    verifyBody:
      'Hello {{name}},\n\nThank you for registering a press account with the Foreign Information Database. Please open this link to confirm your e-mail address:\n{{url}}\n\nOnce it is confirmed, a press officer will review your accreditation request.',
    verifiedPage:
      'Your e-mail address is confirmed. A press officer will review your accreditation request and let you know by e-mail.',
    verifyFailedPage: 'This confirmation link is invalid or has already been used.',
    approvedSubject: 'Your press accreditation has been approved',
    approvedBody:
      'Hello {{name}},\n\nYour accreditation has been approved and is valid until the end of {{expires}}. You can now view and download material reserved for the press.',
    rejectedSubject: 'Your press accreditation request was not approved',
    rejectedBody:
      'Hello {{name}},\n\nYour accreditation request was not approved. Reason: {{reason}}',
    revokedSubject: 'Your press accreditation has been revoked',
    revokedBody: 'Hello {{name}},\n\nYour press accreditation has been revoked. Reason: {{reason}}',
    resetSubject: 'Reset your password',
    resetBody:
      'Hello {{name}},\n\nSomeone (probably you) asked to reset the password of your account at the Foreign Information Database. To choose a new password, open this link within {{hours}} hour(s):\n{{url}}\n\nIf you did not ask for this, you can ignore this message; your password stays as it is.',
  },
  accounts: {
    passwordTooShort: 'The password must be at least {{min}} characters long.',
    passwordContainsEmail: "The password must not be or contain the account's e-mail address.",
    passwordCommon:
      'This password is on a list of common or leaked passwords. Please choose another one.',
    loginFailed: 'The e-mail or password is incorrect, or the account cannot sign in yet.',
    registrationReceived:
      'Registration received. If this e-mail address can be used for a press account, we have sent a message to it; please follow the instructions in it.',
  },
  workflow: {
    unknownAction: 'There is no action “{{action}}”.',
    roleNotAllowed: 'Your role may not take this action.',
    stateNotAllowed: 'This action is not possible while the item is “{{state}}”.',
    reasonRequired: 'Please give a reason for this action.',
    translationNotApproved: 'The translation has not been approved, so it cannot be published.',
    translationStale:
      'The Vietnamese source changed after this translation was approved; approve the translation again.',
    sourceNotPublished: 'The Vietnamese source must be published first.',
    securityHold:
      'The item is held for security review; an administrator must clear the hold before it can be published.',
    submittedSubject: 'Waiting for review: {{title}}',
    submittedBody: '{{actor}} submitted “{{title}}” ({{locale}}) for review.\n\n{{url}}',
    rejectedSubject: 'Returned for changes: {{title}}',
    rejectedBody: '“{{title}}” ({{locale}}) was returned. Reason: {{reason}}\n\n{{url}}',
  },
  content: {
    fallbackNotice: 'This content is not available in {{requested}}; it is shown in {{served}}.',
  },
  security: {
    classifiedRefused:
      'State-secret material (classified Mật, Tối mật or Tuyệt mật) may not be stored on a system connected to the Internet. Nothing was saved.',
    holdReason: 'Classification marking {{markings}} found in: {{fields}}.',
    holdReasonUnreadable:
      'The file “{{file}}” could not be read to check it for classification markings.',
    uploadedFile: 'file “{{file}}”',
  },
  media: {
    typeNotAllowed: 'Files of this type cannot be uploaded. Accepted: {{allowed}}.',
    typeMismatch: 'The file’s content does not match its file name extension or declared type.',
    kindMismatch:
      'This file does not belong to the chosen kind of media (image, video or document).',
    empty: 'The file is empty.',
    tooLarge: 'The file is larger than allowed for this kind of media ({{limit}}).',
    tooManyPixels: 'The image is too large: {{megapixels}} megapixels, at most {{limit}} allowed.',
    unreadable: 'The image is damaged or incomplete and cannot be read.',
    unreadableVideo: 'The video is damaged, incomplete or not a video, and cannot be read.',
    activeContent: 'The file contains web page or script code and cannot be uploaded.',
    renditionNotAvailable: 'This item has no “{{rendition}}” version.',
    downloadTermsRequired:
      'Please accept the usage terms and state the intended use to download this file.',
    documentContentTooLarge:
      'The document unpacks to more than allowed ({{limit}}), so it was not stored.',
    renditionInlineStaffOnly:
      'The “{{rendition}}” version is available only as a download, with its usage terms.',
    renditionNotAllowed: 'You may not download the “{{rendition}}” version of this item.',
    fileRouteStaffOnly:
      'Library files are served through the item’s download and rendition links, not this address.',
  },
  basket: {
    tooLarge:
      'The basket holds {{size}} of files, more than the {{limit}} one download may carry. Remove some items or choose smaller sizes.',
    empty: 'Your basket is empty.',
    full: 'Your basket is full ({{max}} items). Download it or remove items first.',
  },
  search: {
    expectedQuery: 'text of at most {{max}} characters',
    expectedOneOf: 'one of {{values}}',
    expectedAtMost: 'at most {{max}} values',
    expectedId: 'an identifier (letters, digits, “-” or “_”)',
    expectedYear: 'a year from {{min}} to {{max}}',
    expectedInteger: 'a whole number from {{min}} to {{max}}',
    expectedDayNotBefore: 'a day not before {{day}}',
    browserSearchUnavailable:
      'Searching from the browser needs the Meilisearch engine; please use /api/library/search.',
  },
  statistics: {
    expectedDay: 'a day written YYYY-MM-DD',
    expectedPeriod: 'a period whose first day is not after its last, at most {{max}} days long',
    expectedAgency: 'the code of an agency',
  },
  reports: {
    duplicate:
      'This agency already has a report for this cycle and year; open that report to edit it.',
    invalidPeriod:
      'The period of the figures is not valid: give two days written YYYY-MM-DD, the first not after the last.',
    agencyRequired: 'An agency report needs an agency.',
    reminderSubject: 'Reminder: {{report}} of {{agency}} due {{deadline}}',
    reminderBody:
      'Dear {{name}},\n\n{{agency}} is due to send its {{report}} on foreign-information work to the department by {{deadline}} ({{days}} day(s) left). The report is written and submitted in the system:\n{{url}}\n\nIf your agency has already submitted it, please ignore this message.',
    halfYearReport: '6-month report {{year}}',
    annualReport: 'annual report {{year}}',
    presetHalfYear: 'First six months',
    presetYear: 'Full year',
    year: 'Year',
    from: 'From',
    to: 'To',
    agency: 'Agency',
    allAgencies: 'All agencies',
    show: 'Show',
    periodLine: 'Figures from {{from}} to {{to}}',
    supplied: 'Supplied',
    published: 'Published',
    withdrawn: 'Withdrawn',
    byAgency: 'By agency',
    byKind: 'By kind',
    byInfoType: 'By kind of information',
    byLocale: 'Published by language',
    translations: 'Translations',
    current: 'Current',
    stale: 'Stale',
    missing: 'Missing',
    pushes: 'Pushes',
    target: 'Target',
    delivered: 'Delivered',
    acknowledged: 'Acknowledged',
    failed: 'Failed',
    medianHours: 'Hours to acknowledgement (median)',
    journalists: 'Journalists',
    registered: 'Registered',
    accredited: 'Accredited',
    country: 'Country',
    downloads: 'Downloads',
    views: 'Page views',
    topItems: 'Top items',
    total: 'Total',
    item: 'Item',
    kindArticle: 'Articles',
    kindPhoto: 'Photos',
    kindVideo: 'Videos',
    kindPublication: 'Publications',
    infoOfficial: 'Official information',
    infoPromotional: 'Promotional information',
    infoWorld: 'World information',
    infoClarification: 'Clarification',
    overdue: 'Overdue reports',
    overdueNone: 'No agency is overdue with its report.',
    overdueCycle: '{{report}}: due {{deadline}}',
    noReport: 'No report yet',
    draftOnly: 'Draft, not submitted',
    reportsList: 'Periodic reports',
    downloadDocx: 'Download report (DOCX)',
    downloadXlsx: 'Download tables (XLSX)',
  },
  syndication: {
    unknownTarget: 'There is no syndication target “{{target}}”.',
    targetNotAllowed: 'You may not ask for what syndication target “{{target}}” receives.',
    waitNeedsApiClient:
      'Only API clients may wait for changes with “wait”; send wait=0 or authenticate with an API key.',
    tooManyWaiters:
      'Too many requests are waiting for changes. Please try again in {{seconds}} seconds.',
    privateTargetAddress:
      'The address “{{host}}” leads to a private or local network; a syndication target must be on the public internet.',
    privateFeedAddress:
      'The address “{{host}}” leads to a private or local network; an agency’s feed must be on the public internet.',
  },
  distribution: {
    notAllowed: 'Only department managers and administrators may approve national distribution.',
    notAwaiting:
      'This language is no longer awaiting department approval; it was decided or withdrawn.',
    versionChanged: 'A newer version is awaiting approval; reload the page and review it.',
    expectedReason: 'a reason for the refusal (required when refusing)',
    refusedSubject: 'Refused for national distribution: {{title}}',
    refusedBody:
      '{{actor}} (the department) refused the {{language}} version of “{{title}}” for the national portal. Reason: {{reason}}\n\n{{url}}',
  },
  alerts: {
    digestSubject: 'Your daily alerts: {{count}} new',
    digestIntro: 'Hello {{name}},\n\nHere is what is new for your alerts since the last digest.',
    sectionSavedSearch: 'Saved search “{{name}}”',
    sectionTopic: 'Topic: {{name}}',
    more: 'See everything in the library: {{url}}',
    moreLink: 'See everything in the library',
    stopThis: 'Stop this alert: {{url}}',
    stopThisLink: 'Stop this alert',
    footer:
      'You receive this because you turned on e-mail alerts. Manage them on your account page: {{url}}\nStop all alert e-mails: {{unsubscribeAll}}',
    footerHtml:
      'You receive this because you turned on e-mail alerts. Manage them on your account page:',
    stopAllLink: 'Stop all alert e-mails',
    unsubscribeInvalid:
      'This unsubscribe link is not valid. Please use the link from the e-mail as it is, or change your alerts on your account page.',
  },
  embargo: {
    pressReleaseNeedsEmbargo:
      'A press release time can only be set on an embargoed item (one with a public release time). Nothing was saved.',
    pressReleaseNotBeforeEmbargo:
      'The press release time must be before the end of the embargo (the public release time). Nothing was saved.',
    pressOpenSubject: 'For the press, embargoed until {{until}}: {{title}}',
    pressOpenBody:
      'Hello {{name}},\n\nAn item on a topic you follow is now open to accredited journalists: “{{title}}”.\n\nEmbargoed until {{until}}: please do not publish it before then.\n\n{{url}}',
  },
  events: {
    endBeforeStart: 'The end date cannot be before the start date.',
  },
  import: {
    duplicateIdentity: 'Another item of this agency already has the identifier “{{value}}”.',
    identityNotReadable:
      'The identifier “{{value}}” belongs to an item of the agency that you may not read, so it cannot be updated; use another identifier or ask someone who may read it.',
    unknownAgency: 'No agency has the code “{{code}}”.',
    unknownTopic: 'No topic has the slug “{{slug}}”.',
    unknownLink:
      'Column “{{column}}”: nothing has the identifier “{{id}}”, in the database or in this batch.',
    exportCollection: 'Choose articles, media, events or albums to export.',
    exportIds: 'The list of identifiers to export cannot be used: “{{ids}}”.',
    exportWhere: 'The export filter cannot be used.',
    agencyRequired: 'Give an agency code in the agency column: your account belongs to no agency.',
    externalIdRequired:
      'A row without a file needs an identifier in the externalId column, so that a later import finds its item again.',
    badValue: 'Column “{{column}}”: the value “{{value}}” cannot be used.',
    unknownColumns:
      'The sheet has columns that are not recognised: {{columns}}. Nothing was imported.',
    fileMissing: 'There is no file “{{file}}” in the ZIP.',
    fileType: 'The file “{{file}}” is not of a type that may be uploaded.',
    fileTooLarge: 'The file “{{file}}” is larger than allowed ({{limit}}).',
    batchFormat: 'Please send a CSV, XLSX or ZIP file.',
    alreadyCommitted: 'This batch has already been imported.',
    batchExpired:
      'This batch was not imported within {{hours}} hours and has expired; upload it again.',
  },
} satisfies MessageCatalogue
