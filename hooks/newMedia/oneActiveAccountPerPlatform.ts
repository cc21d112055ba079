/** 一个单位一个平台一个账号: refuses a second active account of a department on the same platform. */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { ACCOUNT_MESSAGES } from '../../domain/newMediaRules'
import { PLATFORMS, labelOf } from '../../domain/vocabulary'
import { idOf } from '../../domain/ids'


export const oneActiveAccountPerPlatform: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  if (merged.status !== 'active' || !merged.department || !merged.platform) return data
  const { totalDocs } = await req.payload.count({
    collection: 'new-media-accounts',
    where: {
      and: [
        { department: { equals: idOf(merged.department) } },
        { platform: { equals: merged.platform } },
        { status: { equals: 'active' } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: 'platform', message: ACCOUNT_MESSAGES.duplicateActive(labelOf(PLATFORMS, merged.platform)) }] },
      req.t,
    )
  }
  return data
}
