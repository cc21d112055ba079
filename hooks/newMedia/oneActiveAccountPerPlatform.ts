/** 一个单位一个平台一个账号: refuses a second active account of a department on the same platform. */
import type { CollectionBeforeChangeHook } from 'payload'
import { codedError } from '../../domain/errors'
import { idOf } from '../../domain/ids'
import { PLATFORMS, labelOf } from '../../domain/vocabulary'
import { fieldRefusal } from '../validation/fieldRefusal'

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
    throw fieldRefusal(codedError('app.account-duplicate-active', labelOf(PLATFORMS, merged.platform)), collection, req)
  }
  return data
}
