/**
 * Files are content. Once any version of an item that links a file is in review or published, the file
 * (its bytes, name and title) never changes: a replacement is a new media item, linked by a new draft.
 */
import { messageOf } from './errors'
import type { ReviewState } from './workflow/states'

/** Review states (and publication) in which some reviewer has seen, or the public reads, the linked files. */
export const FILE_LOCKING_STATES: readonly ReviewState[] = ['submitted', 'first-reviewed', 'secrecy-reviewed', 'scheduled', 'published']

/** The kind of item a file is linked from, as the refusals name it. */
export const KIND_LABELS = { documents: '政府信息', interpretations: '政策解读' } as const

/** The texts live in the refusal table (domain/errors.ts); these read them for tests and callers. */
export const ATTACHMENT_MESSAGES = {
  locked: (collection: keyof typeof KIND_LABELS, title: string) => messageOf('app.attachment-locked', KIND_LABELS[collection], title),
  badFilename: messageOf('app.attachment-bad-filename'),
  noDepartment: messageOf('app.attachment-no-department'),
  notLinkable: messageOf('app.attachment-not-linkable'),
  malformedUpload: messageOf('app.upload-malformed'),
} as const

/** Control characters (NUL among them) make no file name: the file system refuses them, or worse, cuts the name short. */
// eslint-disable-next-line no-control-regex
export const badFilename = (name: unknown): boolean => typeof name === 'string' && /[\u0000-\u001f\u007f]/.test(name)
