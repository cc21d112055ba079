/**
 * Lexical JSON → safe HTML for public readers, with Payload's converters (they escape text and neutralise
 * `javascript:` links) plus converters for the nodes the defaults lack; an unknown node renders as nothing.
 */
import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'

const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** A relationship node shows the related row's title (or name, or file name) and carries its collection and id. */
const relationshipHtml = (relationTo: unknown, value: unknown): string => {
  const row = value && typeof value === 'object' ? (value as { id?: unknown; title?: unknown; name?: unknown; filename?: unknown }) : null
  const id = row ? row.id : value
  const label = row ? (row.title ?? row.name ?? row.filename ?? '') : ''
  return `<span class="gk-relationship" data-collection="${escapeHtml(relationTo)}" data-id="${escapeHtml(id)}">${escapeHtml(label)}</span>`
}

export const PUBLIC_HTML_CONVERTERS: HTMLConverters = {
  ...defaultHTMLConverters,
  relationship: ({ node }) => relationshipHtml(node.relationTo, node.value),
  unknown: () => '',
}

type EditorState = Parameters<typeof convertLexicalToHTML>[0]['data']

const isEditorState = (value: unknown): value is EditorState => Boolean(value && typeof value === 'object' && 'root' in value && value.root)

export const lexicalToHtml = (value: unknown): string | null => {
  if (!isEditorState(value)) return null
  return convertLexicalToHTML({ data: value, converters: PUBLIC_HTML_CONVERTERS, disableContainer: true })
}
