/** How Gongkai's collections go through the 三审 workflow plugin. */
import { ATTACHMENT_FIELDS, CONTENT_FIELDS } from '../domain/workflow/contentHash'
import type { WorkflowPluginOptions } from '../plugins/workflow'
import { RULES_DEFAULTS } from '../domain/rulesDefaults'
import { exclusively } from './lib/startupLock'
import { lockRowForUpdate } from './lib/rowLock'

export const workflowOptions: WorkflowPluginOptions = {
  collections: {
    documents: {
      contentFields: CONTENT_FIELDS.documents,
      disclosureField: 'disclosure',
      attachmentsField: ATTACHMENT_FIELDS.documents,
      requiredToSubmit: ['title', 'column', 'department', 'formedAt', 'disclosure'],
      // A 部分公开 item publishes its 公开文本, never the full body.
      precheck: { fullTextFields: ['body'], partialTextFields: ['publicBody'], docNumberField: 'docNumber' },
      indexNumberField: 'indexNumber',
      publishedAtField: 'publishedAt',
      // 信息类别 on the 审批表: the item's kind (政策文件, 通知公告 …), not the collection's name.
      kindField: 'kind',
    },
    interpretations: {
      contentFields: CONTENT_FIELDS.interpretations,
      attachmentsField: ATTACHMENT_FIELDS.interpretations,
      requiredToSubmit: ['title', 'policy', 'department', 'form'],
    },
  },
  // Two transitions of one item at once run one after the other (src/lib/rowLock.ts).
  lockItem: lockRowForUpdate,
  // One pass at a time across instances (src/lib/startupLock.ts).
  schedule: { cron: process.env.PUBLISH_CRON || undefined, exclusive: exclusively('publish-scheduled') },
  // 办理时限 of a review stage: the settings' 审核环节停留预警 (the daily audit flags the same number of working days).
  reviewWorkingDays: async (req) => {
    const settings = (await req.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true, req })) as { deadlines?: { reviewStuckWorkingDays?: number | null } }
    return settings.deadlines?.reviewStuckWorkingDays ?? RULES_DEFAULTS.deadlines.reviewStuckWorkingDays
  },
  // The interpretation ↔ policy linkage registers its transition hooks itself (interpretationsPlugin).
}
