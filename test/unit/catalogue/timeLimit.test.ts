import { countableDeadline, parseCount, parseTimeLimit } from '../../../domain/catalogue/timeLimit'
import { STANDARD_CATALOGUE } from '../../../plugins/catalogue/data/standardCatalogue'

describe('parseTimeLimit › the common 时限 phrases of the 标准指引', () => {
  it.each([
    ['信息形成或者变更之日起20个工作日内', 'working-days', 20],
    ['自信息形成或者变更之日起 20 个工作日内予以公开', 'working-days', 20],
    ['信息形成或变更之日起二十个工作日内', 'working-days', 20],
    ['自作出行政决定之日起7个工作日内', 'working-days', 7],
    ['信息形成或变更之日起3个工作日内', 'working-days', 3],
    ['１０个工作日内', 'working-days', 10],
    ['批准后20日内', 'calendar-days', 20],
    ['作出决定之日起十五日内', 'calendar-days', 15],
    ['5天内', 'calendar-days', 5],
    // The general deadline comes first; the special one for 许可/处罚 follows it in the same cell.
    ['信息形成20个工作日内公开；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示', 'working-days', 20],
  ] as const)('%s → %s %i', (text, kind, days) => {
    expect(parseTimeLimit(text)).toEqual({ kind, days, annualDate: null })
  })

  it.each([
    ['每年1月31日前', '01-31'],
    ['每年三月三十一日前公开', '03-31'],
  ])('%s → each year by %s', (text, annualDate) => {
    expect(parseTimeLimit(text)).toEqual({ kind: 'annual-date', days: null, annualDate })
  })

  it.each([
    ['及时公开', 'immediate'],
    ['实时公开', 'immediate'],
    ['及时公开，公告期限为5个工作日', 'immediate'],
    ['长期公开，信息变更后及时更新', 'standing'],
    ['审核结果在村（居）公示7天', 'unparsed'],
    ['公示期不少于15日', 'unparsed'],
    ['拟申请征收土地前，公告时间不少于10个工作日', 'unparsed'],
    ['提前24小时通知', 'unparsed'],
    ['', 'unparsed'],
    ['0个工作日内', 'unparsed'],
  ])('%s → %s (no number of days to count)', (text, kind) => {
    expect(parseTimeLimit(text)).toEqual({ kind, days: null, annualDate: null })
  })

  it('parseCount › Arabic, full-width and Chinese numerals, and nothing else', () => {
    expect([parseCount('20'), parseCount('２０'), parseCount('十'), parseCount('十五'), parseCount('二十'), parseCount('两'), parseCount('九十九')]).toEqual([20, 20, 10, 15, 20, 2, 99])
    expect([parseCount('二五'), parseCount('百'), parseCount('')]).toEqual([null, null, null])
  })

  it('countableDeadline › only working and calendar days count', () => {
    expect(countableDeadline({ kind: 'working-days', days: 7 })).toEqual({ days: 7, dayType: 'working' })
    expect(countableDeadline({ kind: 'calendar-days', days: 20 })).toEqual({ days: 20, dayType: 'calendar' })
    expect(countableDeadline({ kind: 'immediate', days: null })).toBeNull()
    expect(countableDeadline({ kind: 'annual-date', days: null })).toBeNull()
  })
})

describe('the shipped catalogue', () => {
  it('has the 26 领域 in order, each with 事项 and every column of the 指引 filled', () => {
    expect(STANDARD_CATALOGUE).toHaveLength(26)
    expect(STANDARD_CATALOGUE.map((d) => d.code)).toEqual(Array.from({ length: 26 }, (_, i) => String(i + 1).padStart(2, '0')))
    expect(new Set(STANDARD_CATALOGUE.map((d) => d.name)).size).toBe(26)
    for (const d of STANDARD_CATALOGUE) {
      expect(d.matters.length).toBeGreaterThanOrEqual(2)
      for (const m of d.matters) for (const key of ['title', 'content', 'basis', 'timeLimit', 'subject', 'channels', 'source'] as const) expect(m[key]).not.toBe('')
    }
  })
})
