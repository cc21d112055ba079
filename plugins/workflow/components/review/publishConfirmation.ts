/** What the panel asks before an action that publishes (终审, 强制发布); null for the others. */
import type { RequestableAction } from '../../../../domain/workflow/transitions'
import { formatTime } from '../display'

/** `publishAt`: the 定时发布 instant the form holds (ISO), '' for none. */
export const publishConfirmation = (action: RequestableAction, finalApproval: boolean, publishAt: string): string | null => {
  if (action === 'force-publish') return '强制发布将立即把本稿件发布到网站，事后须由终审领导补充终审。是否继续？'
  if (action !== 'approve' || !finalApproval) return null
  const at = publishAt ? formatTime(publishAt) : ''
  return at ? `终审通过后，本稿件将于 ${at}（北京时间）自动发布到网站。是否继续？` : '终审通过后，本稿件将立即发布到网站。是否继续？'
}
