'use client'
/**
 * The small form of one handling step: the inputs its line in steps.ts names, sent to
 * `POST /api/{slug}/:id/actions`. The server's refusal is shown verbatim under the input it concerns, else under the
 * form; the caller refreshes the view on success.
 */
import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'
import { beijingToday, OUTCOME_GROUPS } from './labels'
import { refusalOf, type Refusal } from './refusal'
import type { Step, StepField } from './steps'
import { styles as s } from './styles'

export type Department = { id: string | number; name: string }

type Props = {
  step: Step
  /** `…/api/{slug}/{id}`. */
  base: string
  departments: readonly Department[]
  onCancel: () => void
  onDone: (step: Step) => Promise<void>
}

type Values = Record<StepField, string>

/** The request body: the inputs filled in, numbers as numbers, the department as the id it was listed with. */
const bodyOf = (step: Step, values: Values, departments: readonly Department[]) => {
  const body: Record<string, unknown> = { action: step.action }
  for (const field of step.fields) {
    const value = values[field].trim()
    if (!value) continue
    if (field === 'days' || field === 'pages') body[field] = Number(value)
    else if (field === 'department') body.department = departments.find((d) => String(d.id) === value)?.id ?? value
    else body[field] = value
  }
  return body
}

export const StepForm = ({ step, base, departments, onCancel, onDone }: Props) => {
  const today = beijingToday()
  const [values, setValues] = useState<Values>({ reason: '', date: today, days: '', outcome: '', department: '', until: '', method: 'page', pages: '' })
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const set = (field: StepField) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setValues((current) => ({ ...current, [field]: event.target.value }))

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setRefusal(null)
    try {
      const res = await fetch(`${base}/actions`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(bodyOf(step, values, departments)),
      })
      const json = await res.json().catch(() => null)
      if (!res.ok) {
        setRefusal(refusalOf(json, res.status, step.fields))
        return
      }
      await onDone(step)
    } catch {
      setRefusal({ field: null, message: '网络错误，操作未完成，请稍后重试' })
    } finally {
      setBusy(false)
    }
  }

  const errorFor = (field: StepField | null) =>
    refusal && refusal.field === field ? (
      <div role="alert" data-testid="application-step-error" data-field={field ?? ''} style={field ? s.fieldError : { ...s.error, marginTop: 8 }}>
        {refusal.message}
      </div>
    ) : null
  const id = (field: StepField) => `application-step-${field}`
  const labelled = (field: StepField, label: string, input: React.ReactNode) => (
    <div key={field} data-field={field}>
      <label style={s.label} htmlFor={id(field)}>
        {label}
      </label>
      {input}
      {errorFor(field)}
    </div>
  )

  const inputs: Record<StepField, () => React.ReactNode> = {
    reason: () =>
      labelled(
        'reason',
        `${step.reason?.label ?? '理由'}${step.reason?.required ? ' *' : ''}`,
        <textarea id={id('reason')} data-testid="application-step-reason" rows={3} style={{ ...s.input, resize: 'vertical' }} value={values.reason} onChange={set('reason')} />,
      ),
    days: () =>
      labelled(
        'days',
        `${step.days?.label ?? '工作日数'}${step.days?.required ? ' *' : ''}`,
        <input id={id('days')} data-testid="application-step-days" type="number" min={1} step={1} style={{ ...s.input, maxWidth: 160 }} value={values.days} onChange={set('days')} />,
      ),
    date: () =>
      labelled(
        'date',
        '办理日期（默认今天，不能早于上一步）',
        <input id={id('date')} data-testid="application-step-date" type="date" max={today} style={{ ...s.input, maxWidth: 200 }} value={values.date} onChange={set('date')} />,
      ),
    method: () =>
      labelled(
        'method',
        '计收方式（按件或按量，只能选一种） *',
        <select id={id('method')} data-testid="application-step-method" style={{ ...s.input, maxWidth: 320 }} value={values.method} onChange={set('method')}>
          <option value="page">按量：按提供信息的页数</option>
          <option value="item">按件：该申请人本月第几件申请</option>
        </select>,
      ),
    pages: () =>
      values.method === 'page'
        ? labelled(
            'pages',
            '页数 *',
            <input id={id('pages')} data-testid="application-step-pages" type="number" min={1} step={1} style={{ ...s.input, maxWidth: 160 }} value={values.pages} onChange={set('pages')} />,
          )
        : null,
    until: () =>
      labelled(
        'until',
        '延迟至（答复日期） *',
        <input id={id('until')} data-testid="application-step-until" type="date" min={today} style={{ ...s.input, maxWidth: 200 }} value={values.until} onChange={set('until')} />,
      ),
    outcome: () =>
      labelled(
        'outcome',
        '办理结果（年度报告表三） *',
        <select id={id('outcome')} data-testid="application-step-outcome" style={s.input} value={values.outcome} onChange={set('outcome')}>
          <option value="">请选择</option>
          {OUTCOME_GROUPS.map(({ group, outcomes }) => (
            <optgroup key={group} label={group}>
              {outcomes.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>,
      ),
    department: () =>
      labelled(
        'department',
        '办理机关（转至） *',
        <select id={id('department')} data-testid="application-step-department" style={s.input} value={values.department} onChange={set('department')}>
          <option value="">请选择</option>
          {departments.map((d) => (
            <option key={String(d.id)} value={String(d.id)}>
              {d.name}
            </option>
          ))}
        </select>,
      ),
  }

  return (
    <form data-testid="application-step-form" data-action={step.action} style={s.form} onSubmit={(event) => void submit(event)} noValidate>
      <div style={s.heading}>{step.label}</div>
      {step.fields.map((field) => inputs[field]())}
      {errorFor(null)}
      <div style={{ ...s.buttons, marginTop: 12 }}>
        <Button type="submit" buttonStyle="primary" size="small" margin={false} disabled={busy} extraButtonProps={{ 'data-testid': 'application-step-submit' }}>
          {busy ? '正在办理…' : `确认${step.label}`}
        </Button>
        <Button type="button" buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={onCancel}>
          取消
        </Button>
      </div>
    </form>
  )
}
