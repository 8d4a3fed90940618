import type { CollectionConfig } from 'payload'

import { ACCESS_TIERS, ACCESS_TIER_LABELS } from '../../src/access/tiers'
import { assignFeedAgency, canManageFeeds, ownAgencyDefault } from '../../src/harvest/feedAccess'
import { feedStateFields, resetFeedState } from '../../src/harvest/feedState'
import { validateFeedUrl } from '../../src/harvest/feedUrl'
import { pollNowEndpoint } from '../../src/harvest/pollNowEndpoint'
import { MIN_POLL_INTERVAL_MINUTES } from '../../src/harvest/pollSchedule'
import { slugs } from '../slugs'

/**
 * The agencies' own news feeds (Điều 23.3): RSS, Atom or JSON Feed on their portal sections,
 * polled by a job (src/harvest); each new entry becomes a draft article of the agency with its
 * source link, for the agency's editors to review.
 */
export const HarvestFeeds: CollectionConfig = {
  slug: slugs.harvestFeeds,
  labels: {
    singular: { vi: 'Nguồn tin cổng đơn vị', en: 'Agency feed' },
    plural: { vi: 'Nguồn tin cổng đơn vị', en: 'Agency feeds' },
  },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'agency', 'isActive', 'lastStatus', 'lastPolledAt', 'nextPollAt'],
    group: { vi: 'Danh mục', en: 'Lists' },
  },
  access: {
    read: canManageFeeds,
    create: canManageFeeds,
    update: canManageFeeds,
    delete: canManageFeeds,
  },
  hooks: { beforeValidate: [assignFeedAgency], beforeChange: [resetFeedState] },
  endpoints: [pollNowEndpoint],
  fields: [
    {
      name: 'agency',
      type: 'relationship',
      relationTo: slugs.agencies,
      required: true,
      index: true,
      label: { vi: 'Cơ quan, đơn vị', en: 'Agency' },
      defaultValue: ownAgencyDefault,
    },
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: 2000,
      label: {
        vi: 'Địa chỉ nguồn tin (RSS, Atom, JSON Feed)',
        en: 'Feed URL (RSS, Atom, JSON Feed)',
      },
      validate: validateFeedUrl,
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: slugs.topics,
      hasMany: true,
      label: { vi: 'Chủ đề mặc định', en: 'Default topics' },
    },
    {
      name: 'accessTier',
      type: 'select',
      required: true,
      defaultValue: 'public',
      options: ACCESS_TIERS.map((tier) => ({ value: tier, label: ACCESS_TIER_LABELS[tier] })),
      label: { vi: 'Mức truy cập mặc định', en: 'Default access tier' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'isActive',
          type: 'checkbox',
          defaultValue: true,
          label: { vi: 'Đang lấy tin', en: 'Active' },
        },
        {
          name: 'pollIntervalMinutes',
          type: 'number',
          required: true,
          defaultValue: 60,
          min: MIN_POLL_INTERVAL_MINUTES,
          max: 7 * 24 * 60,
          label: { vi: 'Chu kỳ lấy tin (phút)', en: 'Poll every (minutes)' },
        },
      ],
    },
    {
      name: 'pollNow',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/admin/PollFeedNowButton#PollFeedNowButton' },
      },
    },
    ...feedStateFields,
  ],
}
