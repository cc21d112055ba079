/**
 * Runs the pre-check on an item's current content: title, texts, and the text of attachments a library can
 * read. The term list is rebuilt whenever the sensitive-terms collection changed (checked on every run, so
 * several instances stay in step).
 */
import type { PayloadRequest } from 'payload'
import { buildTermMatcher, precheck, wordingSourcesOf, type Finding } from '../../../domain/precheck'
import { lexicalPlainText } from '../../../domain/lexicalText'
import { attachmentIds } from '../../../domain/workflow/contentHash'
import type { Id } from '../../../domain/ids'
import { extractText } from './extractText'
import { readStoredFile, type StoredUpload } from './storedFile'
import { collectionOptionsOf, optionsOf } from '../options'

type Matcher = ReturnType<typeof buildTermMatcher>
type StoredTerm = Parameters<typeof buildTermMatcher>[0][number] & { updatedAt?: string }
let cached: { stamp: string; matcher: Matcher } | null = null

const termMatcher = async (req: PayloadRequest): Promise<Matcher> => {
  const terms = optionsOf(req.payload).sensitiveTerms
  if (!terms) return buildTermMatcher([])
  const newest = await req.payload.find({ collection: terms, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true, req })
  const stamp = `${newest.totalDocs}:${(newest.docs[0] as StoredTerm | undefined)?.updatedAt ?? ''}`
  if (cached?.stamp === stamp) return cached.matcher
  const all = await req.payload.find({ collection: terms, limit: 0, depth: 0, overrideAccess: true, req, pagination: false })
  const matcher = buildTermMatcher((all.docs as unknown as StoredTerm[]).map(({ term, level, category, note }) => ({ term, level, category, note })))
  cached = { stamp, matcher }
  return matcher
}

/** Forgets the term list (the sensitive-terms hooks call this; other instances notice the new stamp). */
export const forgetTermMatcher = () => {
  cached = null
}

const attachmentTexts = async (req: PayloadRequest, ids: Id[]) => {
  const { uploads } = optionsOf(req.payload)
  const texts: Array<{ field: string; text: string }> = []
  if (!uploads) return texts
  for (const id of ids) {
    const upload = (await req.payload.findByID({ collection: uploads, id, depth: 0, overrideAccess: true, req, disableErrors: true })) as
      | (StoredUpload & { filename?: string; mimeType?: string })
      | null
    if (!upload?.filename) continue
    const data = await readStoredFile(req.payload, uploads, upload)
    if (!data) continue
    const text = await extractText(data, upload.mimeType ?? '', upload.filename)
    if (text) texts.push({ field: `attachments:${upload.filename}`, text })
  }
  return texts
}

export const runPrecheck = async (req: PayloadRequest, collection: string, item: Record<string, unknown>): Promise<Finding[]> => {
  const options = collectionOptionsOf(req.payload, collection)
  const matcher = await termMatcher(req)
  // Only what would go on the web is scanned: a 部分公开 item's full body never leaves the building, and
  // on-request or withheld items publish nothing but their catalogue entry.
  const disclosure = options.disclosureField ? (item[options.disclosureField] as string) : 'proactive'
  const onTheWeb = disclosure === 'proactive' || disclosure === 'partial'
  const scanned = disclosure === 'proactive' ? options.precheck.fullTextFields : disclosure === 'partial' ? options.precheck.partialTextFields : []
  const texts = [
    ...scanned.map((field) => ({ field, text: lexicalPlainText(item[field]) })),
    ...(onTheWeb && options.attachmentsField ? await attachmentTexts(req, attachmentIds(item[options.attachmentsField])) : []),
  ].filter((t) => t.text)
  const docNumber = options.precheck.docNumberField ? (item[options.precheck.docNumberField] as string | null) : null
  // 易错词 / 严重表述 lists of other plugins (config.custom.precheckWording).
  const wording = await Promise.all(wordingSourcesOf<PayloadRequest>(req.payload.config.custom).map((source) => source.load(req)))
  return precheck({ title: item[options.titleField] as string, docNumber, texts }, matcher, wording)
}
