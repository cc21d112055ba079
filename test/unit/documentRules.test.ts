import { documentErrors, MESSAGES } from '../../domain/documentRules'
import { accountErrors, ACCOUNT_MESSAGES } from '../../domain/newMediaRules'
import { lexicalFromParagraphs, lexicalHasText, lexicalPlainText } from '../../domain/lexicalText'
import { defaultCycleDays } from '../../domain/rulesDefaults'
import { documentKindForColumn } from '../../domain/vocabulary'

const paths = (errors: Array<{ path: string }>) => errors.map((e) => e.path)

describe('documentErrors', () => {
  it('accepts a proactive item without basis or reason', () => {
    expect(documentErrors({ disclosure: 'proactive' })).toEqual([])
  })

  it.each(['partial', 'withheld'])('requires a 条例14–16 basis and a reason for %s', (disclosure) => {
    const errors = documentErrors({ disclosure, publicBody: lexicalFromParagraphs(['公开文本']) })
    expect(errors).toEqual([
      { path: 'nonDisclosureBasis', message: MESSAGES.basisRequired },
      { path: 'nonDisclosureReason', message: MESSAGES.reasonRequired },
    ])
  })

  // 依申请公开 is no refusal (RULES.md): its own reason, never a 条例14–16 basis.
  it('requires an on-request reason of its own list and a written reason for on-request, not a basis', () => {
    expect(documentErrors({ disclosure: 'on-request' })).toEqual([
      { path: 'onRequestReason', message: MESSAGES.onRequestReasonRequired },
      { path: 'nonDisclosureReason', message: MESSAGES.reasonRequired },
    ])
  })

  it('accepts on-request with 不属于主动公开范围 and a reason', () => {
    expect(documentErrors({ disclosure: 'on-request', onRequestReason: 'outside-proactive-scope', nonDisclosureReason: '涉及特定企业的经营信息' })).toEqual([])
  })

  it('refuses a 条例14–16 basis on an on-request item, at the basis', () => {
    const errors = documentErrors({ disclosure: 'on-request', onRequestReason: 'outside-proactive-scope', nonDisclosureBasis: 'art16-enforcement-file', nonDisclosureReason: '执法案卷' })
    expect(errors).toEqual([{ path: 'nonDisclosureBasis', message: '依申请公开不是不予公开，不适用条例第十四至十六条的依据，请清空此项并选择依申请公开的理由' }])
  })

  it('treats a blank reason as missing', () => {
    expect(paths(documentErrors({ disclosure: 'withheld', nonDisclosureBasis: 'art14-state-secret', nonDisclosureReason: '   ' }))).toEqual(['nonDisclosureReason'])
  })

  it('requires the public text of a partial item, not an empty editor', () => {
    const empty = lexicalFromParagraphs(['  '])
    const errors = documentErrors({ disclosure: 'partial', nonDisclosureBasis: 'art15-personal-privacy', nonDisclosureReason: '隐私', publicBody: empty })
    expect(errors).toEqual([{ path: 'publicBody', message: MESSAGES.publicBodyRequired }])
  })

  // SPEC: a malformed 发文字号 warns at review (domain/precheck), it does not refuse the save.
  it('does not refuse a malformed 发文字号', () => {
    expect(documentErrors({ disclosure: 'proactive', docNumber: '临政发[2026]3号' } as never)).toEqual([])
  })

  it('refuses a change date before the 成文日期, at the change date', () => {
    expect(documentErrors({ disclosure: 'proactive', formedAt: '2026-03-02T00:00:00+08:00', changedAt: '2026-03-01T00:00:00+08:00' })).toEqual([
      { path: 'changedAt', message: '变更日期不能早于成文日期' },
    ])
    expect(documentErrors({ disclosure: 'proactive', formedAt: '2026-03-02T00:00:00+08:00', changedAt: '2026-03-02T00:00:00+08:00' })).toEqual([])
  })
})

describe('documentErrors › 转载', () => {
  const repost = { disclosure: 'proactive', reposted: true, repostSource: '湖北省人民政府网', repostOriginalDate: '2026-03-02T00:00:00+08:00', repostSourceVerified: true }

  it('accepts a repost with source, original date and a confirmed source', () => {
    expect(documentErrors(repost)).toEqual([])
  })

  it.each([
    ['repostSource', { repostSource: '  ' }, '转载信息须填写来源（发布机关或原文网址）'],
    ['repostOriginalDate', { repostOriginalDate: null }, '转载信息须填写原文发布日期'],
    ['repostSourceVerified', { repostSourceVerified: false }, '转载信息须来源于政府官方媒体并经核实：未经官方证实的信息不得转载发布'],
  ])('refuses a repost without %s, at that field', (path, change, message) => {
    expect(documentErrors({ ...repost, ...change })).toEqual([{ path, message }])
  })

  it('asks nothing of an item that is not a repost', () => {
    expect(documentErrors({ disclosure: 'proactive', reposted: false, repostSourceVerified: false })).toEqual([])
  })
})

describe('accountErrors', () => {
  it('requires the closing date of a closed account', () => {
    expect(accountErrors({ status: 'closed' })).toEqual([{ path: 'closedAt', message: ACCOUNT_MESSAGES.closedAtRequired }])
  })

  it('refuses a closing date before the filing date', () => {
    expect(accountErrors({ status: 'closed', filedAt: '2025-05-01', closedAt: '2025-04-01' })).toEqual([{ path: 'closedAt', message: ACCOUNT_MESSAGES.closedBeforeFiled }])
  })

  it('accepts an active account without dates', () => {
    expect(accountErrors({ status: 'active' })).toEqual([])
  })
})

describe('lexicalPlainText', () => {
  it('joins paragraphs with new lines', () => {
    expect(lexicalPlainText(lexicalFromParagraphs(['第一段', '第二段']))).toBe('第一段\n第二段')
  })

  it('is empty for nothing', () => {
    expect(lexicalPlainText(null)).toBe('')
    expect(lexicalHasText(undefined)).toBe(false)
  })
})

describe('column defaults', () => {
  it.each([
    ['news', 14],
    ['notice', 183],
    ['policy', 183],
    ['personnel', 365],
    ['plan', 365],
    ['guide', 365],
    ['organization', 365],
    ['leaders', 365],
    ['topic', 365],
  ] as const)('gives a %s column a cycle of %i days', (kind, days) => {
    expect(defaultCycleDays(kind)).toBe(days)
  })

  it('prefers the setting', () => {
    expect(defaultCycleDays('news', { news: 7 })).toBe(7)
  })

  it.each([
    ['policy', 'policy'],
    ['news', 'news'],
    ['leaders', 'other'],
    [undefined, 'other'],
  ] as const)('files an item of a %s column as %s', (columnKind, kind) => {
    expect(documentKindForColumn(columnKind)).toBe(kind)
  })
})
