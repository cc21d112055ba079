/** 退回修改: back to the editor; the signatures and any schedule go with it. */
import type { ActionService } from './actionService'

export const returnItem: ActionService = () => ({ signatures: [], publishAt: null })
