'use client'
/** The letter's buttons in its edit view: 签发 (while 待签发), 下载 Word and 打印 (the server logs each export). */
import { Button, toast, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

export const LetterActions = () => {
  const { config } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value) as string | undefined
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  if (!id || !collectionSlug) return null
  const base = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}`

  const sign = async () => {
    const opinion = window.prompt('签发意见（可不填）：', '同意签发')
    if (opinion === null) return
    setBusy(true)
    try {
      const res = await fetch(`${base}/sign`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ opinion }) })
      const json = (await res.json().catch(() => ({}))) as { errors?: Array<{ message?: string }> }
      if (!res.ok) toast.error(json.errors?.[0]?.message ?? '签发失败')
      else {
        toast.success('告知书已签发')
        router.refresh()
      }
    } finally {
      setBusy(false)
    }
  }

  const print = () => {
    const page = window.open(`${base}/print`, '_blank')
    page?.addEventListener('load', () => page.print())
  }

  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
      {status !== 'signed' && (
        <Button buttonStyle="primary" size="small" margin={false} disabled={busy} onClick={sign}>
          签发
        </Button>
      )}
      <Button buttonStyle="secondary" size="small" margin={false} el="anchor" url={`${base}/docx`}>
        下载 Word
      </Button>
      <Button buttonStyle="secondary" size="small" margin={false} onClick={print}>
        打印
      </Button>
    </div>
  )
}
