/** The editorial states of documents and interpretations (docs/workflow.md). */

export const REVIEW_STATES = [
  { value: 'draft', label: '草稿' },
  { value: 'submitted', label: '待初审' },
  { value: 'first-reviewed', label: '待保密审查' },
  { value: 'secrecy-reviewed', label: '待终审' },
  { value: 'scheduled', label: '定时发布' },
  { value: 'published', label: '已发布' },
  { value: 'withdrawn', label: '已撤回' },
] as const
export type ReviewState = (typeof REVIEW_STATES)[number]['value']

export const stateLabel = (state: string | null | undefined): string =>
  REVIEW_STATES.find((s) => s.value === state)?.label ?? String(state ?? '')

/** The three signatures every item needs, in order (甘州区《关于全区第一季度政府信息公开情况的通报》: 未经…审签，不得公开发布). */
export const STAGES = [
  { value: 'first', label: '初审' },
  { value: 'secrecy', label: '保密审查' },
  { value: 'final', label: '终审' },
  { value: 'retrospective', label: '补充终审' },
] as const
export type Stage = (typeof STAGES)[number]['value']

export const stageLabel = (stage: string | null | undefined): string => STAGES.find((s) => s.value === stage)?.label ?? ''

/** States in which an item waits for a reviewer's signature. */
export const IN_REVIEW_STATES: readonly ReviewState[] = ['submitted', 'first-reviewed', 'secrecy-reviewed']

export const ACTIONS = [
  { value: 'submit', label: '提交审核' },
  { value: 'approve', label: '审核通过' },
  { value: 'return', label: '退回修改' },
  { value: 'withdraw', label: '撤回' },
  { value: 'force-publish', label: '强制发布' },
  { value: 'publish-scheduled', label: '定时发布' },
  // The opinion says whether signatures were voided (voidOnEdit); the action's name claims none.
  { value: 'void', label: '修改内容' },
  { value: 'discard', label: '撤销修改' },
] as const
export type WorkflowAction = (typeof ACTIONS)[number]['value']

export const actionLabel = (action: string | null | undefined): string => ACTIONS.find((a) => a.value === action)?.label ?? String(action ?? '')
