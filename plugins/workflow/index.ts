/**
 * 三审 workflow plugin: adds the workflow fields, the approval register, the no-bypass and content-tracking
 * hooks and the workflow/approval-form endpoints to the reviewed collections.
 */
import type { CollectionConfig, Config } from 'payload'
import { ApprovalRecords } from './collections/ApprovalRecords'
import { CONTENT_FIELDS } from '../../domain/workflow/contentHash'
import { DEFAULT_COLLECTIONS } from './defaults'
import { workflowFields, stripWorkflowFields } from './fields'
import { refuseDirectPublishing } from './hooks/refuseDirectPublishing'
import { trackContent } from './hooks/trackContent'
import { forgetTermMatcher } from './actions/runPrecheck'
import { workflowEndpoint } from './endpoints/workflowEndpoint'
import { approvalFormEndpoint } from './endpoints/approvalFormEndpoint'
import { workflowStatusEndpoint } from './endpoints/workflowStatusEndpoint'
import type { WorkflowCollection, WorkflowPluginOptions } from './types'
import { WORKFLOW_COMPONENTS } from './components/paths'

/** The register's pre-check snapshot is shown as a list of findings rather than raw JSON. */
const withReadableSnapshot = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.map((field) =>
    'name' in field && field.name === 'precheck' && field.type === 'json'
      ? { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Field: WORKFLOW_COMPONENTS.precheckSnapshot } } }
      : field,
  ),
})

export const workflowPlugin =
  (options: WorkflowPluginOptions = {}) =>
  (config: Config): Config => {
    const reviewed = new Set<string>(options.collections ?? DEFAULT_COLLECTIONS)
    const enabled = options.enabled !== false
    const collections = (config.collections ?? []).map((collection): CollectionConfig => {
      if (collection.slug === 'sensitive-terms' && enabled) {
        return {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), () => forgetTermMatcher()],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), () => forgetTermMatcher()],
          },
        }
      }
      if (!reviewed.has(collection.slug)) return collection
      const slug = collection.slug as WorkflowCollection
      return {
        ...collection,
        // Nobody is invited to publish directly: the 发布/取消发布 buttons give way to the review panel.
        admin: {
          ...collection.admin,
          components: {
            ...collection.admin?.components,
            edit: {
              ...collection.admin?.components?.edit,
              PublishButton: WORKFLOW_COMPONENTS.publishHint,
              UnpublishButton: WORKFLOW_COMPONENTS.noUnpublish,
            },
          },
        },
        fields: [...collection.fields, ...workflowFields()],
        hooks: enabled
          ? {
              ...collection.hooks,
              beforeOperation: [refuseDirectPublishing, ...(collection.hooks?.beforeOperation ?? [])],
              beforeChange: [...(collection.hooks?.beforeChange ?? []), trackContent(CONTENT_FIELDS[slug])],
              afterRead: [...(collection.hooks?.afterRead ?? []), stripWorkflowFields],
            }
          : collection.hooks,
        endpoints: enabled ? [...(collection.endpoints || []), workflowEndpoint(slug), workflowStatusEndpoint(slug), approvalFormEndpoint(slug)] : collection.endpoints,
      }
    })
    return {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), WORKFLOW_COMPONENTS.myReviews],
        },
      },
      collections: [...collections, withReadableSnapshot(ApprovalRecords)],
    }
  }
