/** 强制发布: published without the missing signatures, flagged until an approver signs a 补充终审. */
import type { ActionService } from './actionService'

export const forcePublish: ActionService = ({ user, reason }) => ({
  forcePublished: true,
  forcePublishedBy: user.id,
  forcePublishReason: reason,
  publishAt: null,
})
