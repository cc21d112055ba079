/**
 * The handling steps the 办理 panel offers, as data: one line per action of `POST /api/applications/:id/actions`
 * (plugins/applications/endpoints.ts), with its button, the fields of its small form and when it is offered. The
 * server decides (clock.ts refuses what cannot be); this table only keeps buttons that cannot succeed out of sight.
 * A new action (收费通知, 已缴费 …) is one more line here.
 */

import { HISTORY_TYPES } from '../../../domain/applications/vocabulary'

/** The inputs a step's form may ask for; each is sent under the same name. */
export type StepField = 'reason' | 'date' | 'days' | 'outcome' | 'department' | 'until' | 'method' | 'pages'

/** What the panel knows of the application, read from its status and history. */
export type Situation = {
  /** Neither answered nor closed. */
  open: boolean
  awaitingCorrection: boolean
  /** A 补正 was requested once already (条例30: once only). */
  correctionAsked: boolean
  /** Extended once already (条例33: once only). */
  extended: boolean
  /** Who is being consulted now, if anyone. */
  consulting: 'third-party' | 'agency' | null
  /** A 收费通知 went out (once only) / is still unpaid. */
  feeNoticed: boolean
  awaitingPayment: boolean
}

export type Step = {
  action: string
  /** The button. */
  label: string
  fields: readonly StepField[]
  /** The 理由 field's label, and whether the server refuses the step without it. */
  reason?: { label: string; required: boolean }
  /** The 工作日数 field's label, and whether it is required. */
  days?: { label: string; required: boolean }
  /** Only these roles may take the step (the server checks it too); everyone when absent. */
  roles?: readonly string[]
  when: (s: Situation) => boolean
}

const running = (s: Situation) => s.open && !s.awaitingCorrection && !s.awaitingPayment

export const APPLICATION_STEPS: readonly Step[] = [
  { action: 'request-correction', label: '要求补正', fields: ['reason', 'days', 'date'], reason: { label: '需要补正的事项', required: true }, days: { label: '补正期限（工作日，不填按系统设置）', required: false }, when: (s) => running(s) && !s.correctionAsked },
  { action: 'receive-correction', label: '收到补正', fields: ['reason', 'date'], reason: { label: '说明（选填）', required: false }, when: (s) => s.open && s.awaitingCorrection },
  { action: 'extend', label: '延期答复', fields: ['reason', 'days', 'date'], reason: { label: '延期理由', required: true }, days: { label: '延长的工作日数', required: true }, roles: ['approver', 'admin'], when: (s) => running(s) && !s.extended },
  { action: 'consult-third-party', label: '征求第三方意见', fields: ['reason', 'date'], reason: { label: '征求意见的事项', required: true }, when: (s) => running(s) && !s.consulting },
  { action: 'third-party-replied', label: '收到第三方意见', fields: ['reason', 'date'], reason: { label: '意见摘要（选填）', required: false }, when: (s) => s.open && s.consulting === 'third-party' },
  { action: 'consult-agency', label: '征求其他机关意见', fields: ['reason', 'date'], reason: { label: '征求意见的事项', required: true }, when: (s) => running(s) && !s.consulting },
  { action: 'agency-replied', label: '收到其他机关意见', fields: ['reason', 'date'], reason: { label: '意见摘要（选填）', required: false }, when: (s) => s.open && s.consulting === 'agency' },
  { action: 'delay', label: '延迟答复', fields: ['reason', 'until', 'date'], reason: { label: '延迟答复的理由（条例第三十五条）', required: true }, when: running },
  { action: 'transfer', label: '转办', fields: ['department', 'reason', 'date'], reason: { label: '转办理由', required: true }, when: (s) => s.open },
  { action: 'reply', label: '答复', fields: ['outcome', 'reason', 'date'], reason: { label: '答复说明（选填）', required: false }, when: running },
  { action: 'fee-notice', label: '收费通知', fields: ['method', 'pages', 'reason', 'date'], reason: { label: '说明（选填，默认写明计费依据）', required: false }, when: (s) => running(s) && !s.feeNoticed && !s.consulting },
  { action: 'fee-paid', label: '已缴费', fields: ['reason', 'date'], reason: { label: '说明（选填）', required: false }, when: (s) => s.open && s.awaitingPayment },
  { action: 'close-unpaid', label: '逾期未缴费办结', fields: ['reason', 'date'], reason: { label: '说明（选填）', required: false }, when: (s) => s.open && s.awaitingPayment },
  { action: 'close-abandoned', label: '逾期不补正办结', fields: ['reason', 'date'], reason: { label: '说明（选填）', required: false }, when: (s) => s.open && s.awaitingCorrection },
]

/** Why a step is not offered to this user although the application allows it, for the panel's footnote. */
export const ROLE_NOTES: Record<string, string> = {
  extend: '延期答复须经政府信息公开工作机构负责人同意，由终审领导或网站管理员登记（条例第三十三条）。',
}

type HistoryLike = { type?: string | null; party?: string | null }

export const situationOf = (status: string | null | undefined, history: readonly HistoryLike[] | null | undefined): Situation => {
  const entries = history ?? []
  let consulting: Situation['consulting'] = null
  for (const entry of entries) {
    if (entry.type === 'consultation-started') consulting = entry.party === 'agency' ? 'agency' : 'third-party'
    if (entry.type === 'consultation-ended') consulting = null
  }
  return {
    open: status !== 'answered' && status !== 'closed',
    awaitingCorrection: status === 'awaiting-correction',
    correctionAsked: entries.some((e) => e.type === 'correction-requested'),
    extended: entries.some((e) => e.type === 'extended'),
    consulting,
    feeNoticed: entries.some((e) => e.type === 'fee-notice'),
    awaitingPayment: status === 'awaiting-payment',
  }
}

const mayTake = (step: Step, roles: readonly string[]) => !step.roles || step.roles.some((role) => roles.includes(role))

/** The steps the application allows now: those this user may take, and those only other roles may. */
export const stepsFor = (situation: Situation, roles: readonly string[], steps: readonly Step[] = APPLICATION_STEPS) => {
  const allowed = steps.filter((step) => step.when(situation))
  return { offered: allowed.filter((step) => mayTake(step, roles)), othersOnly: allowed.filter((step) => !mayTake(step, roles)) }
}

/** The history's entry types in Chinese (the 事项 of 办理记录). */
export const HISTORY_LABELS: Record<string, string> = Object.fromEntries(HISTORY_TYPES.map((t) => [t.value, t.label]))
