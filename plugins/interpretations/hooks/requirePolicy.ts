/**
 * The policy an interpretation is linked to must be eligible (domain/interpretationLinkage): a document of kind
 * `policy`, publicly disclosed, not withdrawn. Checked when the link is made or changed; publishing is gated
 * separately by the workflow (never before the policy).
 */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../../domain/ids'
import { linkRefusal } from '../../../domain/interpretationLinkage'
import { policyFacts } from '../actions/linkage'
import { interpretationsOptions } from '../options'

export const requirePolicy: CollectionBeforeChangeHook = async ({ collection, context, data, operation, originalDoc, req }) => {
  const { policyField, workflowContext } = interpretationsOptions(req.payload)
  if (context?.[workflowContext]) return data
  const chosen = idOf(data[policyField])
  if (chosen === null) return data
  if (operation === 'update' && String(chosen) === String(idOf(originalDoc?.[policyField]))) return data
  const refused = linkRefusal(await policyFacts(req, chosen))
  if (refused) {
    // The label names the field in the admin's toast (「下面的字段是无效的： 所解读的政策文件」), the path puts the reason under it.
    const label = collection.flattenedFields.find((field) => field.name === policyField)?.label
    const errors = [{ path: policyField, message: refused, ...(typeof label === 'string' ? { label } : {}) }]
    throw new ValidationError({ collection: collection.slug, errors }, req.t)
  }
  return data
}
