/**
 * An item may link only files its writer may read: their department's, or files already public. Otherwise an
 * editor could link another department's internal file into their own item and, once it is published, make
 * that file public. Only newly linked files are checked, so older items stay savable.
 */
import type { CollectionBeforeChangeHook, Where } from 'payload'
import { codedError } from '../../domain/errors'
import { attachmentIds } from '../../domain/workflow/contentHash'
import { isStaff } from '../access/roles'
import { fieldRefusal } from '../validation/fieldRefusal'
import { readMedia } from './mediaAccess'

export const linkableAttachments =
  (field: string): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    if (!isStaff(req) || !(field in data)) return data
    const before = new Set(attachmentIds(originalDoc?.[field]).map(String))
    const added = attachmentIds(data[field]).filter((id) => !before.has(String(id)))
    if (added.length === 0) return data
    const access = await readMedia({ req })
    if (access === true) return data
    const where: Where = { and: [{ id: { in: added } }, ...(access ? [access] : [])] }
    const { totalDocs } = access === false ? { totalDocs: 0 } : await req.payload.count({ collection: 'media', where, overrideAccess: true, req })
    if (totalDocs < new Set(added.map(String)).size) {
      throw fieldRefusal(codedError('app.attachment-not-linkable'), collection, req, field)
    }
    return data
  }
