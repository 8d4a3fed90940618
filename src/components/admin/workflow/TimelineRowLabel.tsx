'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { timelineRowText } from './workflowText'

/**
 * The label of a row of the editorial timeline (`transitions`, collapsed by default): the step
 * and its moment, instead of Payload's "Bước 01".
 */
export function TimelineRowLabel(): React.ReactElement {
  const { data, rowNumber } = useRowLabel<{ action?: string; locale?: string; at?: string }>()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const text =
    timelineRowText({ entry: data ?? {}, language }) ??
    `${language === 'en' ? 'Step' : 'Bước'} ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`
  return <span>{text}</span>
}
