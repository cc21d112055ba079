/**
 * An item may link only files its writer may read: their department's, or files already public. Otherwise an
 * editor could link another department's internal file into their own item and, once it is published, make
 * that file public. Only newly linked files are checked, so older items stay savable.
 */
import { ValidationError, type CollectionBeforeChangeHook, type Where } from 'payload'
import { ATTACHMENT_MESSAGES } from '../../domain/attachments'
import { attachmentIds } from '../../domain/workflow/contentHash'
import { isStaff } from '../access/roles'
import { readMedia } from './mediaAccess'

export const linkableAttachments =
  (field: string): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    if (!isStaff(req) || !(field in data)) return data
    const before = new Set(attachmentIds(originalDoc?.[field]).map(String))
    const added = attachmentIds(data[field]).filter((id) => !before.has(String(id)))
    if (added.length === 0) return data
    const access = await readMedia({ req } as never)
    if (access === true) return data
    const where: Where = { and: [{ id: { in: added } }, ...(access ? [access] : [])] }
    const { totalDocs } = access === false ? { totalDocs: 0 } : await req.payload.count({ collection: 'media', where, overrideAccess: true, req })
    if (totalDocs < new Set(added.map(String)).size) {
      throw new ValidationError({ collection: collection.slug, errors: [{ path: field, message: ATTACHMENT_MESSAGES.notLinkable }] }, req.t)
    }
    return data
  }
