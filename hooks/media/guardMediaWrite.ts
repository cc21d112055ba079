/**
 * Before Payload touches the disk (it deletes the old file of an update before any change hook runs):
 * refuses file names with control characters, and any new file or title for a file that a document or
 * interpretation in review or published links. The refusal names that item; a replacement is a new upload.
 */
import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'
import { badFilename, KIND_LABELS } from '../../domain/attachments'
import { codedError, type CodedError } from '../../domain/errors'
import { fieldRefusal } from '../validation/fieldRefusal'
import { lockingItemOf } from './fileLocks'
import { updateMedia } from './mediaAccess'
import type { Id } from '../../domain/ids'

const refuse = (req: PayloadRequest, path: string, error: CodedError): never => {
  throw fieldRefusal(error, 'media', req, path)
}

/** What this hook reads of a create's or an update's arguments. */
type WriteArgs = { id?: Id; where?: Where; data?: Record<string, unknown>; overrideAccess?: boolean }

/** The media an update would change, as far as the user may change them (the access rule answers for the rest). */
const targets = async (req: PayloadRequest, args: WriteArgs): Promise<Array<{ id: Id; title?: string | null }>> => {
  const access = args.overrideAccess ? true : await updateMedia({ req })
  if (access === false) return []
  const scope: Where[] = access === true ? [] : [access]
  const where: Where = args.id !== undefined ? { id: { equals: args.id } } : (args.where ?? {})
  const { docs } = await req.payload.find({ collection: 'media', where: { and: [where, ...scope] }, limit: 0, pagination: false, depth: 0, overrideAccess: true, req })
  return docs as Array<{ id: Id; title?: string | null }>
}

export const guardMediaWrite: CollectionBeforeOperationHook = async ({ args: rawArgs, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return rawArgs
  const args = rawArgs as WriteArgs
  const data = args.data ?? {}
  if (badFilename(req.file?.name) || badFilename(data.filename)) refuse(req, 'filename', codedError('app.attachment-bad-filename'))
  if (operation !== 'update') return rawArgs
  // A new file, or an edit (crop, resize) that rewrites the stored one.
  const replacesFile = Boolean(req.file) || Boolean((req.query as Record<string, unknown> | undefined)?.uploadEdits)
  for (const media of await targets(req, args)) {
    const retitles = 'title' in data && (data.title ?? null) !== (media.title ?? null)
    if (!replacesFile && !retitles) continue
    const item = await lockingItemOf(req, media.id)
    if (item) refuse(req, replacesFile ? 'filename' : 'title', codedError('app.attachment-locked', KIND_LABELS[item.collection], item.title))
  }
  return rawArgs
}
