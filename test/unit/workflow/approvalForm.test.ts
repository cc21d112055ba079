/** The 审批表 prints what was signed: no opinion nobody wrote, and the item's own 信息类别. */
import type { CollectionConfig } from 'payload'
import { NO_OPINION, renderApprovalForm, type ApprovalFormData } from '../../../domain/workflow/approvalForm'
import { resolveOptions } from '../../../plugins/workflow/options'

const form = (over: Partial<ApprovalFormData> = {}): ApprovalFormData => ({
  title: '关于印发某某办法的通知', collectionLabel: '政府信息', category: '政策文件', department: '县人民政府办公室', reviewState: 'published',
  signatures: [
    { stage: 'first', userName: '初审员', opinion: '内容准确，同意报送', at: '2026-11-20T01:00:00Z', valid: true },
    { stage: 'secrecy', userName: '保密审查员', opinion: '', at: '2026-11-20T02:00:00Z', valid: true },
    { stage: 'final', userName: '终审领导', opinion: null, at: '2026-11-20T03:00:00Z', valid: true },
  ],
  findings: [], acknowledgements: [], records: [], generatedAt: '2026-11-22T00:00:00Z',
  ...over,
})

const row = (html: string, stage: string) => html.match(new RegExp(`<tr><th>${stage}</th>(.*?)</tr>`))?.[1] ?? ''

describe('approval form › opinions', () => {
  it('prints a written opinion as written', () => {
    expect(row(renderApprovalForm(form()), '初审')).toContain('<td>内容准确，同意报送</td>')
  })

  it.each([['保密审查', 'an empty opinion'], ['终审', 'no opinion at all']])('prints %s with %s as 「（未填写意见）」, never 同意', (stage) => {
    const cells = row(renderApprovalForm(form()), stage)
    expect(cells).toContain(`<td class="empty">${NO_OPINION}</td>`)
    expect(cells).not.toContain('同意')
  })

  it('treats an opinion of blanks as none', () => {
    const html = renderApprovalForm(form({ signatures: [{ stage: 'secrecy', userName: '保密审查员', opinion: '  ', at: '2026-11-20T02:00:00Z', valid: true }] }))
    expect(row(html, '保密审查')).toContain(NO_OPINION)
  })
})

describe('approval form › 信息类别', () => {
  it('prints the item’s kind, not the collection’s name', () => {
    expect(renderApprovalForm(form())).toContain('<tr><th>信息类别</th><td>政策文件</td>')
  })

  it('prints the collection’s name when the item has no kind', () => {
    expect(renderApprovalForm(form({ category: undefined }))).toContain('<tr><th>信息类别</th><td>政府信息</td>')
  })
})

describe('workflow options › kindField', () => {
  const posts: CollectionConfig = {
    slug: 'posts',
    labels: { singular: '文章', plural: '文章' },
    fields: [{ type: 'row', fields: [{ name: 'kind', type: 'select', options: [{ value: 'policy', label: '政策文件' }, 'other'] }] }],
  }

  it('reads the kind select’s labels through rows', () => {
    const { collections } = resolveOptions({ collections: { posts: { contentFields: ['kind'], kindField: 'kind' } } }, [posts])
    expect(collections.posts.kindLabels).toEqual({ policy: '政策文件', other: 'other' })
    expect(collections.posts.label).toBe('文章')
  })

  it('has no kinds without a kindField', () => {
    expect(resolveOptions({ collections: { posts: { contentFields: ['kind'] } } }, [posts]).collections.posts.kindLabels).toEqual({})
  })
})

describe('审批表 times', () => {
  it('prints every time as yyyy-MM-dd HH:mm in Beijing time', async () => {
    const { renderApprovalForm } = await import('../../../domain/workflow/approvalForm')
    const html = renderApprovalForm({
      title: '关于做好冬季安全生产工作的通知', collectionLabel: '政府信息', department: '县政府办公室', reviewState: 'published',
      submittedAt: '2026-11-19T16:30:00Z',
      signatures: [{ stage: 'first', userName: '初审员', opinion: '同意', at: '2026-11-20T01:05:00Z', valid: true }],
      findings: [], acknowledgements: [], records: [], generatedAt: '2026-11-22T00:00:00Z',
    })
    expect(html).toContain('2026-11-20 09:05')
    expect(html).toContain('2026-11-22 08:00')
    expect(html).not.toMatch(/2026\/11/)
  })
})
