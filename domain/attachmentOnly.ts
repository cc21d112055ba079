/**
 * 禁止以附件等形式作为发布内容 (甘州区第一季度通报): a body that is empty, or says nothing but "see the attachment" and
 * links to it, is no web content.
 */

type LexicalNode = { type?: unknown; text?: unknown; children?: unknown; url?: unknown; fields?: { url?: unknown } }

/** Words that only point at a file ("附件：", "点击下载", "详见原文"), removed before judging what is left. */
const POINTERS = /附件|下载|点击|点此|此处|这里|查看|详见|详情|请见|见|全文|原文|文件|链接|打开|阅读|浏览|pdf|docx?|xlsx?|wps|ofd|zip|rar/gi
const URL = /\b(?:https?:\/\/|www\.)\S+/gi
const FILLER = /[\s\p{P}\p{S}\d]/gu

const textOutsideLinks = (node: LexicalNode, inLink: boolean, out: string[]) => {
  const link = node.type === 'link' || node.type === 'autolink'
  if (typeof node.text === 'string' && !inLink) out.push(node.text)
  if (Array.isArray(node.children)) for (const child of node.children) textOutsideLinks(child as LexicalNode, inLink || link, out)
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listitem') out.push('\n')
}

/** True when a Lexical body has no words of its own beyond links, file names and pointers to the attachments. */
export const isAttachmentOnlyBody = (body: unknown, attachmentNames: readonly string[] = []): boolean => {
  const root = (body as { root?: LexicalNode } | null | undefined)?.root
  const parts: string[] = []
  if (root) textOutsideLinks(root, false, parts)
  else if (typeof body === 'string') parts.push(body)
  let rest = parts.join('')
  for (const name of attachmentNames) {
    if (!name) continue
    rest = rest.split(name).join('')
    const stem = name.replace(/\.[^.]+$/, '')
    if (stem.length >= 2) rest = rest.split(stem).join('')
  }
  return rest.replace(URL, '').replace(POINTERS, '').replace(FILLER, '') === ''
}
