'use client'

import { useState } from 'react'

/** Copies `text` to the clipboard and says so, for the credit line. */
export function CopyButton({
  text,
  label,
  copiedLabel,
}: {
  text: string
  label: string
  copiedLabel: string
}) {
  const [isCopied, setIsCopied] = useState(false)
  return (
    <button
      type="button"
      className="button--secondary"
      onClick={() => {
        void navigator.clipboard.writeText(text).then(() => {
          setIsCopied(true)
          setTimeout(() => setIsCopied(false), 2500)
        })
      }}
    >
      <span aria-live="polite">{isCopied ? copiedLabel : label}</span>
    </button>
  )
}
