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
  ],
  interpretations: ['title', 'policy', 'form', 'department', 'body', 'media'],
} as const

export const contentHash = (fields: readonly string[], doc: Record<string, unknown>): string => {
  const content: Record<string, unknown> = {}
  for (const field of fields) {
    const value = doc[field]
    content[field] = Array.isArray(value) ? value.map(idOf) : idOf(value)
  }
  return createHash('sha256').update(JSON.stringify(canonical(content))).digest('hex')
}
