/**
 * An interpretation names a policy it may be linked to (SPEC: documents → interpretations): a document of kind
 * `policy`, publicly disclosed, not withdrawn. Checked when the link is made or changed; publishing is gated
 * separately by the workflow (never before the policy).
 */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../../domain/ids'
import { linkRefusal } from '../../../domain/interpretationLinkage'
import { WORKFLOW_CONTEXT } from '../../workflow/defaults'
import { policyFacts } from '../actions/linkage'

export const requirePolicy: CollectionBeforeChangeHook = async ({ collection, context, data, operation, originalDoc, req }) => {
  if (context?.[WORKFLOW_CONTEXT]) return data
  const chosen = idOf(data.policy)
  if (chosen === null) return data
  if (operation === 'update' && String(chosen) === String(idOf(originalDoc?.policy))) return data
  const refused = linkRefusal(await policyFacts(req, chosen))
  if (refused) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'policy', message: refused }] }, req.t)
  return data
}
