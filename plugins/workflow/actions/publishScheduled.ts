/** 定时发布: the scheduler publishes a due item; its time is spent. */
import type { ActionService } from './actionService'

export const publishScheduled: ActionService = () => ({ publishAt: null })
