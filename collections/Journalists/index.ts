import type { CollectionConfig, FieldAccess } from 'payload'

import { isPressOfficerOrAdmin, pressOfficersOrOwnJournalist } from '../../src/access/pressAccess'
import { LOCALE_OPTIONS } from '../../src/i18n/locales'
import {
  accountAuth,
  accountEndpoints,
  accountHooks,
  fullNameField,
} from '../../src/auth/accountCollection'
import { singleLineText } from '../../src/fields/singleLine'
import { slugs } from '../slugs'
import { ACCREDITATION_STATUSES } from '../vocabularies'
import { accreditationRequestEndpoint } from '../../src/journalists/endpoints/accreditationRequest'
import { exportMyDataEndpoint } from '../../src/journalists/endpoints/exportMyData'
import { verifyEmailEndpoint } from '../../src/journalists/endpoints/verifyEmail'
import {
  notifyAccreditationDecision,
  recordAccreditationDecision,
  recordAccreditationRequest,
} from '../../src/journalists/hooks/accreditation'
import {
  mailNewAddressVerification,
  unverifyChangedEmail,
} from '../../src/journalists/hooks/emailChange'
import { removeJournalistData } from '../../src/journalists/hooks/removeJournalistData'
import { anonymousRegistrationEndpoint } from '../../src/journalists/registration'
import {
  journalistResetPasswordEmail,
  JOURNALIST_RESET_LINK_MS,
} from '../../src/journalists/resetPasswordEmail'
import { verificationEmail } from '../../src/journalists/verificationEmail'
import { PURPOSE_MAX_LENGTH } from '../../src/journalists/pressCards'
import { isCountryCode } from '../../src/library/countries'
import { startDigestWindow } from '../../src/alerts/startDigestWindow'

const pressOfficersOrSelf = pressOfficersOrOwnJournalist({ field: 'id' })

const pressOfficersOnly: FieldAccess = ({ req: { user } }) => isPressOfficerOrAdmin(user)

/**
 * Press accounts of domestic and foreign journalists. They sign in to the public library only,
 * never to the admin panel; an approved, unexpired accreditation on a verified e-mail gives
 * them the `press` tier (src/access/requester.ts).
 */
export const Journalists: CollectionConfig = {
  slug: slugs.journalists,
  // Journalists register, log in and reset through REST and the library only: those paths give
  // one answer whether or not an address has an account, and hold forgot-password to a steady
  // time. GraphQL mutations would go around both.
  graphQL: { disableMutations: true },
  labels: {
    singular: { vi: 'Phóng viên', en: 'Journalist' },
    plural: { vi: 'Phóng viên, báo chí', en: 'Journalists' },
  },
  auth: accountAuth({
    verify: {
      generateEmailSubject: ({ user }) => verificationEmail({ user, token: '' }).subject,
      generateEmailHTML: ({ token, user }) =>
        verificationEmail({ user, token: String(token) }).html,
    },
    resetPasswordEmail: journalistResetPasswordEmail,
    resetLinkMs: JOURNALIST_RESET_LINK_MS,
    sessionSeconds: 7 * 24 * 60 * 60,
  }),
  // Where an account is populated into another record (a download, a saved search), only who
  // it is travels — never its sessions or accreditation details.
  defaultPopulate: { name: true, outlet: true, email: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'outlet', 'country', 'accreditationStatus', 'accreditationExpiresAt'],
    group: { vi: 'Báo chí', en: 'Press' },
  },
  access: {
    admin: () => false,
    // Journalists register themselves (anonymously); press officers and admins may create
    // accounts too. A signed-in journalist may not: they could otherwise make accounts for
    // addresses they do not control. The accreditation fields stay the press officers'.
    create: ({ req: { user } }) => !user || isPressOfficerOrAdmin(user),
    read: pressOfficersOrSelf,
    update: pressOfficersOrSelf,
    delete: pressOfficersOrSelf,
    unlock: ({ req: { user } }) => isPressOfficerOrAdmin(user),
  },
  hooks: accountHooks({
    // The request after the decision: a journalist's new request reopens a closed one.
    beforeChange: [
      recordAccreditationDecision,
      recordAccreditationRequest,
      unverifyChangedEmail,
      startDigestWindow({ switchField: 'topicDigest', markerField: 'topicDigestSentThrough' }),
    ],
    afterChange: [notifyAccreditationDecision, mailNewAddressVerification],
    beforeDelete: [removeJournalistData],
  }),
  endpoints: accountEndpoints({
    collection: slugs.journalists,
    endpoints: [
      anonymousRegistrationEndpoint,
      verifyEmailEndpoint,
      exportMyDataEndpoint,
      accreditationRequestEndpoint,
    ],
  }),
  fields: [
    fullNameField,
    {
      name: 'outlet',
      type: 'text',
      required: true,
      maxLength: 300,
      label: { vi: 'Cơ quan báo chí', en: 'Media outlet' },
      hooks: { beforeValidate: [singleLineText] },
    },
    {
      name: 'country',
      type: 'text',
      required: true,
      maxLength: 2,
      minLength: 2,
      label: { vi: 'Quốc gia (mã ISO 3166-1)', en: 'Country (ISO 3166-1 code)' },
      // A current ISO 3166-1 code (i18n-iso-countries): not a withdrawn one such as UK or SU.
      validate: (value: unknown) =>
        isCountryCode(value)
          ? true
          : `Expected a two-letter ISO 3166-1 country code such as VN or JP but received ${JSON.stringify(value)}`,
    },
    {
      name: 'pressCardNumber',
      type: 'text',
      maxLength: 100,
      label: { vi: 'Số thẻ nhà báo', en: 'Press card number' },
      hooks: { beforeValidate: [singleLineText] },
    },
    {
      name: 'pressCardExpiresAt',
      type: 'date',
      label: { vi: 'Thẻ nhà báo hết hạn', en: 'Press card expires' },
    },
    {
      // The accreditation request the journalist sends from the library's account page
      // (src/journalists/endpoints/accreditationRequest.ts).
      name: 'accreditationPurpose',
      type: 'textarea',
      maxLength: PURPOSE_MAX_LENGTH,
      label: { vi: 'Mục đích chuyến công tác', en: 'Purpose of the visit' },
    },
    {
      // Private: readable only by press officers, admins and the journalist (collections/PressCards).
      name: 'pressCardScan',
      type: 'upload',
      relationTo: slugs.pressCards,
      label: { vi: 'Ảnh thẻ nhà báo', en: 'Press card scan' },
    },
    {
      name: 'accreditationRequestedAt',
      type: 'date',
      label: { vi: 'Thời điểm đề nghị cấp phép', en: 'Accreditation requested at' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'preferredLanguage',
      type: 'select',
      required: true,
      defaultValue: 'en',
      options: LOCALE_OPTIONS,
      label: { vi: 'Ngôn ngữ', en: 'Language' },
    },
    {
      // The journalist's own choice (their account page): e-mail alerts when an item on one of
      // these topics opens to the press ahead of the public (src/journalists/pressAccessAlerts.ts).
      name: 'followedTopics',
      type: 'relationship',
      relationTo: slugs.topics,
      hasMany: true,
      index: true,
      label: { vi: 'Chủ đề theo dõi', en: 'Followed topics' },
    },
    {
      // A daily e-mail digest of new items on the followed topics (src/alerts/sendDigests.ts).
      name: 'topicDigest',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Bản tin hằng ngày theo chủ đề', en: 'Daily digest of followed topics' },
    },
    {
      // The end of the window the last topics digest covered: the job's, never the client's.
      name: 'topicDigestSentThrough',
      type: 'date',
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
    {
      name: 'accreditationStatus',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: ACCREDITATION_STATUSES.map(({ value, label }) => ({ value, label })),
      label: { vi: 'Tình trạng cấp phép', en: 'Accreditation' },
      access: { create: pressOfficersOnly, update: pressOfficersOnly },
      admin: { position: 'sidebar' },
    },
    {
      name: 'accreditationExpiresAt',
      type: 'date',
      index: true,
      label: { vi: 'Cấp phép hết hạn', en: 'Accreditation expires' },
      access: { create: pressOfficersOnly, update: pressOfficersOnly },
      admin: { position: 'sidebar' },
    },
    {
      name: 'decisionReason',
      type: 'textarea',
      maxLength: 2000,
      label: { vi: 'Lý do từ chối, thu hồi', en: 'Reason for rejection or revocation' },
      access: { create: pressOfficersOnly, update: pressOfficersOnly },
      admin: { position: 'sidebar' },
    },
    {
      name: 'accreditationDecidedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: { vi: 'Người quyết định', en: 'Decided by' },
      access: {
        create: () => false,
        update: () => false,
        read: ({ req: { user } }) => isPressOfficerOrAdmin(user),
      },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // Payload's own verification flag, merged with this definition: only press officers and
      // admins may set it; everyone else verifies by the link mailed to the address.
      name: '_verified',
      type: 'checkbox',
      access: { create: pressOfficersOnly, update: pressOfficersOnly },
    },
    {
      name: 'accreditationDecidedAt',
      type: 'date',
      label: { vi: 'Thời điểm quyết định', en: 'Decided at' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
