import { addMonths, evaluateAccounts, type AccountFacts } from '../../../domain/audit/accountRules'
import { at, on, settings } from './helpers'

const account = (data: Partial<AccountFacts> = {}): AccountFacts => ({
  id: 3, name: '某县发布', platform: 'wechat', department: 7, status: 'active', lastPostAt: at('2026-11-01'), filedAt: at('2025-01-01'), createdAt: at('2025-01-01'), closureFiled: false, ...data,
})
const judge = (today: string, data: Partial<AccountFacts> = {}, stored = {}) => evaluateAccounts([account(data)], settings(stored), on(today))

describe('new-media account without a post', () => {
  it.each([
    ['2026-11-07', []], // 6 days
    ['2026-11-08', ['yellow']], // 7 days: weekly update missed
    ['2026-11-14', ['yellow']], // 13 days
    ['2026-11-15', ['red']], // 14 days: veto
  ])('last post 2026-11-01, on %s → %j', (today, expected) => {
    expect(judge(today).map((f) => f.severity)).toEqual(expected)
  })

  it.each([
    ['2026-11-30', '单项否决'],
    ['2026-12-01', '超过1个月，一级督办'],
    ['2027-04-30', '超过1个月，一级督办'],
    ['2027-05-01', '超过6个月，二级督办'],
  ])('escalates on %s: %s', (today, text) => {
    const [finding] = judge(today)
    expect(finding.severity).toBe('red')
    expect(finding.message).toContain(text)
  })

  it('counts from the filing date when the account never posted', () => {
    expect(judge('2026-11-15', { lastPostAt: null, filedAt: at('2026-11-01') })[0].message).toContain('开设以来未更新')
  })

  it('reads the thresholds from the settings', () => {
    expect(judge('2026-11-04', {}, { newMedia: { updateDays: 3 } }).map((f) => f.severity)).toEqual(['yellow'])
    expect(judge('2026-11-11', {}, { newMedia: { vetoDays: 10 } }).map((f) => f.severity)).toEqual(['red'])
  })

  it('adds months clamped to the month’s end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
  })
})

describe('closed account not filed', () => {
  it('is red until the closure is filed; suspended and closing accounts are not judged on posts', () => {
    expect(judge('2026-11-20', { status: 'closed' }).map((f) => [f.rule, f.severity])).toEqual([['new-media-closure-unfiled', 'red']])
    expect(judge('2026-11-20', { status: 'closed', closureFiled: true })).toEqual([])
    expect(judge('2027-11-20', { status: 'suspended' })).toEqual([])
  })
})

describe('the weekly update (寻乌县: 每个星期都有信息更新)', () => {
  it.each([
    ['2026-11-07', {}, []], // 6 days
    ['2026-11-08', {}, ['yellow']], // 7 days: yellow by default
    ['2026-11-07', { newMedia: { updateSeverity: 'red' } }, []],
    ['2026-11-08', { newMedia: { updateSeverity: 'red' } }, ['red']], // the setting makes a missed week red
    ['2026-11-14', { newMedia: { updateSeverity: 'red' } }, ['red']],
  ])('last post 2026-11-01, on %s with %j → %j', (today, stored, expected) => {
    expect(judge(today, {}, stored).map((f) => f.severity)).toEqual(expected)
  })

  it('a missed week made red is still not the veto: the message names the weekly cycle, not 单项否决', () => {
    const [finding] = judge('2026-11-08', {}, { newMedia: { updateSeverity: 'red' } })
    expect(finding.message).toBe('微信“某县发布”已 7 天未更新（最近更新 2026-11-01），应每 7 天至少更新一次')
  })
})

describe('an account in operation without a 备案 date', () => {
  it('is flagged yellow, charged to its department, whatever its posts', () => {
    const found = judge('2026-11-02', { filedAt: null })
    expect(found.map((f) => [f.rule, f.severity, f.department, f.message])).toEqual([['new-media-unfiled', 'yellow', 7, '微信“某县发布”正在运营，尚未填写备案日期（未办理开设备案）']])
  })

  it.each(['closing', 'closed', 'suspended'])('is not flagged when %s', (status) => {
    expect(judge('2026-11-02', { filedAt: null, status, closureFiled: true, lastPostAt: null }).filter((f) => f.rule === 'new-media-unfiled')).toEqual([])
  })

  it('is not flagged once filed', () => {
    expect(judge('2026-11-02', { filedAt: at('2026-11-01') })).toEqual([])
  })
})
