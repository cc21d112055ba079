/**
 * `GET /api/{collection}/:id/preview`: the item's public page as staff see it before it is published — the latest
 * draft, read with the user's own access (another department's unpublished item is 未找到), showing only what the
 * public API would serve: the collection's preview fields and rich text whose read access lets an anonymous reader
 * see them (a 部分公开 item shows its 公开文本, never its full 正文). Anonymous callers get nothing.
 */
import type { CollectionSlug, Endpoint, FlattenedField, PayloadRequest } from 'payload'
import { formatBeijing } from '../../../domain/beijingTime'
import { renderPreviewPage, PREVIEW_CSP, type PreviewRow, type PreviewText } from '../../../domain/contentApi/previewPage'
import { codedError } from '../../../domain/errors'
import { sanitizeRichText } from '../../../domain/richTextSafety'
import { isPublic } from '../actions/isPublic'
import { anonymousReq } from '../endpoints/publicReq'
import { optionsOf } from '../options'
import { lexicalToHtml } from '../richText/lexicalToHtml'
import type { PreviewOptions } from '../types'

type Doc = Record<string, unknown> & { id: string | number }

const labelOf = (field: FlattenedField | undefined, fallback: string): string =>
  typeof field?.label === 'string' ? field.label : field?.label && typeof field.label === 'object' ? String((field.label as Record<string, string>).zh ?? fallback) : fallback

const titleOf = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'object') return String(value)
  const row = (value as { relationTo?: unknown; value?: unknown }).relationTo !== undefined ? (value as { value: unknown }).value : value
  if (!row || typeof row !== 'object') return String(row ?? '')
  const { title, name, filename, id } = row as Record<string, unknown>
  return String(title ?? name ?? filename ?? id ?? '')
}

/** A value as the public page would print it: dates yyyy-MM-dd in Beijing time, options by their label. */
export const displayValue = (field: FlattenedField, value: unknown): string => {
  if (value === null || value === undefined || value === '') return ''
  switch (field.type) {
    case 'date':
      return formatBeijing(value as string, { dateOnly: true })
    case 'select':
    case 'radio': {
      const values = Array.isArray(value) ? value : [value]
      return values
        .map((v) => {
          const option = field.options.find((o) => (typeof o === 'string' ? o : o.value) === v)
          return typeof option === 'object' && typeof option.label === 'string' ? option.label : String(v)
        })
        .join('、')
    }
    case 'checkbox':
      return value ? '是' : '否'
    case 'relationship':
    case 'upload':
      return (Array.isArray(value) ? value : [value]).map(titleOf).filter(Boolean).join('、')
    case 'text':
    case 'textarea':
    case 'number':
    case 'email':
    case 'code':
      return String(value)
    default:
      return ''
  }
}

/** Whether an anonymous reader may read this field of this item (field-level read access; none means yes). */
const publicField = async (field: FlattenedField | undefined, doc: Doc, anonymous: PayloadRequest): Promise<boolean> => {
  if (!field) return false
  const read = field.access?.read
  if (!read) return true
  return Boolean(await read({ req: anonymous, doc, id: doc.id, data: doc, siblingData: doc }))
}

export const previewEndpoint = (slug: string, preview: PreviewOptions): Endpoint => ({
  path: '/:id/preview',
  method: 'get',
  handler: async (req) => {
    const { rules, collections } = optionsOf(req.payload)
    if (!rules.isStaff(req)) throw codedError('auth.required')
    const id = String(req.routeParams?.id ?? '')
    const collection = req.payload.collections[slug as CollectionSlug]
    // The user's own read access decides (overrideAccess: false); the latest draft is what is being edited.
    const doc = id
      ? ((await req.payload.findByID({ collection: slug as CollectionSlug, id, draft: true, depth: 1, overrideAccess: false, user: req.user, req, disableErrors: true })) as Doc | null)
      : null
    if (!doc) throw codedError('app.not-found')
    const fields = collection.config.flattenedFields
    const byName = (name: string) => fields.find((field) => field.name === name)
    const anonymous = await anonymousReq(req)

    const rows: PreviewRow[] = []
    for (const name of preview.fields) {
      const field = byName(name)
      if (!field || !(await publicField(field, doc, anonymous))) continue
      rows.push({ label: labelOf(field, name), value: displayValue(field, doc[name]) })
    }
    const texts: PreviewText[] = []
    for (const source of Object.keys(collections[slug]?.richTextFields ?? {})) {
      const field = byName(source)
      if (doc[source] === undefined || doc[source] === null || !(await publicField(field, doc, anonymous))) continue
      const html = lexicalToHtml(sanitizeRichText(doc[source]))
      if (html) texts.push({ label: labelOf(field, source), html })
    }
    const titleField = preview.titleField ?? collection.config.admin?.useAsTitle ?? 'id'
    const kindLabel = collection.config.labels?.singular
    const published = doc._status === 'published' && (await isPublic(req, slug, doc.id))
    const html = renderPreviewPage({
      title: String(doc[titleField] ?? ''),
      kind: typeof kindLabel === 'string' ? kindLabel : slug,
      rows,
      texts,
      published,
      generatedAt: formatBeijing(new Date()),
    })
    return new Response(html, {
      status: 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'private, no-store',
        'content-security-policy': PREVIEW_CSP,
        'x-robots-tag': 'noindex, nofollow',
      },
    })
  },
})
