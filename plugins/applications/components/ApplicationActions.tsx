'use client'
/**
 * 办理 panel of an application, in the edit view under its title (the collection's `Description` slot, which the list
 * view shows too: there, and on a new application, it is only the description). It shows the status and 答复期限,
 * offers the steps the application allows now (steps.ts), each with its small form, and after a step reads the
 * application again and refreshes the view (router.refresh), so the form's 状态, 答复期限 and 办理记录 follow.
 */
import { Button, useAuth, useConfig, useDocumentInfo, ViewDescription } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'
import { HistoryList, type HistoryItem } from './HistoryList'
import { outcomeLabel, statusLabel } from './labels'
import { StepForm, type Department } from './StepForm'
import { ROLE_NOTES, situationOf, stepsFor, type Step } from './steps'
import { styles as s } from './styles'

type Props = { description?: unknown; departments?: string }

type Application = { status?: string; dueAt?: string | null; answeredAt?: string | null; outcome?: string | null; history?: HistoryItem[] | null }

export const ApplicationActions = ({ description, departments = 'departments' }: Props) => {
  const { id, collectionSlug } = useDocumentInfo()
  return (
    <>
      {typeof description === 'string' ? <ViewDescription description={description} /> : null}
      {id && collectionSlug ? <ActionsPanel id={id} collectionSlug={collectionSlug} departmentsSlug={departments} /> : null}
    </>
  )
}

const Term = ({ term, children, testId }: { term: string; children: React.ReactNode; testId: string }) => (
  <div>
    <span style={s.term}>{term}</span>
    <span style={s.value} data-testid={testId}>
      {children}
    </span>
  </div>
)

const ActionsPanel = ({ id, collectionSlug, departmentsSlug }: { id: string | number; collectionSlug: string; departmentsSlug: string }) => {
  const { config } = useConfig()
  const { user } = useAuth()
  const router = useRouter()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const base = `${api}/${collectionSlug}/${id}`
  const [application, setApplication] = useState<Application | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [departments, setDepartments] = useState<Department[]>([])
  const [open, setOpen] = useState<Step | null>(null)
  const [flash, setFlash] = useState<string | null>(null)

  /** Reads the application again; false when this user may no longer read it (转办 to another department). */
  const load = useCallback(async (): Promise<boolean> => {
    const res = await fetch(`${base}?depth=0`, { credentials: 'include', cache: 'no-store' }).catch(() => null)
    if (!res?.ok) {
      setLoadError('无法读取申请的办理状态，请刷新页面重试')
      return false
    }
    setLoadError(null)
    setApplication((await res.json()) as Application)
    return true
  }, [base])

  useEffect(() => {
    void load()
  }, [load])
  useEffect(() => {
    if (open?.action !== 'transfer' || departments.length > 0) return
    void fetch(`${api}/${departmentsSlug}?pagination=false&depth=0&sort=name`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then((json: { docs?: Department[] } | null) => setDepartments((json?.docs ?? []).map((d) => ({ id: d.id, name: d.name }))))
      .catch(() => undefined)
  }, [api, departments.length, departmentsSlug, open])

  const done = async (step: Step) => {
    setOpen(null)
    setFlash(`已登记：${step.label}`)
    // Transferred to another department, the application leaves this user's register: back to the list.
    if (await load()) router.refresh()
    else router.push(`${config.routes.admin}/collections/${collectionSlug}`)
  }

  if (!application) {
    return (
      <div data-testid="application-actions" style={s.panel}>
        <div style={loadError ? s.error : s.muted}>{loadError ?? '正在读取办理状态…'}</div>
      </div>
    )
  }

  const roles = ((user as { roles?: unknown } | null)?.roles ?? []) as string[]
  const situation = situationOf(application.status, application.history)
  const { offered, othersOnly } = stepsFor(situation, Array.isArray(roles) ? roles : [])
  const due = application.dueAt ?? (situation.awaitingCorrection ? '待补正，收到补正后重新计算' : '—')

  return (
    <div data-testid="application-actions" data-status={application.status ?? ''} style={s.panel}>
      <div style={s.heading}>申请办理</div>
      <div style={s.summary}>
        <Term term="状态" testId="application-status">
          {statusLabel(application.status)}
        </Term>
        <Term term="答复期限" testId="application-due">
          {due}
        </Term>
        {application.answeredAt ? (
          <Term term="答复日期" testId="application-answered">
            {application.answeredAt}
          </Term>
        ) : null}
        {application.outcome ? (
          <Term term="办理结果" testId="application-outcome">
            {outcomeLabel(application.outcome)}
          </Term>
        ) : null}
      </div>
      {flash ? (
        <div data-testid="application-success" role="status" style={s.success}>
          {flash}
        </div>
      ) : null}
      {offered.length > 0 ? (
        <div style={s.buttons}>
          {offered.map((step) => (
            <Button
              key={step.action}
              buttonStyle={open?.action === step.action ? 'primary' : 'secondary'}
              size="small"
              margin={false}
              extraButtonProps={{ 'data-testid': `application-step-${step.action}` }}
              onClick={() => {
                setFlash(null)
                setOpen(open?.action === step.action ? null : step)
              }}
            >
              {step.label}
            </Button>
          ))}
        </div>
      ) : (
        <div style={s.muted}>{situation.open ? '当前没有您可以办理的步骤。' : '本申请已办结。'}</div>
      )}
      {open ? <StepForm key={open.action} step={open} base={base} departments={departments} onCancel={() => setOpen(null)} onDone={done} /> : null}
      {othersOnly.map((step) => (ROLE_NOTES[step.action] ? <div key={step.action} style={s.muted}>{ROLE_NOTES[step.action]}</div> : null))}
      <HistoryList history={application.history ?? []} />
    </div>
  )
}
