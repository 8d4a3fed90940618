'use client'

import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type VideoProcessing = {
  status?: 'queued' | 'running' | 'done' | 'failed' | null
  percent?: number | null
  error?: string | null
}

/** How often the panel asks while the web version is queued or being made. */
const POLL_INTERVAL_MS = 3000

const TEXT = {
  title: { vi: 'Bản xem trên web', en: 'Web version' },
  queued: { vi: 'Đang chờ xử lý…', en: 'Waiting to be processed…' },
  running: { vi: 'Đang chuyển mã', en: 'Transcoding' },
  done: { vi: 'Đã sẵn sàng (MP4 H.264, tối đa 720p).', en: 'Ready (H.264 MP4, up to 720p).' },
  failed: { vi: 'Không tạo được bản xem trên web:', en: 'The web version could not be made:' },
  none: { vi: 'Chưa có.', en: 'None yet.' },
} as const

/**
 * The progress of a video's web version in the media item's sidebar: asks the REST API every
 * few seconds while the transcode is queued or running (the job writes its progress to the
 * item), then shows the result — a player, or why it failed.
 */
export function VideoProcessingStatus() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [processing, setProcessing] = useState<VideoProcessing | null>(null)
  // What the form last loaded: it changes when a save brings a new upload, which starts over.
  const savedStatus = useFormFields(([fields]) => fields['videoProcessing.status']?.value)
  const text = (key: keyof typeof TEXT) => (i18n.language === 'en' ? TEXT[key].en : TEXT[key].vi)
  const documentUrl =
    id === undefined || id === null || !collectionSlug
      ? null
      : `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${String(id)}`
  const status = processing?.status ?? null
  const isWaiting = processing === null || status === 'queued' || status === 'running'

  useEffect(() => setProcessing(null), [savedStatus])

  useEffect(() => {
    if (!documentUrl || !isWaiting) return
    let isCancelled = false
    const poll = async () => {
      try {
        const response = await fetch(
          `${documentUrl}?depth=0&draft=true&select[videoProcessing]=true`,
          { credentials: 'include' },
        )
        if (!response.ok || isCancelled) return
        const doc = (await response.json()) as { videoProcessing?: VideoProcessing | null }
        if (!isCancelled) setProcessing(doc.videoProcessing ?? {})
      } catch {
        // A failed poll is retried at the next tick.
      }
    }
    void poll()
    const timer = setInterval(() => void poll(), POLL_INTERVAL_MS)
    return () => {
      isCancelled = true
      clearInterval(timer)
    }
  }, [documentUrl, isWaiting])

  if (!documentUrl) return null
  const percent = Math.max(0, Math.min(100, processing?.percent ?? 0))
  return (
    <section aria-label={text('title')} style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 calc(var(--base) / 2)' }}>{text('title')}</h4>
      {status === 'queued' || status === 'running' ? (
        <>
          <p style={{ margin: '0 0 calc(var(--base) / 4)' }}>
            {status === 'queued' ? text('queued') : `${text('running')}: ${percent}%`}
          </p>
          <progress
            max={100}
            value={percent}
            style={{ width: '100%' }}
            aria-valuetext={`${percent}%`}
          />
        </>
      ) : status === 'done' ? (
        <>
          <p style={{ margin: '0 0 calc(var(--base) / 2)' }}>{text('done')}</p>
          <video
            controls
            preload="none"
            poster={`${documentUrl}/renditions/thumb.jpg`}
            src={`${documentUrl}/renditions/web.mp4`}
            style={{ width: '100%' }}
          />
        </>
      ) : status === 'failed' ? (
        <p style={{ margin: 0 }}>
          {text('failed')} {processing?.error ?? ''}
        </p>
      ) : (
        <p style={{ margin: 0 }}>{processing === null ? '…' : text('none')}</p>
      )}
    </section>
  )
}
