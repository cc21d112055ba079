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

  it.each(['partial', 'on-request', 'withheld'])('requires a basis and a reason for %s', (disclosure) => {
    const errors = documentErrors({ disclosure, publicBody: lexicalFromParagraphs(['公开文本']) })
    expect(errors).toEqual([
      { path: 'nonDisclosureBasis', message: MESSAGES.basisRequired },
      { path: 'nonDisclosureReason', message: MESSAGES.reasonRequired },
    ])
  })

  it('treats a blank reason as missing', () => {
    expect(paths(documentErrors({ disclosure: 'withheld', nonDisclosureBasis: 'art14-state-secret', nonDisclosureReason: '   ' }))).toEqual(['nonDisclosureReason'])
  })

  it('requires the public text of a partial item, not an empty editor', () => {
    const empty = lexicalFromParagraphs(['  '])
    const errors = documentErrors({ disclosure: 'partial', nonDisclosureBasis: 'art15-personal-privacy', nonDisclosureReason: '隐私', publicBody: empty })
    expect(errors).toEqual([{ path: 'publicBody', message: MESSAGES.publicBodyRequired }])
  })

  it('reports a malformed 发文字号', () => {
    expect(paths(documentErrors({ disclosure: 'proactive', docNumber: '临政发[2026]3号' }))).toEqual(['docNumber'])
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
    ['guide', 0],
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
