/** 定时发布: the scheduler publishes a due item; its time is spent. */
import type { ActionService } from './actionService'

// The version it publishes went through all three reviews: no 补充终审 is waiting, even if an earlier version was
// published by force (as the 终审 that publishes at once clears the flag).
export const publishScheduled: ActionService = () => ({ publishAt: null, forcePublished: false })
