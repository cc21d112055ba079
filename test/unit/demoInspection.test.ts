/** The demo county's inspection history, dated against the seed day (pure: no database), and the dashboard's quarters. */
import { DEMO_INSPECTION_STORY, demoPostLog, freezeInstant, historicalNotices, pastQuarters, quarterEnd } from '../../src/seed/demoInspection'
import { DEMO_NEW_MEDIA_ACCOUNTS } from '../../src/seed/demoData'
import { quarterBounds } from '../../domain/inspection/model'
import { colourCounts, linePath, quarterLabel, quarterNoticesQuery, recentQuarters, scoreSeries } from '../../plugins/inspection/components/dashboardData'

const at = (iso: string) => new Date(iso)

describe('pastQuarters', () => {
  it.each([
    ['2026-12-02', ['2026Q2', '2026Q3']],
    ['2026-10-01', ['2026Q2', '2026Q3']],
    ['2027-01-05', ['2026Q3', '2026Q4']],
    ['2026-02-10', ['2025Q3', '2025Q4']],
    ['2026-04-30', ['2025Q4', '2026Q1']],
  ])('on %s are %j', (today, quarters) => {
    expect(pastQuarters(today)).toEqual(quarters)
  })

  it('ends a quarter with its last Beijing day and freezes it the instant after', () => {
    expect(quarterEnd('2026Q3').toISOString()).toBe('2026-09-30T15:59:59.999Z')
    expect(quarterEnd('2025Q4').toISOString()).toBe('2025-12-31T15:59:59.999Z')
    expect(freezeInstant('2026Q3').toISOString()).toBe('2026-09-30T16:00:00.000Z')
  })
})

describe('historicalNotices', () => {
  const now = at('2026-12-02T02:00:00.000Z')
  const notices = historicalNotices(now)

  it('dates every notice of the story inside its quarter, detected at 09:00 Beijing', () => {
    expect(notices).toHaveLength(DEMO_INSPECTION_STORY.length)
    const first = notices.find((n) => n.department === 'jyj' && n.rule === 'new-media-stale')!
    // 2026Q2 begins on 1 April; day 40 of it is 11 May.
    expect(first.quarter).toBe('2026Q2')
    expect(first.detectedAt).toBe('2026-05-11T01:00:00.000Z')
    // Resolved 12 days before 30 June, at 16:00 Beijing: red in its quarter (单项否决), gone before the next.
    expect(first.resolvedAt).toBe('2026-06-18T08:00:00.000Z')
    for (const n of notices) {
      const { from } = quarterBounds(n.quarter)
      expect(Date.parse(n.detectedAt)).toBeGreaterThanOrEqual(Date.parse(`${from}T00:00:00+08:00`))
      expect(Date.parse(n.detectedAt)).toBeLessThan(quarterEnd(n.quarter).getTime())
    }
  })

  it('resolves each after it was found: within its quarter when the story says so, else after the close and before the seed', () => {
    notices.forEach((n, i) => {
      expect(Date.parse(n.resolvedAt)).toBeGreaterThan(Date.parse(n.detectedAt))
      if (DEMO_INSPECTION_STORY[i].resolvedAfter < 0) {
        expect(Date.parse(n.resolvedAt)).toBeLessThan(quarterEnd(n.quarter).getTime())
        return
      }
      expect(Date.parse(n.resolvedAt)).toBeGreaterThan(quarterEnd(n.quarter).getTime())
      expect(Date.parse(n.resolvedAt)).toBeLessThan(now.getTime())
    })
    expect(notices.filter((_, i) => DEMO_INSPECTION_STORY[i].resolvedAfter < 0).map((n) => n.department).sort()).toEqual(['czj', 'fgj', 'fgj', 'jyj', 'mzj', 'wjj'])
  })

  it('resolves the last quarter’s notices before a seed on the first morning of the next quarter', () => {
    const early = at('2026-10-01T00:30:00.000Z') // 08:30 in Beijing on 1 October
    const last = historicalNotices(early).filter((n, i) => n.quarter === '2026Q3' && DEMO_INSPECTION_STORY[i].resolvedAfter >= 0)
    expect(last.length).toBeGreaterThan(0)
    for (const n of last) {
      expect(Date.parse(n.resolvedAt)).toBe(early.getTime() - 60_000)
      expect(Date.parse(n.resolvedAt)).toBeGreaterThan(quarterEnd('2026Q3').getTime())
    }
  })

  it('tells a trend: 县教育局 red then only yellow, 县农业农村局 yellow then red, 石桥乡 red twice', () => {
    // What stood at the close, or a 单项否决 (政务新媒体) in the quarter.
    const worst = (department: string, quarter: string) => {
      const own = notices
        .filter((n, i) => n.department === department && n.quarter === quarter && (DEMO_INSPECTION_STORY[i].resolvedAfter >= 0 || n.rule === 'new-media-stale'))
        .map((n) => n.severity)
      return own.includes('red') ? 'red' : own.includes('yellow') ? 'yellow' : 'green'
    }
    expect([worst('jyj', '2026Q2'), worst('jyj', '2026Q3')]).toEqual(['red', 'yellow'])
    expect([worst('nyncj', '2026Q2'), worst('nyncj', '2026Q3')]).toEqual(['yellow', 'red'])
    expect([worst('sqx', '2026Q2'), worst('sqx', '2026Q3')]).toEqual(['red', 'red'])
    expect([worst('czj', '2026Q2'), worst('czj', '2026Q3')]).toEqual(['yellow', 'green'])
    expect([worst('zjj', '2026Q2'), worst('zjj', '2026Q3')]).toEqual(['yellow', 'green'])
  })

  it('is the same on every call', () => {
    expect(historicalNotices(now)).toEqual(notices)
  })
})

describe('demoPostLog', () => {
  const now = at('2026-12-02T02:00:00.000Z')
  const rows = demoPostLog(now, 0)
  const of = (accountId: string, platform: string) => rows.filter((r) => r.accountId === accountId && r.platform === platform)

  it('covers every month from the older past quarter’s first to the seed day’s, once per account', () => {
    const months = [...new Set(rows.map((r) => r.month))].sort()
    expect(months).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'])
    const keys = rows.map((r) => `${r.accountId}|${r.platform}|${r.month}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('gives an active account a platform’s usual month (微博 45 ± 30 %) and counts the seed day’s month only so far', () => {
    const weibo = of('linjiangfabu', 'weibo')
    const november = weibo.find((r) => r.month === '2026-11')!.count
    expect(november).toBeGreaterThanOrEqual(Math.floor(45 * 0.7))
    expect(november).toBeLessThanOrEqual(Math.ceil(45 * 1.3))
    // Two days of December, and its last post was three days before the seed (29 November): nothing in December.
    expect(weibo.find((r) => r.month === '2026-12')!.count).toBe(0)
  })

  it('has nothing for a silent account after its last post, nor for a closed one after it closed', () => {
    // 石桥乡 (快手) last posted 96 days before 2 December: 28 August.
    const shiqiao = of('shiqiaoxiang2020', 'kuaishou')
    expect(shiqiao.filter((r) => r.month >= '2026-09').every((r) => r.count === 0)).toBe(true)
    expect(shiqiao.find((r) => r.month === '2026-07')!.count).toBeGreaterThan(0)
    // 河口镇政务 closed on 30 June: no rows after June.
    expect(of('hekouzhenzhengwu', 'wechat').map((r) => r.month)).toEqual(['2026-04', '2026-05', '2026-06'])
    // 河口融媒 was filed on 8 July: no rows before July.
    expect(of('hekourongmei', 'wechat')[0].month).toBe('2026-07')
  })

  it('moves the filing and closing days with the demo’s shift', () => {
    const later = demoPostLog(at('2027-03-03T02:00:00.000Z'), 91)
    // 河口镇政务 closed on 30 June + 91 days = 29 September: rows from 2026Q3's first month to September.
    expect(later.filter((r) => r.accountId === 'hekouzhenzhengwu').map((r) => r.month)).toEqual(['2026-07', '2026-08', '2026-09'])
  })

  it('covers every demo account that was filed before the seed day', () => {
    expect(new Set(rows.map((r) => `${r.accountId}|${r.platform}`)).size).toBe(DEMO_NEW_MEDIA_ACCOUNTS.length)
  })
})

describe('the dashboard’s quarters and series', () => {
  it('shows the chosen quarter and those before it, oldest first, across a year', () => {
    expect(recentQuarters('2027Q1', 4)).toEqual(['2026Q2', '2026Q3', '2026Q4', '2027Q1'])
    expect(quarterLabel('2026Q3')).toBe('2026年第三季度')
  })

  it('counts the colours and draws a line broken where a quarter has no score', () => {
    const answers = [
      { departments: [{ id: 1, name: '甲', colour: 'red' as const, score: 70, rank: 2 }, { id: 2, name: '乙', colour: 'green' as const, score: 95, rank: 1 }] },
      null,
      { departments: [{ id: 1, name: '甲', colour: 'yellow' as const, score: 78, rank: 1 }] },
    ]
    expect(colourCounts(answers[0]!)).toEqual({ red: 1, yellow: 0, green: 1 })
    const series = scoreSeries(answers)
    expect(series).toEqual([
      { id: '1', name: '甲', scores: [70, null, 78] },
      { id: '2', name: '乙', scores: [95, null, null] },
    ])
    expect(linePath(series[0].scores, (i) => i * 10, (v) => 100 - v)).toBe('M0.0,30.0M20.0,22.0')
  })

  it('asks for the notices that stood during the quarter: detected before its end, open or resolved after its start', () => {
    const query = decodeURIComponent(quarterNoticesQuery(7, '2026Q3'))
    expect(query.split('&')).toEqual([
      'where[and][0][department][equals]=7',
      'where[and][1][detectedAt][less_than_equal]=2026-09-30T15:59:59.999Z',
      'where[and][2][or][0][status][equals]=open',
      'where[and][2][or][1][resolvedAt][greater_than_equal]=2026-06-30T16:00:00.000Z',
    ])
  })
})
