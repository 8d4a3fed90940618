import type { Field } from 'payload'

import { slugs } from '../../collections/slugs'
import { hideUnreadableRelations } from '../access/relations'
import { generateLocalizedSlug } from './slug'

/**
 * Fields that several library item types (articles, albums, events, media) share, each with
 * one definition so that every type stores, labels and filters them the same way.
 */

/** The item's title in each language, required in the source language. */
export const titleField: Field = {
  name: 'title',
  type: 'text',
  required: true,
  localized: true,
  maxLength: 300,
  label: { vi: 'Tiêu đề', en: 'Title' },
}

/** What an album or an event is about, in each language. */
export const descriptionField: Field = {
  name: 'description',
  type: 'textarea',
  localized: true,
  maxLength: 5000,
  label: { vi: 'Mô tả', en: 'Description' },
}

/** The item's URL path segment in each language, generated from `from` when left empty. */
export function localizedSlugField({ from }: { from: string }): Field {
  return {
    name: 'slug',
    type: 'text',
    localized: true,
    index: true,
    maxLength: 200,
    label: { vi: 'Đường dẫn', en: 'Slug' },
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Tự tạo từ tiêu đề nếu để trống.',
        en: 'Generated from the title when left empty.',
      },
    },
    hooks: { beforeValidate: [generateLocalizedSlug({ from })] },
  }
}

/** The topics of the province's vocabulary an item is about. */
export const topicsField: Field = {
  name: 'topics',
  type: 'relationship',
  relationTo: slugs.topics,
  hasMany: true,
  index: true,
  label: { vi: 'Chủ đề', en: 'Topics' },
}

/** Where an item happened or was made: a localized name and optional coordinates. */
export const placeGroupField: Field = {
  name: 'place',
  type: 'group',
  label: { vi: 'Địa điểm', en: 'Place' },
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      maxLength: 300,
      label: { vi: 'Xã, phường, địa danh', en: 'Commune, ward or place name' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'latitude',
          type: 'number',
          min: -90,
          max: 90,
          label: { vi: 'Vĩ độ', en: 'Latitude' },
        },
        {
          name: 'longitude',
          type: 'number',
          min: -180,
          max: 180,
          label: { vi: 'Kinh độ', en: 'Longitude' },
        },
      ],
    },
  ],
}

/**
 * The event (an exhibition, a festival, a conference, a visit) an item belongs to: the event's
 * page gathers its items by this field. A reader who may not read the event does not see it.
 */
export const eventField: Field = {
  name: 'event',
  type: 'relationship',
  relationTo: slugs.events,
  index: true,
  label: { vi: 'Sự kiện', en: 'Event' },
  admin: { position: 'sidebar' },
  hooks: { afterRead: [hideUnreadableRelations({ relationTo: slugs.events })] },
}

/** An item's cover picture (a photo of the media library). */
export const coverField: Field = {
  name: 'cover',
  type: 'upload',
  relationTo: slugs.media,
  label: { vi: 'Ảnh bìa', en: 'Cover' },
  filterOptions: { kind: { equals: 'image' } },
  hooks: { afterRead: [hideUnreadableRelations({ relationTo: slugs.media })] },
}
