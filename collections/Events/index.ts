import type { CollectionConfig, PayloadRequest } from 'payload'

import { assertRelationsVisible, dropUnpopulatedRelations } from '../../src/access/relations'
import {
  coverField,
  descriptionField,
  localizedSlugField,
  placeGroupField,
  titleField,
  topicsField,
} from '../../src/fields/itemFields'
import { requestLanguage, translate } from '../../src/i18n'
import { editorialItem } from '../../src/workflow/editorialItem'
import { slugs } from '../slugs'
import { EVENT_KINDS } from '../vocabularies'

/**
 * Events: an exhibition, a festival, an investment conference, a delegation visit — with dates
 * and a place. Articles, albums and media name their event (their `event` field); the event's
 * page gathers them.
 */
export const Events: CollectionConfig = editorialItem({
  slug: slugs.events,
  labels: {
    singular: { vi: 'Sự kiện', en: 'Event' },
    plural: { vi: 'Sự kiện', en: 'Events' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startDate', 'accessTier', '_status', 'updatedAt'],
  },
  maxVersionsPerDoc: 50,
  sourceFields: ['title', 'description'],
  stampedContent: {
    textFields: ['title', 'description', 'place.name'],
    richTextFields: [],
    scanUploadedDocument: false,
  },
  hooks: {
    beforeValidate: [
      assertRelationsVisible({ fields: [{ name: 'cover', relationTo: slugs.media }] }),
    ],
    afterRead: [dropUnpopulatedRelations],
  },
  fields: [
    titleField,
    localizedSlugField({ from: 'title' }),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'other',
      index: true,
      options: EVENT_KINDS.map(({ value, label }) => ({ value, label })),
      label: { vi: 'Loại sự kiện', en: 'Kind of event' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          required: true,
          index: true,
          label: { vi: 'Bắt đầu', en: 'Starts' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endDate',
          type: 'date',
          index: true,
          label: { vi: 'Kết thúc', en: 'Ends' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (
            value: unknown,
            { siblingData, req }: { siblingData: unknown; req: PayloadRequest },
          ): true | string => {
            const start = (siblingData as { startDate?: unknown } | undefined)?.startDate
            if (!endsBeforeStart({ start, end: value })) return true
            return translate({
              locale: requestLanguage({ searchParams: req.searchParams, headers: req.headers }),
              key: 'events.endBeforeStart',
            })
          },
        },
      ],
    },
    descriptionField,
    coverField,
    placeGroupField,
    topicsField,
  ],
})

/** Whether both dates are given and the end comes before the start. */
function endsBeforeStart({ start, end }: { start: unknown; end: unknown }): boolean {
  if (end === null || end === undefined || end === '') return false
  if (start === null || start === undefined || start === '') return false
  const startTime = new Date(start as string).getTime()
  const endTime = new Date(end as string).getTime()
  return !Number.isNaN(startTime) && !Number.isNaN(endTime) && endTime < startTime
}
