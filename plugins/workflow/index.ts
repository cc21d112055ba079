/**
 * 三审 workflow plugin: adds the workflow fields, the approval register, the no-bypass and content-tracking
 * hooks and the workflow/approval-form endpoints to the reviewed collections, hashes the files of the upload
 * collection, and gives the scheduler plugin the 定时发布 task.
 */
import type { CollectionConfig, Config, Field, Payload } from 'payload'
import { scheduledTasksOf } from '../../domain/scheduledTasks'
import { approvalRecords } from './collections/ApprovalRecords'
import { OPTIONS_KEY } from './defaults'
import { workflowFields, stripWorkflowFields } from './fields'
import { refuseDirectPublishing } from './hooks/refuseDirectPublishing'
import { refuseBulkEdit } from './hooks/refuseBulkEdit'
import { trackContent } from './hooks/trackContent'
import { recordFileHash } from './hooks/recordFileHash'
import { forgetTermMatcher } from './actions/runPrecheck'
import { publishDueItems } from './actions/publishDueItems'
import { workflowEndpoint } from './endpoints/workflowEndpoint'
import { approvalFormEndpoint } from './endpoints/approvalFormEndpoint'
import { workflowStatusEndpoint } from './endpoints/workflowStatusEndpoint'
import { batchApproveEndpoint, queueFactsEndpoint } from './endpoints/batchEndpoint'
import { resolveOptions, type ResolvedOptions } from './options'
import type { ScheduledTask, WorkflowPluginOptions } from './types'
import { WORKFLOW_COMPONENTS } from './components/paths'

export type * from './types'
export { SCHEDULER_USER, WORKFLOW_CONTEXT } from './defaults'
export { performTransition, type TransitionInput } from './actions/performTransition'
export { publishDueItems } from './actions/publishDueItems'

/** The register's pre-check snapshot is shown as a list of findings rather than raw JSON. */
const withReadableSnapshot = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.map((field) =>
    'name' in field && field.name === 'precheck' && field.type === 'json'
      ? { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Field: WORKFLOW_COMPONENTS.precheckSnapshot } } }
      : field,
  ),
})

/** 审核状态 instead of Payload's 状态 among the default columns (after the first column when the host named no 状态). */
const withReviewStateColumn = (columns: string[] | undefined): string[] | undefined => {
  if (!columns) return undefined
  if (columns.includes('reviewState')) return columns
  return columns.includes('_status') ? columns.map((c) => (c === '_status' ? 'reviewState' : c)) : [columns[0], 'reviewState', ...columns.slice(1)]
}

/**
 * Payload's own `_status` (merged over its version field by name) says only whether the website's copy is the
 * latest version: named so, it no longer reads as the review state.
 */
const websiteStatus: Field = { name: '_status', type: 'select', label: '网站发布状态', options: [] }

/** A reviewed collection: the fields always; the hooks and endpoints while the plugin is enabled. */
const reviewed = (collection: CollectionConfig, options: ResolvedOptions): CollectionConfig => ({
  ...collection,
  // No 编辑/发布/取消发布 over a selection in the list: each item goes through its own reviews. Payload refuses a
  // bulk PATCH itself; refuseBulkEdit says why in Chinese.
  disableBulkEdit: true,
  // Nobody is invited to publish directly: the 发布/取消发布 buttons give way to the review panel.
  admin: {
    ...collection.admin,
    // The list shows 审核状态 where the host put Payload's 状态 (whose 草稿 covers every state under review).
    defaultColumns: withReviewStateColumn(collection.admin?.defaultColumns),
    components: {
      ...collection.admin?.components,
      beforeListTable: [...(collection.admin?.components?.beforeListTable ?? []), WORKFLOW_COMPONENTS.reviewStateFilters],
      edit: {
        ...collection.admin?.components?.edit,
        PublishButton: WORKFLOW_COMPONENTS.publishHint,
        UnpublishButton: WORKFLOW_COMPONENTS.noUnpublish,
        // 保存草稿 asks first when the save would end a review (issue 13, point 1).
        SaveDraftButton: WORKFLOW_COMPONENTS.saveDraft,
        // The header says when the website still shows the published version; its 撤销修改 publishes nothing.
        Status: WORKFLOW_COMPONENTS.status,
        beforeDocumentControls: [...(collection.admin?.components?.edit?.beforeDocumentControls ?? []), WORKFLOW_COMPONENTS.reviewStateHeader],
      },
    },
  },
  fields: [...collection.fields, ...workflowFields(options), websiteStatus],
  hooks: options.enabled
    ? {
        ...collection.hooks,
        beforeOperation: [refuseDirectPublishing, ...(collection.hooks?.beforeOperation ?? [])],
        beforeChange: [...(collection.hooks?.beforeChange ?? []), trackContent],
        afterRead: [...(collection.hooks?.afterRead ?? []), stripWorkflowFields(options)],
        afterError: [...(collection.hooks?.afterError ?? []), refuseBulkEdit],
      }
    : collection.hooks,
  endpoints: options.enabled
    ? [...(collection.endpoints || []), workflowEndpoint(collection.slug), workflowStatusEndpoint(collection.slug), approvalFormEndpoint(collection.slug)]
    : collection.endpoints,
})

/** The upload collection: every stored file gets its SHA-256, which the content hash binds the signatures to. */
const hashedUploads = (collection: CollectionConfig, { rules }: ResolvedOptions): CollectionConfig => ({
  ...collection,
  fields: collection.fields.some((field) => 'name' in field && field.name === 'sha256')
    ? collection.fields
    : [
        ...collection.fields,
        {
          name: 'sha256',
          type: 'text',
          label: '文件指纹（SHA-256）',
          index: true,
          access: { read: ({ req }) => rules.isStaff(req), create: () => false, update: () => false },
          admin: { readOnly: true, position: 'sidebar' },
        },
      ],
  hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), recordFileHash] },
})

/** The term list is read again after any change of the sensitive terms. */
const forgettingTerms = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), () => forgetTermMatcher()],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), () => forgetTermMatcher()],
  },
})

export const workflowPlugin =
  (pluginOptions: WorkflowPluginOptions = {}) =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions, config.collections ?? [])
    const collections = (config.collections ?? []).map((collection): CollectionConfig => {
      if (options.collections[collection.slug]) return reviewed(collection, options)
      if (collection.slug === options.uploads) return hashedUploads(collection, options)
      if (collection.slug === options.sensitiveTerms && options.enabled) return forgettingTerms(collection)
      return collection
    })
    const custom = (config.custom ?? {}) as Record<string, unknown>
    const schedule = options.enabled ? options.schedule : false
    const tasks = scheduledTasksOf<Payload>(custom)
    const publishTask: ScheduledTask | null = schedule
      ? {
          name: 'publish-scheduled',
          cron: schedule.cron,
          ...(schedule.timezone ? { timezone: schedule.timezone } : {}),
          // The slot's instant is the pass's clock: what is due at the slot goes out in it.
          run: async (payload, slot) => {
            const pass = async () => {
              const summary = await publishDueItems(payload, slot)
              if (summary.published.length) payload.logger.info({ msg: `定时发布：已发布 ${summary.published.length} 条`, items: summary.published })
            }
            await (schedule.exclusive ? schedule.exclusive(payload, pass) : pass())
          },
        }
      : null
    return {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            {
              path: WORKFLOW_COMPONENTS.myReviews,
              clientProps: {
                collections: Object.values(options.collections).map(({ slug, label, titleField, departmentField }) => ({ slug, label, titleField, departmentField })),
                registerDepartments: Boolean(options.departments),
              },
            },
          ],
        },
      },
      collections: [...collections, withReadableSnapshot(approvalRecords(options))],
      // 待我审核: 批量审核 and the facts of each queued item (发布机构, 提交人, days waited, 办理时限, 退回原因).
      endpoints: options.enabled ? [...(config.endpoints ?? []), batchApproveEndpoint(), queueFactsEndpoint()] : config.endpoints,
      custom: { ...custom, [OPTIONS_KEY]: options, scheduledTasks: publishTask ? [...tasks, publishTask] : tasks },
      onInit: async (payload) => {
        // 定时发布 needs someone to run the task: without the scheduler plugin a scheduled item would never go out.
        if (schedule && !(payload.config.custom as Record<string, unknown> | undefined)?.scheduler) {
          throw new Error('审核流程插件的定时发布需要调度插件：请在 plugins 中加入 schedulerPlugin()，或以 workflowPlugin({ schedule: false }) 关闭定时发布')
        }
        await config.onInit?.(payload)
      },
    }
  }
