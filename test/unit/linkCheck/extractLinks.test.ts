import { extractLinks } from '../../../domain/linkCheck/extractLinks'
import { linkTarget } from '../../../domain/linkCheck/linkTarget'

const text = (t: string) => ({ type: 'text', text: t, format: 0, version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })
const root = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })
const link = (url: string, label: string) => ({ type: 'link', version: 3, fields: { linkType: 'custom', url, newTab: false }, children: [text(label)] })

describe('extractLinks', () => {
  it('lists custom links, autolinks, internal links, and embedded items and files, in document order', () => {
    const body = root(
      paragraph(text('详见'), link('https://www.gov.cn/zhengce/', '中国政府网'), text('。')),
      paragraph({ type: 'autolink', version: 2, fields: { linkType: 'custom', url: 'http://example.org/a' }, children: [text('http://example.org/a')] }),
      paragraph({ type: 'link', version: 3, fields: { linkType: 'internal', doc: { relationTo: 'documents', value: { id: 42, title: '某文件' } }, newTab: false }, children: [text('原文')] }),
      { type: 'upload', version: 3, relationTo: 'media', value: 7 },
      { type: 'relationship', version: 2, relationTo: 'documents', value: '9' },
    )
    expect(extractLinks(body)).toEqual([
      { kind: 'url', url: 'https://www.gov.cn/zhengce/', text: '中国政府网' },
      { kind: 'url', url: 'http://example.org/a', text: 'http://example.org/a' },
      { kind: 'ref', collection: 'documents', id: '42', text: '原文' },
      { kind: 'ref', collection: 'media', id: '7', text: '' },
      { kind: 'ref', collection: 'documents', id: '9', text: '' },
    ])
  })

  it('finds links nested in lists and quotes, and ignores empty URLs and internal links without a document', () => {
    const body = root(
      { type: 'list', tag: 'ul', version: 1, children: [{ type: 'listitem', version: 1, children: [link('/api/media/file/a.pdf', '附件')] }] },
      { type: 'quote', version: 1, children: [link('  ', '空'), { type: 'link', fields: { linkType: 'internal', doc: null }, children: [] }] },
    )
    expect(extractLinks(body)).toEqual([{ kind: 'url', url: '/api/media/file/a.pdf', text: '附件' }])
  })

  it.each([null, undefined, '', 'text', { root: null }, {}])('gives nothing for %p', (value) => {
    expect(extractLinks(value)).toEqual([])
  })
})

describe('linkTarget', () => {
  const paths = { records: ['documents', 'interpretations'], uploads: ['media'] }
  const origins = ['https://www.county.gov.cn']
  const url = (u: string) => ({ kind: 'url' as const, url: u, text: '' })

  it.each([
    ['https://www.gov.cn/a.html', { kind: 'external', url: 'https://www.gov.cn/a.html' }],
    ['https://www.county.gov.cn/api/media/file/%E9%80%9A%E7%9F%A5.pdf', { kind: 'file', collection: 'media', filename: '通知.pdf' }],
    ['/api/documents/12', { kind: 'record', collection: 'documents', id: '12' }],
    ['/xxgk/zcwj/123.html#top', { kind: 'portal', url: 'https://www.county.gov.cn/xxgk/zcwj/123.html' }],
    ['mailto:office@county.gov.cn', { kind: 'skip', reason: 'mailto' }],
    ['tel:0936-1234567', { kind: 'skip', reason: 'tel' }],
    ['#section', { kind: 'skip', reason: 'anchor' }],
    ['ftp://files.example.org/a', { kind: 'skip', reason: 'ftp' }],
    ['http://[bad', { kind: 'skip', reason: 'malformed' }],
  ])('%s → %j', (u, expected) => {
    expect(linkTarget(url(u), origins, paths)).toEqual(expected)
  })

  it('cannot check a relative page link when no portal address is configured, but still checks API paths in the database', () => {
    expect(linkTarget(url('/xxgk/1.html'), [], paths)).toEqual({ kind: 'skip', reason: 'no-portal-origin' })
    expect(linkTarget(url('/api/media/file/a.pdf'), [], paths)).toEqual({ kind: 'file', collection: 'media', filename: 'a.pdf' })
  })

  it('an internal link is a record', () => {
    expect(linkTarget({ kind: 'ref', collection: 'interpretations', id: '3', text: '' }, origins, paths)).toEqual({ kind: 'record', collection: 'interpretations', id: '3' })
  })
})
