import type { CollectionConfig, PayloadRequest } from 'payload'

import { hasRole } from '../../src/access/roles'
import { generateLocalizedSlug } from '../../src/fields/slug'
import { validateOptionalHttpUrl } from '../../src/fields/validators'
import { requestLanguage, translate } from '../../src/i18n'
import { LOCALE_OPTIONS } from '../../src/i18n/locales'
import { getEnv } from '../../src/env'
import { pushTargetRefusal } from '../../src/syndication/pushTargetAddress'
import { defaultApprovalByKind } from '../../src/syndication/targetFilter'
import { INFO_TYPES } from '../vocabularies'
import { slugs } from '../slugs'

const adminsOnly = ({ req: { user } }: { req: { user: Parameters<typeof hasRole>[0]['user'] } }) =>
  hasRole({ user, role: 'admin' })

/**
 * Portals that receive signed pushes of every published version and withdrawal: the
 * provincial portal's foreign-information section, vietnam.vn, or any other receiver. Its
 * languages, topics and kinds of information select what it receives; the feeds and the sync
 * apply the same selection for `?target=<key or id>` (src/syndication/targetFilter.ts). A target
 * requiring department approval (vietnam.vn by default) takes a published language only once a
 * department manager approved it (collections/DistributionApprovals).
 */
export const SyndicationTargets: CollectionConfig = {
  slug: slugs.syndicationTargets,
  labels: {
    singular: { vi: 'Nơi nhận đồng bộ', en: 'Syndication target' },
    plural: { vi: 'Nơi nhận đồng bộ', en: 'Syndication targets' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'key', 'kind', 'url', 'enabled'],
    group: { vi: 'Đồng bộ', en: 'Syndication' },
  },
  access: { read: adminsOnly, create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { vi: 'Tên', en: 'Name' },
    },
    {
      // Stable, unlike the name: portals write it into their feed URLs (`?target=vietnam-vn`).
      name: 'key',
      type: 'text',
      // Not `required`: the hook fills it from the name, and the validator insists on it.
      unique: true,
      index: true,
      maxLength: 80,
      label: { vi: 'Mã', en: 'Key' },
      admin: {
        description: {
          vi: 'Dùng trong địa chỉ nguồn tin: ?target=<mã>. Để trống để tạo từ tên.',
          en: 'Used in feed addresses: ?target=<key>. Leave empty to derive it from the name.',
        },
      },
      hooks: { beforeValidate: [generateLocalizedSlug({ from: 'name' })] },
      // A key of digits only would read as an id in `?target=`.
      validate: (value: unknown) =>
        typeof value === 'string' && /\p{L}/u.test(value)
          ? true
          : 'Expected a key with at least one letter',
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'generic',
      options: [
        {
          value: 'provincial-portal',
          label: { vi: 'Chuyên mục đối ngoại, Cổng TTĐT tỉnh', en: 'Provincial portal section' },
        },
        {
          value: 'vietnam-vn',
          label: {
            vi: 'Cổng thông tin đối ngoại quốc gia (vietnam.vn)',
            en: 'National portal (vietnam.vn)',
          },
        },
        { value: 'generic', label: { vi: 'Khác', en: 'Other' } },
      ],
      label: { vi: 'Loại', en: 'Kind' },
    },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: { vi: 'Địa chỉ nhận (URL)', en: 'Receiver URL' },
      // Pushes must not reach internal services or cloud metadata (SSRF); checked again, on the
      // address actually connected to, when each push is sent (src/syndication/pushRequest.ts).
      validate: async (value: unknown, { req }: { req: PayloadRequest }) => {
        const isUrl = value ? validateOptionalHttpUrl(value) : 'Expected an http(s) URL'
        if (isUrl !== true) return isUrl
        const refusal = await pushTargetRefusal({
          url: value as string,
          allowPrivate: getEnv().syndication.allowPrivatePushTargets,
        })
        if (refusal === null) return true
        return translate({
          locale: requestLanguage({ searchParams: req.searchParams, headers: req.headers }),
          key: 'syndication.privateTargetAddress',
          params: { host: refusal.host },
        })
      },
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      minLength: 32,
      label: { vi: 'Khóa ký (HMAC)', en: 'Signing secret (HMAC)' },
      admin: {
        description: {
          vi: 'Nơi nhận dùng khóa này để kiểm tra chữ ký X-TTDN-Signature.',
          en: 'The receiver checks X-TTDN-Signature with this secret.',
        },
      },
    },
    {
      name: 'requiresDepartmentApproval',
      type: 'checkbox',
      label: {
        vi: 'Cần Sở duyệt trước khi gửi',
        en: 'Requires department approval before sending',
      },
      admin: {
        description: {
          vi: 'Mỗi ngôn ngữ đã xuất bản chỉ được gửi (và có trong nguồn tin, đồng bộ) sau khi Sở duyệt; tin gỡ bỏ luôn được gửi ngay. Mặc định bật cho vietnam.vn.',
          en: 'Each published language is sent (and listed in the feeds and sync) only once the department approves it; withdrawals are always sent at once. On by default for vietnam.vn.',
        },
      },
      // Unset: the kind's default (src/syndication/targetFilter.ts), also for older targets.
      hooks: { beforeChange: [defaultApprovalByKind] },
    },
    {
      name: 'enabled',
      type: 'checkbox',
      defaultValue: true,
      label: { vi: 'Đang hoạt động', en: 'Enabled' },
    },
    {
      // Not `locales`: the SQL adapter names its table of localized values `<slug>_locales`.
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: LOCALE_OPTIONS,
      label: { vi: 'Ngôn ngữ (trống: tất cả)', en: 'Languages (empty: all)' },
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: slugs.topics,
      hasMany: true,
      label: { vi: 'Chủ đề (trống: tất cả)', en: 'Topics (empty: all)' },
    },
    {
      name: 'infoTypes',
      type: 'select',
      hasMany: true,
      options: INFO_TYPES.map(({ value, label }) => ({ value, label })),
      label: { vi: 'Loại thông tin (trống: tất cả)', en: 'Kinds of information (empty: all)' },
    },
  ],
}
