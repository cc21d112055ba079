/** The content hash a signature is bound to: any change of what the public would read voids the signatures. */
import { createHash } from 'node:crypto'

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in (value as object) ? (value as { id: unknown }).id : value

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    )
  }
  return value ?? null
}

/** Fields of each collection that make up its content; workflow and system fields are left out. */
export const CONTENT_FIELDS = {
  documents: [
    'title', 'column', 'department', 'docNumber', 'formedAt', 'topic', 'kind', 'requiresInterpretation', 'disclosure',
    'nonDisclosureBasis', 'nonDisclosureReason', 'body', 'publicBody', 'attachments', 'validity',
    // Added by the annual-report plugin: published with the item, so a change after a signature voids it too.
    'reportCategory', 'effectiveFrom', 'effectiveUntil',
    // 目录信息要素 (collections/documentMetadataFields.ts) and 失效后继续公开 (plugins/expiry).
    'keywords', 'disclosureForms', 'responsibleDepartment', 'genre', 'source', 'byline', 'keepAfterExpiry',
    // 依申请公开 reason, 变更 and 转载 (issue 16).
    'onRequestReason', 'changedAt', 'reposted', 'repostSource', 'repostOriginalDate', 'repostSourceVerified',
  ],
  interpretations: ['title', 'policy', 'form', 'department', 'body', 'media'],
} as const

/** The field of each collection that links its files (附件): a file is content, by its bytes, not by its id. */
export const ATTACHMENT_FIELDS = { documents: 'attachments', interpretations: 'media' } as const

const ATTACHMENT_FIELD_NAMES: readonly string[] = Object.values(ATTACHMENT_FIELDS)

/** The ids of the files a relation value links (populated or not). */
export const attachmentIds = (value: unknown): Array<number | string> =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .map((entry) => idOf(entry) as number | string)
    .filter((id) => id !== undefined && id !== null)

/**
 * `fileHashes` maps each linked file's id to the SHA-256 of its bytes (null when unknown), so replacing a
 * file under the same id changes the hash of every item that links it.
 */
export const contentHash = (
  fields: readonly string[],
  doc: Record<string, unknown>,
  fileHashes: Record<string, string | null> = {},
  /** The fields that link files; Gongkai's by default. */
  attachmentFields: readonly string[] = ATTACHMENT_FIELD_NAMES,
): string => {
  const content: Record<string, unknown> = {}
  for (const field of fields) {
    const value = doc[field]
    // No files is no files, whether the list is empty or absent (a new item's data has no such field yet).
    if (attachmentFields.includes(field) && (Array.isArray(value) || value === null || value === undefined)) {
      content[field] = attachmentIds(value).map((id) => ({ id, sha256: fileHashes[String(id)] ?? null }))
    } else {
      content[field] = Array.isArray(value) ? value.map(idOf) : idOf(value)
    }
  }
  return createHash('sha256').update(JSON.stringify(canonical(content))).digest('hex')
}
