/** An interpretation must point at a document of kind `policy` (SPEC: documents → interpretations). */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

export const requirePolicy: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const policy = data.policy ?? originalDoc?.policy
  const policyId = policy && typeof policy === 'object' ? policy.id : policy
  if (!policyId) return data
  const document = (await req.payload.db.findOne({ collection: 'documents', where: { id: { equals: policyId } }, req })) as
    | { kind?: string }
    | null
  if (!document) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'policy', message: '所选政策文件不存在' }] }, req.t)
  }
  if (document.kind !== 'policy') {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'policy', message: '政策解读只能关联信息类别为“政策文件”的信息' }] }, req.t)
  }
  return data
}
