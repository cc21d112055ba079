import { availableActions, destinationOf, refusals, transitionOf, type Actor, type WorkflowItem } from '../../../domain/workflow/refusals'
import { contentHash, CONTENT_FIELDS } from '../../../domain/workflow/contentHash'
import { renderApprovalForm } from '../../../domain/workflow/approvalForm'

const now = new Date('2026-11-22T08:00:00+08:00')
const item = (over: Partial<WorkflowItem> = {}): WorkflowItem => ({
  reviewState: 'draft',
  department: 1,
  submittedBy: null,
  contentHash: 'h1',
  signatures: [],
  blockingFindings: 0,
  reviewFindingKeys: [],
  acknowledgedKeys: [],
  ...over,
})
const actor = (id: number, roles: Actor['roles'], department: number | null = 1): Actor => ({ id, roles, department })
const messages = (...args: Parameters<typeof refusals>) => refusals(...args).map((r) => r.message)

describe('refusals › submit', () => {
  it('allows the department’s editor', () => {
    expect(refusals(item(), actor(1, ['editor']), { action: 'submit', now })).toEqual([])
  })

  it('refuses an item with a block finding', () => {
    expect(messages(item({ blockingFindings: 2 }), actor(1, ['editor']), { action: 'submit', now })).toEqual(['预审发现2处禁止发布的内容，请修改后再提交'])
  })

  it('refuses an editor of another department with 403', () => {
    expect(refusals(item(), actor(1, ['editor'], 2), { action: 'submit', now })).toEqual([{ status: 403, message: '只能处理本部门的稿件' }])
  })

  it('lets an admin who is also an editor act for any department', () => {
    expect(refusals(item(), actor(1, ['editor', 'admin'], 2), { action: 'submit', now })).toEqual([])
  })
})

describe('refusals › approve', () => {
  const submitted = item({ reviewState: 'submitted', submittedBy: 7 })

  it('refuses the submitter', () => {
    expect(messages(submitted, actor(7, ['reviewer']), { action: 'approve', now })).toEqual(['提交人不能审核本人提交的稿件'])
  })

  it.each([
    ['初审', 'submitted', ['reviewer']],
    ['保密审查', 'first-reviewed', ['secrecy']],
    ['终审', 'secrecy-reviewed', ['approver']],
  ] as const)('refuses %s by someone who wrote or changed the version', (_, state, roles) => {
    const signatures = [
      { stage: 'first' as const, user: 3, contentHash: 'h1' },
      { stage: 'secrecy' as const, user: 4, contentHash: 'h1' },
    ].slice(0, state === 'submitted' ? 0 : state === 'first-reviewed' ? 1 : 2)
    const written = item({ reviewState: state, submittedBy: 7, authors: [8, 9], signatures })
    expect(messages(written, actor(9, roles), { action: 'approve', now })).toEqual(['编写或修改过本稿件的人员不能审核本稿件'])
    expect(messages(written, actor(10, roles), { action: 'approve', now })).toEqual([])
  })

  it('refuses the author a retrospective 终审 of a force-published item', () => {
    const forced = item({ reviewState: 'published', forcePublished: true, forcePublishedBy: 1, authors: [9] })
    expect(messages(forced, actor(9, ['approver']), { action: 'approve', now })).toEqual(['编写或修改过本稿件的人员不能审核本稿件'])
  })

  it('lets an author return the item or submit it', () => {
    expect(messages(item({ reviewState: 'submitted', authors: [9] }), actor(9, ['reviewer']), { action: 'return', now, opinion: '请修改' })).toEqual([])
    expect(messages(item({ authors: [9] }), actor(9, ['editor']), { action: 'submit', now })).toEqual([])
  })

  it('refuses a second signature on the same content but not on other content', () => {
    const signed = item({ reviewState: 'first-reviewed', submittedBy: 7, signatures: [{ stage: 'first', user: 3, contentHash: 'h1' }] })
    expect(messages(signed, actor(3, ['secrecy']), { action: 'approve', now })).toEqual(['同一人不能在同一稿件上签署两个审核环节'])
    const oldSignature = { ...signed, signatures: [{ stage: 'first' as const, user: 3, contentHash: 'old' }] }
    expect(messages(oldSignature, actor(3, ['secrecy']), { action: 'approve', now })).toEqual([])
  })

  it('needs each review finding acknowledged at the secrecy stage', () => {
    const pending = item({ reviewState: 'first-reviewed', reviewFindingKeys: ['a', 'b'], acknowledgedKeys: ['a'] })
    expect(messages(pending, actor(4, ['secrecy']), { action: 'approve', now })).toEqual(['尚有1处需人工审查的预审结果未确认，请逐条填写确认意见'])
  })

  it('refuses final approval when a signature is missing for this content', () => {
    const stale = item({ reviewState: 'secrecy-reviewed', signatures: [{ stage: 'first', user: 3, contentHash: 'h1' }, { stage: 'secrecy', user: 4, contentHash: 'old' }] })
    expect(messages(stale, actor(5, ['approver']), { action: 'approve', now })).toEqual(['缺少保密审查签名，不能终审'])
  })

  it.each([
    ['2026-11-23T08:00:00+08:00', 'scheduled'],
    [undefined, 'published'],
  ])('with publishAt %s leads to %s', (publishAt, state) => {
    const ready = item({ reviewState: 'secrecy-reviewed', signatures: [{ stage: 'first', user: 3, contentHash: 'h1' }, { stage: 'secrecy', user: 4, contentHash: 'h1' }] })
    const request = { action: 'approve', now, publishAt }
    expect(refusals(ready, actor(5, ['approver']), request)).toEqual([])
    expect(destinationOf(transitionOf(ready, 'approve')!, request)).toBe(state)
  })

  it('refuses an unreadable publishAt', () => {
    const ready = item({ reviewState: 'secrecy-reviewed', signatures: [{ stage: 'first', user: 3, contentHash: 'h1' }, { stage: 'secrecy', user: 4, contentHash: 'h1' }] })
    expect(messages(ready, actor(5, ['approver']), { action: 'approve', now, publishAt: 'tomorrow' })).toEqual(['定时发布时间格式不正确'])
  })
})

describe('refusals › scheduled publication', () => {
  it('refuses when the final signature does not match the content', () => {
    const scheduled = item({ reviewState: 'scheduled', signatures: [{ stage: 'first', user: 3, contentHash: 'h1' }, { stage: 'secrecy', user: 4, contentHash: 'h1' }, { stage: 'final', user: 5, contentHash: 'old' }] })
    expect(messages(scheduled, { id: 0, roles: ['system'], department: null }, { action: 'publish-scheduled', now })).toEqual(['缺少终审签名，不能定时发布'])
  })

  it('is not for people', () => {
    expect(messages(item({ reviewState: 'scheduled' }), actor(1, ['admin']), { action: 'publish-scheduled', now })[0]).toMatch(/^您没有执行此操作的权限/)
  })
})

describe('availableActions', () => {
  it.each([
    ['draft', ['editor'], ['submit']],
    ['draft', ['admin'], ['force-publish']],
    ['submitted', ['reviewer'], ['approve', 'return']],
    ['published', ['approver'], ['withdraw']],
    ['published', ['editor'], []],
  ] as const)('in %s offers %j the actions %j', (state, roles, expected) => {
    expect(availableActions(item({ reviewState: state }), actor(9, roles), now)).toEqual(expected)
  })

  it('offers approval to a secrecy officer who still has findings to acknowledge', () => {
    expect(availableActions(item({ reviewState: 'first-reviewed', reviewFindingKeys: ['a'] }), actor(4, ['secrecy']), now)).toEqual(['approve', 'return'])
  })
})

describe('contentHash', () => {
  const doc = { title: '标题', column: { id: 3 }, attachments: [{ id: 1 }, 2], body: { root: { b: 1, a: 2 } } }

  it('ignores how relations are populated and key order', () => {
    expect(contentHash(CONTENT_FIELDS.documents, doc)).toBe(contentHash(CONTENT_FIELDS.documents, { ...doc, column: 3, attachments: [1, 2], body: { root: { a: 2, b: 1 } } }))
  })

  it('changes with the content', () => {
    expect(contentHash(CONTENT_FIELDS.documents, doc)).not.toBe(contentHash(CONTENT_FIELDS.documents, { ...doc, title: '标题2' }))
  })

  it('ignores workflow fields', () => {
    expect(contentHash(CONTENT_FIELDS.documents, doc)).toBe(contentHash(CONTENT_FIELDS.documents, { ...doc, reviewState: 'published', signatures: [1] }))
  })

  // Found by the workflow fuzz test: a new item's data has no attachments field, the stored item an empty list.
  it('hashes an absent attachment list like an empty one', () => {
    const { attachments: _none, ...bare } = doc
    expect(contentHash(CONTENT_FIELDS.documents, bare)).toBe(contentHash(CONTENT_FIELDS.documents, { ...bare, attachments: [] }))
    expect(contentHash(CONTENT_FIELDS.documents, { ...bare, attachments: null })).toBe(contentHash(CONTENT_FIELDS.documents, { ...bare, attachments: [] }))
  })
})

describe('renderApprovalForm', () => {
  it('escapes every value', () => {
    const html = renderApprovalForm({
      title: '<img src=x onerror=alert(1)>', collectionLabel: '政府信息', department: '县政府办', reviewState: 'published',
      signatures: [{ stage: 'first', userName: '<b>张三</b>', opinion: '"同意"', at: '2026-11-22T00:00:00Z', valid: true }],
      findings: [], acknowledgements: [], records: [], generatedAt: '2026-11-22T00:00:00Z',
    })
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('&quot;同意&quot;')
  })
})
