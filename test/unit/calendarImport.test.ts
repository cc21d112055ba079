/** From a parsed notice to 节假日调整 entries: the preview's days and the checks on corrected days. */
import { describe, expect, it } from '@jest/globals'
import { noticeDays, validateImportDays } from '../../domain/calendarImport'
import { parseHolidayNotice } from '../../domain/holidayNotice'

describe('noticeDays', () => {
  it('lists 放假 and 调休上班 days in date order, with 说明 = the festival or “…调休上班”', () => {
    const notice = parseHolidayNotice('国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：2月5日至12日放假调休，共8天。1月31日（周日）上班。')
    const days = noticeDays(notice)
    expect(days.map((d) => d.date)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-31', ...Array.from({ length: 8 }, (_, i) => `2027-02-${String(5 + i).padStart(2, '0')}`)])
    expect(days[3]).toEqual({ date: '2027-01-31', kind: 'workday', name: '春节', note: '春节调休上班' })
    expect(days[0]).toEqual({ date: '2027-01-01', kind: 'holiday', name: '元旦', note: '元旦' })
  })
})

describe('validateImportDays', () => {
  it('accepts days of the year and of the years either side, trimming dates and notes', () => {
    expect(validateImportDays([{ date: ' 2026-12-31 ', kind: 'holiday', note: ' 元旦 ' }, { date: '2028-01-02', kind: 'workday' }], 2027)).toEqual({
      days: [
        { date: '2026-12-31', kind: 'holiday', note: '元旦' },
        { date: '2028-01-02', kind: 'workday', note: '' },
      ],
      errors: [],
    })
  })

  it.each([
    [[{ date: '2027-13-01', kind: 'holiday' }], '第 1 条：日期“2027-13-01”无效，应为 YYYY-MM-DD。'],
    [[{ date: '2025-12-31', kind: 'holiday' }], '第 1 条：日期 2025-12-31 不在 2027 年前后（应在 2026—2028 年之间）。'],
    [[{ date: '2027-01-01', kind: '休息' }], '第 1 条：类型“休息”无效，应为放假（holiday）或上班（workday）。'],
    [[{ date: '2027-01-01', kind: 'holiday', note: 5 }], '第 1 条：说明应为文字。'],
    [[{ date: '2027-01-01', kind: 'holiday', note: '字'.repeat(101) }], '第 1 条：说明过长（最多 100 字）。'],
    [[{ date: '2027-01-01', kind: 'holiday' }, { date: '2027-01-01', kind: 'holiday' }], '第 2 条：日期 2027-01-01 与第 1 条重复。'],
    [[null], '第 1 条：格式不正确，应为 {date, kind, note}。'],
    [[], '没有要导入的日期：请至少保留一天再确认导入。'],
    ['2027-01-01', '没有要导入的日期：请至少保留一天再确认导入。'],
  ])('refuses %j with a Chinese reason naming the entry', (days, message) => {
    expect(validateImportDays(days, 2027)).toEqual({ days: [], errors: [message] })
  })

  it('names every problem of one entry in one sentence', () => {
    expect(validateImportDays([{ date: 'x', kind: 'y' }], 2027).errors).toEqual(['第 1 条：日期“x”无效，应为 YYYY-MM-DD；类型“y”无效，应为放假（holiday）或上班（workday）。'])
  })
})
