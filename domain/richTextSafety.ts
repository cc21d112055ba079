/**
 * What a rich text (Lexical JSON) may hold: the nodes of the editor's own features, and links a browser
 * cannot run. `richTextProblems` refuses anything else on save; `sanitizeRichText` strips it from what
 * anonymous readers get, for content stored before the rule.
 */

/** Node types of the default Lexical features (paragraphs, headings, lists, quotes, links, uploads…). */
export const RICH_TEXT_NODE_TYPES = [
  'root', 'paragraph', 'text', 'linebreak', 'tab', 'heading', 'quote', 'list', 'listitem', 'link', 'autolink',
  'relationship', 'upload', 'horizontalrule',
] as const

const NODE_TYPES: ReadonlySet<string> = new Set(RICH_TEXT_NODE_TYPES)
const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol'])
const LINK_FIELDS = ['url', 'linkType', 'newTab', 'doc'] as const
/** Deeper than any list an editor nests; bounds the walk of a crafted value. */
export const MAX_RICH_TEXT_DEPTH = 50
const MAX_URL_LENGTH = 2048

export const RICH_TEXT_MESSAGES = {
  nodeType: (type: string) => `含有不支持的内容类型“${type}”，请删除后再保存`,
  tag: (type: string, tag: string) => `含有无效的${type === 'heading' ? '标题级别' : '列表类型'}“${tag}”，请删除后再保存`,
  depth: `内容嵌套超过${MAX_RICH_TEXT_DEPTH}层，请简化后再保存`,
  linkUrl: (url: string) =>
    `链接地址“${url.length > 80 ? `${url.slice(0, 80)}…` : url}”无效：请填写以 http:// 或 https:// 开头的完整网址、mailto: 或 tel: 链接，或以 / 或 # 开头的站内链接`,
} as const

/**
 * Relative links as the Lexical link field keeps them unchanged; anything its `validateUrl` refuses it
 * percent-encodes again on every save, which would change the content (and void signatures) each time.
 */
const RELATIVE_OR_ANCHOR = /^(?:\/[\w\-./]*(?:\?[-;&=%\w]*)?(?:#[\w-]+)?|#[\w-]+)$/

/** Why a link's URL may not be stored or served, or null when it is a plain http(s), mailto, tel or site link. */
export const linkUrlProblem = (url: unknown): string | null => {
  if (typeof url !== 'string' || url === '') return RICH_TEXT_MESSAGES.linkUrl(String(url ?? ''))
  // eslint-disable-next-line no-control-regex
  if (url.length > MAX_URL_LENGTH || /[\s\u0000-\u001f\u007f]/.test(url)) return RICH_TEXT_MESSAGES.linkUrl(url)
  if (url.startsWith('/') || url.startsWith('#')) return RELATIVE_OR_ANCHOR.test(url) ? null : RICH_TEXT_MESSAGES.linkUrl(url)
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return RICH_TEXT_MESSAGES.linkUrl(url)
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    return /^https?:\/\//i.test(url) && parsed.hostname.includes('.') ? null : RICH_TEXT_MESSAGES.linkUrl(url)
  }
  if (parsed.protocol === 'mailto:' || parsed.protocol === 'tel:') return null
  return RICH_TEXT_MESSAGES.linkUrl(url)
}

type Node = Record<string, unknown> & { type?: unknown; children?: unknown }

const isLink = (node: Node) => node.type === 'link' || node.type === 'autolink'
const linkFields = (node: Node) => (node.fields && typeof node.fields === 'object' ? (node.fields as Record<string, unknown>) : {})
const isInternal = (node: Node) => linkFields(node).linkType === 'internal'

/** The first thing wrong with each problem node of a rich text value, in document order (empty when fine). */
export const richTextProblems = (value: unknown): string[] => {
  const root = (value as { root?: unknown } | null | undefined)?.root
  if (value === null || value === undefined || root === undefined) return []
  const problems: string[] = []
  const walk = (node: unknown, depth: number): void => {
    if (depth > MAX_RICH_TEXT_DEPTH) {
      if (!problems.includes(RICH_TEXT_MESSAGES.depth)) problems.push(RICH_TEXT_MESSAGES.depth)
      return
    }
    if (!node || typeof node !== 'object' || Array.isArray(node)) {
      problems.push(RICH_TEXT_MESSAGES.nodeType(typeof node))
      return
    }
    const n = node as Node
    const type = typeof n.type === 'string' ? n.type : String(n.type)
    if (!NODE_TYPES.has(type) || (type === 'root') !== (depth === 0)) {
      problems.push(RICH_TEXT_MESSAGES.nodeType(type))
      return
    }
    if (type === 'heading' && !HEADING_TAGS.has(String(n.tag))) problems.push(RICH_TEXT_MESSAGES.tag(type, String(n.tag)))
    if (type === 'list' && !LIST_TAGS.has(String(n.tag))) problems.push(RICH_TEXT_MESSAGES.tag(type, String(n.tag)))
    if (isLink(n) && !isInternal(n)) {
      const problem = linkUrlProblem(linkFields(n).url)
      if (problem) problems.push(problem)
    }
    if (Array.isArray(n.children)) n.children.forEach((child) => walk(child, depth + 1))
  }
  walk(root, 0)
  return problems
}

/** One node as anonymous readers get it: zero nodes (dropped), its children (an unsafe link), or a clean copy. */
const cleanNode = (node: unknown, depth: number): Node[] => {
  if (depth > MAX_RICH_TEXT_DEPTH || !node || typeof node !== 'object' || Array.isArray(node)) return []
  const n = node as Node
  if (typeof n.type !== 'string' || !NODE_TYPES.has(n.type) || (n.type === 'root') !== (depth === 0)) return []
  const children = Array.isArray(n.children) ? n.children.flatMap((child) => cleanNode(child, depth + 1)) : undefined
  if (isLink(n) && !isInternal(n) && linkUrlProblem(linkFields(n).url)) return children ?? []
  const clean: Node = { ...n }
  if (children) clean.children = children
  if (n.type === 'heading' && !HEADING_TAGS.has(String(n.tag))) clean.tag = 'h2'
  if (n.type === 'list' && !LIST_TAGS.has(String(n.tag))) clean.tag = 'ul'
  if (isLink(n)) {
    const fields = linkFields(n)
    clean.fields = Object.fromEntries(LINK_FIELDS.filter((key) => key in fields).map((key) => [key, fields[key]]))
  }
  // Inline CSS is no feature of the editor: a public reader gets none.
  if ('style' in clean) clean.style = ''
  if ('textStyle' in clean) clean.textStyle = ''
  return [clean]
}

/** A rich text value with every node `richTextProblems` would refuse removed (unsafe links keep their text). */
export const sanitizeRichText = <T>(value: T): T => {
  const root = (value as { root?: unknown } | null | undefined)?.root
  if (!value || typeof value !== 'object' || !root) return value
  const [clean] = cleanNode(root, 0)
  return { root: clean && clean.type === 'root' ? clean : { type: 'root', format: '', indent: 0, version: 1, direction: null, children: [] } } as T
}
