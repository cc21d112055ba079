/** How Gongkai's collections go through the 三审 workflow plugin. */
import { ATTACHMENT_FIELDS, CONTENT_FIELDS } from '../domain/workflow/contentHash'
import { flagInterpretationsOf, interpretationPublication } from '../plugins/interpretations/actions/linkage'
import type { WorkflowPluginOptions } from '../plugins/workflow/types'

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
    },
    interpretations: {
      contentFields: CONTENT_FIELDS.interpretations,
      attachmentsField: ATTACHMENT_FIELDS.interpretations,
      requiredToSubmit: ['title', 'policy', 'department', 'form'],
    },
  },
  schedule: { cron: process.env.PUBLISH_CRON || undefined },
  // The interpretation ↔ policy linkage, until plugins/interpretations registers it as `custom.workflow` on the
  // two collections (then these two hooks go).
  hooks: {
    // 政策解读: never public before its policy; the first publication records the link and its deadline.
    beforeTransition: [
      async ({ req, collection, item, to, publishAt, now }) =>
        collection === 'interpretations' ? interpretationPublication(req, item, to, publishAt, now) : undefined,
    ],
    // A policy's interpretations leave (or rejoin) the public API with it, in the same transaction.
    afterTransition: [
      async ({ req, collection, item, draft }) => {
        if (collection === 'documents' && !draft) await flagInterpretationsOf(req, item)
      },
    ],
  },
}
