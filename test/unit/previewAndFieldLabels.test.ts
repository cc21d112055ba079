/** The preview page's rendering (domain/contentApi/previewPage) and the field labels of refusals (hooks/validation/fieldRefusal). */
import type { FlattenedField } from 'payload'
import { fillPreviewUrl, previewUrlProblem, renderPreviewPage, PREVIEW_PUBLISHED, PREVIEW_UNPUBLISHED } from '../../domain/contentApi/previewPage'
import { fieldLabel } from '../../hooks/validation/fieldRefusal'

describe('renderPreviewPage', () => {
  const page = { title: '关于<b>防火</b>的通知', kind: '政府信息', rows: [{ label: '发文字号', value: '临政办发〔2026〕15号' }, { label: '主题分类', value: '' }], texts: [{ label: '正文', html: '<p>正文</p>' }], published: false, generatedAt: '2026-12-02 14:00' }

  it('marks an unpublished version and escapes the title and values', () => {
    const html = renderPreviewPage(page)
    expect(html).toContain(PREVIEW_UNPUBLISHED)
    expect(html).toContain('<h1>关于&lt;b&gt;防火&lt;/b&gt;的通知</h1>')
    expect(html).toContain('<th scope="row">发文字号</th><td>临政办发〔2026〕15号</td>')
    expect(html).not.toContain('主题分类')
    expect(html).toContain('<div class="body"><p>正文</p></div>')
  })

  it('says when the version is the published one', () => {
    expect(renderPreviewPage({ ...page, published: true })).toContain(PREVIEW_PUBLISHED)
  })
})

describe('preview URL setting', () => {
  it('fills {collection} and {id}, encoded', () => {
    expect(fillPreviewUrl('https://www.example.gov.cn/preview/{collection}/{id}?x={other}', { collection: 'documents', id: 'a b' })).toBe('https://www.example.gov.cn/preview/documents/a%20b?x={other}')
  })

  it('takes only absolute http(s) URLs, or nothing', () => {
    expect(previewUrlProblem('')).toBeNull()
    expect(previewUrlProblem('https://www.example.gov.cn/preview/{collection}/{id}')).toBeNull()
    expect(previewUrlProblem('javascript:alert(1)')).toMatch(/https:\/\//)
    expect(previewUrlProblem('/preview/{id}')).toMatch(/完整网址/)
  })
})

describe('fieldLabel', () => {
  const fields = [
    { name: 'docNumber', type: 'text', label: '发文字号' },
    { name: 'department', type: 'relationship', label: { zh: '发布机构', en: 'Publisher' } },
    { name: 'webhooks', type: 'group', label: 'Webhook', flattenedFields: [{ name: 'urls', type: 'array', label: '通知地址', flattenedFields: [{ name: 'url', type: 'text', label: '地址' }] }] },
  ] as unknown as FlattenedField[]

  it('finds top-level, translated and nested labels by data path', () => {
    expect(fieldLabel(fields, 'docNumber')).toBe('发文字号')
    expect(fieldLabel(fields, 'department')).toBe('发布机构')
    expect(fieldLabel(fields, 'department', 'en')).toBe('Publisher')
    expect(fieldLabel(fields, 'webhooks.urls.0.url')).toBe('地址')
    expect(fieldLabel(fields, 'nothing')).toBeUndefined()
  })
})
