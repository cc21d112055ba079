import { linkUrlProblem, richTextProblems, RICH_TEXT_MESSAGES, sanitizeRichText } from '../../../domain/richTextSafety'
// The link field's own check: whatever it refuses, it percent-encodes again on every save.
import { validateUrl } from '../../../node_modules/@payloadcms/richtext-lexical/dist/lexical/utils/url.js'

const text = (value: string) => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
const link = (url: string, type = 'link', extra: Record<string, unknown> = {}) => ({ type, version: 3, fields: { url, linkType: 'custom', newTab: false, ...extra }, children: [text('链接文字')] })
/** The parts of a Lexical value these tests read back. */
type Node = { type: string; tag?: string; style?: string; fields?: unknown; children: Node[] }
type Rich = { root: Node }
const rich = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children }] } })

const ACCEPTED = [
  'https://www.gov.cn/',
  'http://czj.example.gov.cn/a/b.html?x=1&y=2#top',
  'https://www.gov.cn/zhengce/政策文件',
  'mailto:gk@example.gov.cn',
  'tel:0710-1234567',
  '/zhengce/2026/notice.html',
  '/page?id=123#section',
  '#primary-terms',
]
const REFUSED = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  'http://localhost/a&b',
  'http%3A%2F%2Flocalhost%2Fa%2526b',
  'http:/www.gov.cn',
  'www.gov.cn',
  'ftp://files.example.gov.cn/a',
  '/政策文件',
  'https://www.gov.cn/a b',
  'https://www.gov.cn/\u0000',
  '',
]

describe('linkUrlProblem', () => {
  it.each(ACCEPTED)('accepts %s, which the link field stores unchanged', (url) => {
    expect(linkUrlProblem(url)).toBeNull()
    expect(validateUrl(url)).toBe(true)
  })

  it.each(REFUSED)('refuses %j', (url) => {
    expect(linkUrlProblem(url)).toBe(RICH_TEXT_MESSAGES.linkUrl(url))
  })

  it('names the address in Chinese, shortened when long', () => {
    expect(RICH_TEXT_MESSAGES.linkUrl('javascript:alert(1)')).toBe(
      '链接地址“javascript:alert(1)”无效：请填写以 http:// 或 https:// 开头的完整网址、mailto: 或 tel: 链接，或以 / 或 # 开头的站内链接',
    )
    expect(RICH_TEXT_MESSAGES.linkUrl(`https://a.cn/${'x'.repeat(200)}`)).toContain('…”无效')
  })
})

describe('richTextProblems', () => {
  it('finds nothing wrong with ordinary content or an empty value', () => {
    expect(richTextProblems(rich(text('正文'), link('https://www.gov.cn/')))).toEqual([])
    expect(richTextProblems(null)).toEqual([])
    expect(richTextProblems(undefined)).toEqual([])
  })

  it('refuses html and unknown nodes, and a root inside the tree', () => {
    expect(richTextProblems(rich({ type: 'html', html: '<script></script>' }))).toEqual([RICH_TEXT_MESSAGES.nodeType('html')])
    expect(richTextProblems(rich({ type: 'iframe' }))).toEqual([RICH_TEXT_MESSAGES.nodeType('iframe')])
    expect(richTextProblems(rich({ type: 'root', children: [] }))).toEqual([RICH_TEXT_MESSAGES.nodeType('root')])
    expect(RICH_TEXT_MESSAGES.nodeType('html')).toBe('含有不支持的内容类型“html”，请删除后再保存')
  })

  it('refuses runnable links and autolinks but not internal links', () => {
    expect(richTextProblems(rich(link('javascript:alert(1)', 'autolink')))).toEqual([RICH_TEXT_MESSAGES.linkUrl('javascript:alert(1)')])
    expect(richTextProblems(rich({ ...link(''), fields: { linkType: 'internal', doc: { relationTo: 'documents', value: 1 } } }))).toEqual([])
  })

  it('refuses heading and list tags the editor never makes', () => {
    expect(richTextProblems(rich({ type: 'heading', tag: 'script', children: [] }))).toEqual(['含有无效的标题级别“script”，请删除后再保存'])
    expect(richTextProblems(rich({ type: 'list', tag: 'div', children: [] }))).toEqual(['含有无效的列表类型“div”，请删除后再保存'])
  })

  it('refuses nesting deeper than any editor makes, once', () => {
    let node: Record<string, unknown> = text('深')
    for (let i = 0; i < 60; i += 1) node = { type: 'quote', children: [node] }
    expect(richTextProblems(rich(node))).toEqual([RICH_TEXT_MESSAGES.depth])
  })
})

describe('sanitizeRichText', () => {
  it('drops html and unknown nodes and unwraps unsafe links, keeping their words', () => {
    const clean = sanitizeRichText(rich(text('前'), link('javascript:alert(1)'), { type: 'html', html: '<img onerror=x>' }, { type: 'x-script' }, link('https://www.gov.cn/')))
    const raw = JSON.stringify(clean)
    expect(raw).not.toContain('javascript:')
    expect(raw).not.toContain('onerror')
    expect(raw).not.toContain('x-script')
    expect(raw).toContain('链接文字')
    expect(raw).toContain('https://www.gov.cn/')
    expect(richTextProblems(clean)).toEqual([])
  })

  it('keeps only the link fields a reader needs, and no inline CSS', () => {
    const clean = sanitizeRichText(rich({ ...link('https://www.gov.cn/', 'link', { onclick: 'x' }), children: [{ ...text('字'), style: 'background:url(javascript:x)' }] }) as Rich)
    const node = clean.root.children[0].children[0]
    expect(node.fields).toEqual({ url: 'https://www.gov.cn/', linkType: 'custom', newTab: false })
    expect(node.children[0].style).toBe('')
  })

  it('mends bogus heading and list tags', () => {
    const clean = sanitizeRichText<Rich>({ root: { type: 'root', children: [{ type: 'heading', tag: 'script', children: [] }, { type: 'list', tag: 'x', children: [] }] } })
    expect(clean.root.children.map((n) => n.tag)).toEqual(['h2', 'ul'])
  })

  it('leaves values without a root alone and gives an empty root for a bogus one', () => {
    expect(sanitizeRichText(null)).toBeNull()
    expect(sanitizeRichText('text')).toBe('text')
    expect(sanitizeRichText({ root: { type: 'html' } } as Rich).root.children).toEqual([])
  })
})
