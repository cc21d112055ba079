/**
 * The links of a Lexical rich text (错链检查): link and autolink nodes (custom URLs and internal links to a document),
 * and the relationship/upload nodes that embed another item or a file. Pure; the checker decides what each means.
 */

/** A link as written in the body: a URL, or a reference to an item of the portal by collection and id. */
export type ExtractedLink =
  | { kind: 'url'; url: string; text: string }
  | { kind: 'ref'; collection: string; id: string; text: string }

type Node = { type?: unknown; text?: unknown; children?: unknown; fields?: unknown; relationTo?: unknown; value?: unknown }

/** Bounds the walk of a crafted value (the editor nests far less). */
const MAX_DEPTH = 50

const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}

const textOf = (node: Node): string => {
  if (typeof node.text === 'string') return node.text
  return Array.isArray(node.children) ? node.children.map((c) => textOf(c as Node)).join('') : ''
}

/** Every link in document order; the same target twice is listed twice (the caller de-duplicates). */
export const extractLinks = (value: unknown): ExtractedLink[] => {
  const root = (value as { root?: unknown } | null | undefined)?.root
  if (!root || typeof root !== 'object') return []
  const links: ExtractedLink[] = []
  const walk = (node: Node, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > MAX_DEPTH) return
    if (node.type === 'link' || node.type === 'autolink') {
      const fields = (node.fields && typeof node.fields === 'object' ? node.fields : {}) as { linkType?: unknown; url?: unknown; doc?: unknown }
      const text = textOf(node).trim()
      if (fields.linkType === 'internal') {
        const doc = fields.doc as { relationTo?: unknown; value?: unknown } | null | undefined
        const id = idOf(doc?.value)
        if (typeof doc?.relationTo === 'string' && id !== null) links.push({ kind: 'ref', collection: doc.relationTo, id, text })
      } else if (typeof fields.url === 'string' && fields.url.trim() !== '') {
        links.push({ kind: 'url', url: fields.url.trim(), text })
      }
    } else if (node.type === 'relationship' || node.type === 'upload') {
      const id = idOf(node.value)
      if (typeof node.relationTo === 'string' && id !== null) links.push({ kind: 'ref', collection: node.relationTo, id, text: '' })
    }
    if (Array.isArray(node.children)) node.children.forEach((child) => walk(child as Node, depth + 1))
  }
  walk(root as Node, 0)
  return links
}
