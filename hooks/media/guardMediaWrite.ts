/**
 * Before Payload touches the disk (it deletes the old file of an update before any change hook runs):
 * refuses file names with control characters, and any new file or title for a file that a document or
 * interpretation in review or published links. The refusal names that item; a replacement is a new upload.
 */
import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest, type Where } from 'payload'
import { ATTACHMENT_MESSAGES, badFilename } from '../../domain/attachments'
import { lockingItemOf } from './fileLocks'
import { updateMedia } from './mediaAccess'
import type { Id } from '../../domain/ids'

const refuse = (req: PayloadRequest, path: string, message: string): never => {
  throw new ValidationError({ collection: 'media', errors: [{ path, message }] }, req.t)
}

/** The media an update would change, as far as the user may change them (the access rule answers for the rest). */
const targets = async (req: PayloadRequest, args: Record<string, any>): Promise<Array<{ id: Id; title?: string | null }>> => {
  const access = args.overrideAccess ? true : await updateMedia({ req } as never)
  if (access === false) return []
  const scope: Where[] = access === true ? [] : [access]
  const where: Where = args.id !== undefined ? { id: { equals: args.id } } : (args.where ?? {})
  const { docs } = await req.payload.find({ collection: 'media', where: { and: [where, ...scope] }, limit: 0, pagination: false, depth: 0, overrideAccess: true, req })
  return docs as Array<{ id: Id; title?: string | null }>
}

export const guardMediaWrite: CollectionBeforeOperationHook = async ({ args: rawArgs, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return rawArgs
  const args = rawArgs as Record<string, any>
  const data = (args.data ?? {}) as Record<string, unknown>
  if (badFilename(req.file?.name) || badFilename(data.filename)) refuse(req, 'filename', ATTACHMENT_MESSAGES.badFilename)
  if (operation !== 'update') return rawArgs
  // A new file, or an edit (crop, resize) that rewrites the stored one.
  const replacesFile = Boolean(req.file) || Boolean((req.query as Record<string, unknown> | undefined)?.uploadEdits)
  for (const media of await targets(req, args)) {
    const retitles = 'title' in data && (data.title ?? null) !== (media.title ?? null)
    if (!replacesFile && !retitles) continue
    const item = await lockingItemOf(req, media.id)
    if (item) refuse(req, replacesFile ? 'filename' : 'title', ATTACHMENT_MESSAGES.locked(item.collection, item.title))
  }
  return rawArgs
}
