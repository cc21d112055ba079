/** Reads the panel's data from `GET …/workflow`, again whenever the edit view saves, and on demand after an action. */
import { useCallback, useEffect, useState } from 'react'
import type { WorkflowStatus } from './types'

type Loaded = { status: WorkflowStatus | null; loadError: string | null }

export const useWorkflowStatus = (base: string | null, lastUpdateTime: number | undefined): Loaded & { reload: () => Promise<void> } => {
  // A failed re-read keeps the status already shown: the error only replaces the loading line.
  const [loaded, setLoaded] = useState<Loaded>({ status: null, loadError: null })

  const reload = useCallback(async () => {
    if (!base) return
    try {
      const res = await fetch(`${base}/workflow`, { credentials: 'include', cache: 'no-store' })
      const json = await res.json().catch(() => null)
      if (!res.ok) {
        const loadError = json?.errors?.[0]?.message ?? `审核信息读取失败（HTTP ${res.status}）`
        setLoaded((prev) => ({ ...prev, loadError }))
        return
      }
      setLoaded({ status: json as WorkflowStatus, loadError: null })
    } catch {
      setLoaded((prev) => ({ ...prev, loadError: '审核信息读取失败，请检查网络后刷新页面' }))
    }
  }, [base])

  useEffect(() => {
    void reload()
  }, [reload, lastUpdateTime])

  return { ...loaded, reload }
}
