/**
 * An item may link only files its writer may read: their department's, or files already public. Otherwise an
 * editor could link another department's internal file into their own item and, once it is published, make
 * that file public. Only newly linked files are checked, so older items stay savable.
 */
import type { CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'
import { codedError, messageOf } from '../../domain/errors'
import { attachmentIds } from '../../domain/workflow/contentHash'
import { isStaff } from '../access/roles'
import { fieldRefusal } from '../validation/fieldRefusal'
import { readMedia } from './mediaAccess'

/**
 * Whether `value` links a file its writer may not read (only files added to `stored`, the value it replaces, are
 * checked).
 */
export const linksUnreadableFile = async (req: PayloadRequest, value: unknown, stored: unknown): Promise<boolean> => {
  if (!isStaff(req)) return false
  const before = new Set(attachmentIds(stored).map(String))
  const added = attachmentIds(value).filter((id) => !before.has(String(id)))
  if (added.length === 0) return false
  const access = await readMedia({ req })
  if (access === true) return false
  const where: Where = { and: [{ id: { in: added } }, ...(access ? [access] : [])] }
  const { totalDocs } = access === false ? { totalDocs: 0 } : await req.payload.count({ collection: 'media', where, overrideAccess: true, req })
  return totalDocs < new Set(added.map(String)).size
}

/** The reason, for the admin's form state (hooks/validation/formStateRefusal.ts), or null. */
export const unlinkableAttachmentProblem = async (req: PayloadRequest, value: unknown, stored: unknown): Promise<string | null> =>
  (await linksUnreadableFile(req, value, stored)) ? messageOf('app.attachment-not-linkable') : null

export const linkableAttachments =
  (field: string): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    if (!(field in data)) return data
    if (await linksUnreadableFile(req, data[field], originalDoc?.[field])) {
      throw fieldRefusal(codedError('app.attachment-not-linkable'), collection, req, field)
    }
    return data
  }
