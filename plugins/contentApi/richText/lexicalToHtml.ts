/**
 * Lexical JSON → safe HTML for public readers, with Payload's converters (they escape text and neutralise
 * `javascript:` links) plus converters for the nodes the defaults lack; an unknown node renders as nothing.
 */
import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'

const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const relationshipConverter = ({ node }: { node: any }): string => {
  const value = node.value
  const id = value && typeof value === 'object' ? value.id : value
  const label = value && typeof value === 'object' ? (value.title ?? value.name ?? value.filename ?? '') : ''
  return `<span class="gk-relationship" data-collection="${escapeHtml(node.relationTo)}" data-id="${escapeHtml(id)}">${escapeHtml(label)}</span>`
}

export const PUBLIC_HTML_CONVERTERS: HTMLConverters = {
  ...defaultHTMLConverters,
  relationship: relationshipConverter as never,
  unknown: () => '',
}

export const lexicalToHtml = (value: unknown): string | null => {
  if (!value || typeof value !== 'object' || !(value as { root?: unknown }).root) return null
  return convertLexicalToHTML({ data: value as never, converters: PUBLIC_HTML_CONVERTERS, disableContainer: true })
}
