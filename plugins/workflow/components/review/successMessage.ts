/** "审核通过成功，当前状态：已发布" — what the panel shows once an action is done. */
import { actionLabel, stateLabel } from '../../../../domain/workflow/states'
import { formatTime } from '../display'

export const successMessage = (action: string, answer: { reviewState?: string; publishAt?: string | null } | null): string => {
  const scheduled = answer?.reviewState === 'scheduled' && answer?.publishAt ? `，将于 ${formatTime(answer.publishAt)} 发布` : ''
  return `${actionLabel(action)}成功，当前状态：${stateLabel(answer?.reviewState)}${scheduled}`
}
