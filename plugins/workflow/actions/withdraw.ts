/** 撤回: the public row leaves the site; when and why are kept on the item. */
import type { ActionService } from './actionService'

export const withdraw: ActionService = ({ at, reason }) => ({ withdrawnAt: at, withdrawReason: reason })
