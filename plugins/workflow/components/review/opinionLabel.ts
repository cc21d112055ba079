/** Label and placeholder of the opinion / reason box, for the actions on offer. */
import { actionLabel } from '../../../../domain/workflow/states'
import { needsReason, type RequestableAction } from '../../../../domain/workflow/transitions'

const REASON_PLACEHOLDERS: Partial<Record<RequestableAction, string>> = {
  withdraw: '请写明撤回原因',
  'force-publish': '请写明须立即发布的原因，事后须终审领导补签',
}

export const opinionLabel = (actions: readonly RequestableAction[]): { label: string; placeholder: string } => {
  if (actions.includes('approve') || actions.includes('return')) {
    return { label: `审核意见（${actionLabel('return')}时必填）`, placeholder: '例如：同意发布 / 请核实第二段数据后再报' }
  }
  const reasonAction = actions.find(needsReason)
  if (reasonAction) return { label: `${actionLabel(reasonAction)}原因（必填）`, placeholder: REASON_PLACEHOLDERS[reasonAction] ?? '' }
  return { label: '提交说明（可选）', placeholder: '需要向审核人员说明的情况' }
}
