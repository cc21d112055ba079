/** 提交审核: the submitter and time are recorded; a new review cycle starts without signatures or schedule. */
import type { ActionService } from './actionService'

export const submit: ActionService = ({ user, at }) => ({ submittedBy: user.id, submittedAt: at, signatures: [], publishAt: null })
