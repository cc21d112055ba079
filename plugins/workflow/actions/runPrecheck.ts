/**
 * Runs the pre-check on an item's current content: title, texts, and the text of attachments a library can
 * read. The term list is rebuilt whenever the sensitive-terms collection changed (checked on every run, so
 * several instances stay in step).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type { PayloadRequest } from 'payload'
import { buildTermMatcher, precheck, type Finding } from '../../../domain/precheck'
import { lexicalPlainText } from '../../../domain/lexicalText'
import { extractText } from './extractText'

type Matcher = ReturnType<typeof buildTermMatcher>
let cached: { stamp: string; matcher: Matcher } | null = null

const termMatcher = async (req: PayloadRequest): Promise<Matcher> => {
  const newest = await req.payload.find({ collection: 'sensitive-terms', sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true, req })
  const stamp = `${newest.totalDocs}:${newest.docs[0]?.updatedAt ?? ''}`
  if (cached?.stamp === stamp) return cached.matcher
  const all = await req.payload.find({ collection: 'sensitive-terms', limit: 0, depth: 0, overrideAccess: true, req, pagination: false })
  const matcher = buildTermMatcher(all.docs.map((t) => ({ term: t.term as string, level: t.level as never, category: t.category as string, note: t.note as string | null })))
  cached = { stamp, matcher }
  return matcher
}

/** Forgets the term list (the sensitive-terms hooks call this; other instances notice the new stamp). */
export const forgetTermMatcher = () => {
  cached = null
}

const mediaIds = (value: unknown): Array<number | string> =>
  (Array.isArray(value) ? value : value ? [value] : []).map((v) => (v && typeof v === 'object' ? (v as { id: number | string }).id : (v as number | string)))

const attachmentTexts = async (req: PayloadRequest, ids: Array<number | string>) => {
  const texts: Array<{ field: string; text: string }> = []
  const staticDir = req.payload.collections.media.config.upload.staticDir as string
  for (const id of ids) {
    const media = (await req.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true, req, disableErrors: true })) as
      | { filename?: string; mimeType?: string }
      | null
    if (!media?.filename) continue
    const data = await fs.readFile(path.join(staticDir, media.filename)).catch(() => null)
    if (!data) continue
    const text = await extractText(data, media.mimeType ?? '', media.filename)
    if (text) texts.push({ field: `attachments:${media.filename}`, text })
  }
  return texts
}

export const runPrecheck = async (req: PayloadRequest, collection: 'documents' | 'interpretations', item: Record<string, unknown>): Promise<Finding[]> => {
  const matcher = await termMatcher(req)
  // Only what would go on the web is scanned: a 部分公开 item's full body never leaves the building, and
  // on-request or withheld items publish nothing but their catalogue entry.
  const disclosure = collection === 'documents' ? (item.disclosure as string) : 'proactive'
  const onTheWeb = disclosure === 'proactive' || disclosure === 'partial'
  const texts = [
    ...(disclosure === 'proactive' ? [{ field: 'body', text: lexicalPlainText(item.body) }] : []),
    ...(disclosure === 'partial' ? [{ field: 'publicBody', text: lexicalPlainText(item.publicBody) }] : []),
    ...(onTheWeb ? await attachmentTexts(req, mediaIds(collection === 'documents' ? item.attachments : item.media)) : []),
  ].filter((t) => t.text)
  return precheck({ title: item.title as string, docNumber: collection === 'documents' ? (item.docNumber as string | null) : null, texts }, matcher)
}
