/** Issue 13, points 1, 5 and 10: what an edit during review records, when 撤销修改 is allowed, what 终审 asks. */
import { DISCARD_NOTE, discardRefusal, type DiscardItem } from '../../../domain/workflow/discard'
import { messageOf } from '../../../domain/errors'
import { REVIEW_ENDING_STATES, VOID_CONFIRMATION, voidOnEdit } from '../../../domain/workflow/transitions'
import { publishConfirmation } from '../../../plugins/workflow/components/review/publishConfirmation'

describe('voidOnEdit', () => {
  it.each(['submitted', 'first-reviewed', 'secrecy-reviewed', 'scheduled'])('names voided signatures only when there were some (%s)', (state) => {
    expect(voidOnEdit(state, false)).toEqual({ to: 'draft', note: '内容在审核过程中被修改，已退回草稿' })
    expect(voidOnEdit(state, true)).toEqual({ to: 'draft', note: '内容在审核过程中被修改，已有签名作废，退回草稿' })
  })
  it('keeps the published wording and the unsigned published case', () => {
    expect(voidOnEdit('published', true)?.note).toBe('已发布信息被修改，新版本须重新审核')
    expect(voidOnEdit('published', false)).toEqual({ to: 'draft', note: null })
    expect(voidOnEdit('draft', true)).toBeNull()
  })
  it('asks before saving in exactly the states an edit takes out of review', () => {
    expect([...REVIEW_ENDING_STATES]).toEqual(['submitted', 'first-reviewed', 'secrecy-reviewed', 'scheduled'])
    for (const state of REVIEW_ENDING_STATES) expect(voidOnEdit(state, false)?.to).toBe('draft')
    expect(VOID_CONFIRMATION).toBe('保存将作废当前审核并退回草稿，是否继续？')
  })
})

describe('discardRefusal', () => {
  const item: DiscardItem = { reviewState: 'draft', department: 1, published: true, changed: true }
  const editor = { roles: ['editor'] as const, department: 1 }
  it('lets the department’s editor and the admin discard an edit of a published item', () => {
    expect(discardRefusal(item, editor)).toBeNull()
    expect(discardRefusal(item, { roles: ['admin'], department: 2 })).toBeNull()
    expect(DISCARD_NOTE).toBe('撤销修改，恢复为网站上的已发布版本')
  })
  it.each([
    ['another department’s editor', item, { roles: ['editor'] as const, department: 2 }, 'workflow.discard-forbidden'],
    ['a reviewer', item, { roles: ['reviewer'] as const, department: 1 }, 'workflow.discard-forbidden'],
    ['an item never published', { ...item, published: false }, editor, 'workflow.discard-unpublished'],
    ['an unchanged item', { ...item, changed: false }, editor, 'workflow.discard-unchanged'],
    ['an edit under review', { ...item, reviewState: 'submitted' as const }, editor, 'workflow.discard-in-review'],
  ])('refuses %s', (_name, subject, actor, code) => {
    const refusal = discardRefusal(subject, actor)
    expect(refusal?.code).toBe(code)
    expect(messageOf(refusal!.code, ...refusal!.args)).toMatch(/[\u4e00-\u9fff]/)
  })
  it('says which state the edit is in', () => {
    const refusal = discardRefusal({ ...item, reviewState: 'secrecy-reviewed' }, editor)!
    expect(messageOf(refusal.code, ...refusal.args)).toBe('稿件当前为“待终审”，须先退回草稿，才能撤销修改')
  })
})

describe('publishConfirmation', () => {
  it('asks before 终审 publishes, now or at the scheduled time (Beijing)', () => {
    expect(publishConfirmation('approve', true, '')).toBe('终审通过后，本稿件将立即发布到网站。是否继续？')
    expect(publishConfirmation('approve', true, '2026-12-03T01:30:00.000Z')).toBe('终审通过后，本稿件将于 2026-12-03 09:30（北京时间）自动发布到网站。是否继续？')
    expect(publishConfirmation('force-publish', false, '')).toContain('强制发布将立即把本稿件发布到网站')
  })
  it('asks nothing for the other actions', () => {
    expect(publishConfirmation('approve', false, '')).toBeNull()
    for (const action of ['submit', 'return', 'withdraw'] as const) expect(publishConfirmation(action, true, '')).toBeNull()
  })
})
