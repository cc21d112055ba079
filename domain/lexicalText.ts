/** Plain text of a Lexical rich-text value, for emptiness checks and scanning (never for HTML output). */

type LexicalNode = { text?: unknown; children?: unknown; type?: unknown }

export const lexicalPlainText = (value: unknown): string => {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root) return typeof value === 'string' ? value : ''
  const parts: string[] = []
  const walk = (node: LexicalNode, depth: number): void => {
    if (typeof node.text === 'string') parts.push(node.text)
    if (node.type === 'linebreak') parts.push('\n')
    if (Array.isArray(node.children)) {
      node.children.forEach((child) => walk(child as LexicalNode, depth + 1))
      if (depth === 1) parts.push('\n')
    }
  }
  walk(root, 0)
  return parts.join('').replace(/\n+$/, '')
}

export const lexicalHasText = (value: unknown): boolean => lexicalPlainText(value).trim().length > 0

/** A Lexical value holding the given paragraphs: used by the seed and tests. */
export const lexicalFromParagraphs = (paragraphs: string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
    })),
  },
})
