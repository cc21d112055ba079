/**
 * 审核通过: adds the stage's signature to those still bound to this content. 终审 publishes, or schedules
 * for `publishAt`; a 补充终审 after a forced publication clears the flag.
 */
import type { ActionService, SignatureRow } from './actionService'

export const approve: ActionService = ({ item, transition, to, user, at, hash, opinion, publishAt }) => {
  const kept = ((item.signatures ?? []) as SignatureRow[]).filter((s) => s.contentHash === hash)
  const signature: SignatureRow[] = transition.stage
    ? [{ stage: transition.stage, user: user.id, userName: user.name ?? '', opinion, at, contentHash: hash }]
    : []
  return {
    signatures: [...kept, ...signature],
    publishAt: to === 'scheduled' && publishAt ? new Date(publishAt).toISOString() : null,
    ...(to === 'published' ? { forcePublished: false } : {}),
  }
}
