/**
 * parseHolidayNotice on the State Council office's published notices, with chinese-days as the oracle: for every
 * year both hold, the notice's 放假 days and 调休上班 days are exactly the library's. Then each refusal, word for word.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import chineseDays from 'chinese-days'
import { parseHolidayNotice, type HolidayNotice } from '../../domain/holidayNotice'

const fixtures = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures/holiday-notices')
const readNotice = (name: string) => fs.readFileSync(path.join(fixtures, `${name}.txt`), 'utf8')
const NOTICE_YEARS = [2020, 2022, 2023, 2024, 2025, 2026]
const parsed = new Map<number, HolidayNotice>(NOTICE_YEARS.map((year) => [year, parseHolidayNotice(readNotice(String(year)))]))

/**
 * What chinese-days holds for a calendar year. `getHolidaysInRange(…, false)` returns only the dates of its holiday
 * table — the ranges the notices declare, weekends inside a range included, ordinary weekends not; with `true` it
 * would add every ordinary Saturday and Sunday. The 调休上班 days are the working days that fall on a weekend:
 * all working days (`getWorkdaysInRange(…, true)`) minus the Monday–Friday ones (`…, false`).
 */
const library = (year: number) => {
  const from = `${year}-01-01`
  const to = `${year}-12-31`
  const mondayToFriday = new Set(chineseDays.getWorkdaysInRange(from, to, false))
  return {
    holidays: chineseDays.getHolidaysInRange(from, to, false),
    workdays: chineseDays.getWorkdaysInRange(from, to, true).filter((date) => !mondayToFriday.has(date)),
  }
}

/** The dates of a calendar year taken from every notice (2023's 元旦 starts on 2022-12-31). */
const fromNotices = (year: number) => {
  const inYear = (days: Array<{ date: string }>) => days.map((d) => d.date).filter((date) => date.startsWith(`${year}-`))
  const all = [...parsed.values()]
  return {
    holidays: all.flatMap((n) => inYear(n.holidays)).sort(),
    workdays: all.flatMap((n) => inYear(n.workdays)).sort(),
  }
}

/**
 * 2020 is the one year the library differs from that notice on purpose: 国办发明电〔2020〕1号 (延长2020年春节假期,
 * 2020-01-27, during the COVID-19 outbreak) extended 春节 to 2020-02-02, so 01-31–02-02 became days off and the
 * make-up Saturday 02-01 was cancelled. chinese-days holds the extended holiday.
 */
const EXTENSION_2020 = { holidays: ['2020-01-31', '2020-02-01', '2020-02-02'], cancelledWorkdays: ['2020-02-01'] }

describe('parseHolidayNotice › the published notices against chinese-days', () => {
  it.each(NOTICE_YEARS)('reads the %i notice without errors, its title and year', (year) => {
    const notice = parsed.get(year)!
    expect(notice.errors).toEqual([])
    expect(notice.year).toBe(year)
    expect(notice.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`)
  })

  it.each(NOTICE_YEARS.filter((year) => year !== 2020))('gives exactly the library’s 放假 and 调休上班 days of %i', (year) => {
    const expected = library(year)
    expect(expected.holidays.length).toBeGreaterThan(20)
    expect(fromNotices(year)).toEqual(expected)
  })

  it('gives the library’s 2020 days once the separate 春节 extension notice is applied', () => {
    const expected = library(2020)
    for (const date of EXTENSION_2020.holidays) expect(expected.holidays).toContain(date)
    const { holidays, workdays } = fromNotices(2020)
    expect([...holidays, ...EXTENSION_2020.holidays].sort()).toEqual(expected.holidays)
    expect(workdays.filter((date) => !EXTENSION_2020.cancelledWorkdays.includes(date))).toEqual(expected.workdays)
    // Without the extension the notice itself has 02-01 as a make-up Saturday and 春节 ending on 01-30.
    expect(workdays).toContain('2020-02-01')
    expect(holidays).toContain('2020-01-30')
    expect(holidays).not.toContain('2020-01-31')
  })

  it.each(NOTICE_YEARS)('agrees with getDayDetail day by day for %i (off on every 放假 day, on duty on every 上班 day, the same festival)', (year) => {
    const notice = parsed.get(year)!
    for (const day of notice.holidays) {
      const detail = chineseDays.getDayDetail(day.date)
      if (year === 2020 && EXTENSION_2020.cancelledWorkdays.includes(day.date)) continue
      expect({ date: day.date, work: detail.work }).toEqual({ date: day.date, work: false })
      // The library's name is "English,中文,days": its Chinese festival is one of those the line names (国庆节、中秋节).
      expect(day.name).toContain(detail.name.split(',')[1].replace(/节$/, ''))
    }
    for (const day of notice.workdays) {
      if (year === 2020 && EXTENSION_2020.cancelledWorkdays.includes(day.date)) continue
      expect({ date: day.date, work: chineseDays.getDayDetail(day.date).work }).toEqual({ date: day.date, work: true })
    }
  })

  it('names each day after its line: the text before the colon', () => {
    const notice = parsed.get(2025)!
    expect(notice.holidays.find((d) => d.date === '2025-10-06')).toEqual({ date: '2025-10-06', name: '国庆节、中秋节', line: 19 })
    expect(notice.workdays.find((d) => d.date === '2025-01-26')).toEqual({ date: '2025-01-26', name: '春节', line: 11 })
  })

  it('reads the 文号 when the copy carries it', () => {
    expect(parsed.get(2023)!.docNumber).toBe('国办发明电〔2022〕16号')
    expect(parsed.get(2025)!.docNumber).toBeNull()
  })
})

describe('parseHolidayNotice › ranges, weekends and the year boundary', () => {
  it('runs a range across the year boundary when both years are written (2022年12月31日至2023年1月2日)', () => {
    const notice = parsed.get(2023)!
    expect(notice.holidays.filter((d) => d.name === '元旦').map((d) => d.date)).toEqual(['2022-12-31', '2023-01-01', '2023-01-02'])
    expect(chineseDays.getHolidaysInRange('2022-12-31', '2022-12-31', false)).toEqual(['2022-12-31'])
  })

  it('runs a range across the year boundary when no year is written (元旦：12月30日至1月1日), make-up day included', () => {
    const notice = parseHolidayNotice('国务院办公厅关于2019年部分节假日安排的通知\n一、元旦：12月30日至1月1日放假，共3天。12月29日（星期六）上班。')
    expect(notice.errors).toEqual([])
    expect(notice.holidays.map((d) => d.date)).toEqual(['2018-12-30', '2018-12-31', '2019-01-01'])
    expect(notice.workdays.map((d) => d.date)).toEqual(['2018-12-29'])
    expect(chineseDays.getHolidaysInRange('2018-12-29', '2019-01-01', false)).toEqual(['2018-12-30', '2018-12-31', '2019-01-01'])
    expect(chineseDays.getDayDetail('2018-12-29').work).toBe(true)
  })

  it('takes the year of the start for an end written without one (2022年12月31日至1月2日)', () => {
    const notice = parseHolidayNotice('国务院办公厅关于2023年部分节假日安排的通知\n一、元旦：2022年12月31日至1月2日放假调休，共3天。')
    expect(notice.holidays.map((d) => d.date)).toEqual(['2022-12-31', '2023-01-01', '2023-01-02'])
  })

  it('runs a range across months and keeps its weekends (5月31日（周六）至6月2日（周一）)', () => {
    expect(parsed.get(2025)!.holidays.filter((d) => d.name === '端午节').map((d) => d.date)).toEqual(['2025-05-31', '2025-06-01', '2025-06-02'])
  })

  it('adds no weekend for 与周末连休: the library lists only the day itself', () => {
    expect(parsed.get(2024)!.holidays.filter((d) => d.name === '元旦').map((d) => d.date)).toEqual(['2024-01-01'])
  })

  it('accepts make-up days separated by a comma before 上班, and an unknown holiday name', () => {
    const notice = parseHolidayNotice(
      '国务院办公厅关于2027年部分节假日安排的通知\n一、春节：2月5日至12日放假调休，共8天。1月31日（周日），2月20日（周六）上班。\n二、纪念日：9月3日（周五）放假1天。',
    )
    expect(notice.errors).toEqual([])
    expect(notice.workdays.map((d) => d.date)).toEqual(['2027-01-31', '2027-02-20'])
    expect(notice.holidays.find((d) => d.date === '2027-09-03')).toEqual({ date: '2027-09-03', name: '纪念日', line: 3 })
  })

  it('reads half-width punctuation and full-width digits the same as the published full-width text', () => {
    const official = parseHolidayNotice(readNotice('2025'))
    const halfWidth = readNotice('2025').replace(/：/g, ':').replace(/，/g, ',').replace(/（/g, '(').replace(/）/g, ')').replace(/\u3000/g, ' ')
    const fullWidthDigits = readNotice('2025').replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))
    for (const variant of [halfWidth, fullWidthDigits]) {
      const notice = parseHolidayNotice(variant)
      expect(notice.errors).toEqual([])
      expect(notice.holidays).toEqual(official.holidays)
      expect(notice.workdays).toEqual(official.workdays)
    }
  })

  it('takes the year from options when the pasted text has no title', () => {
    const notice = parseHolidayNotice('一、元旦：1月1日（周五）至3日（周日）放假，共3天。', { year: 2027 })
    expect(notice.errors).toEqual([])
    expect(notice.title).toBe('国务院办公厅关于2027年部分节假日安排的通知')
    expect(notice.holidays.map((d) => d.date)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03'])
  })
})

describe('parseHolidayNotice › preamble and closing text', () => {
  it('ignores the addressees, the principles (dates and 放假 included), the closing paragraph and the signature', () => {
    const notice = parsed.get(2025)!
    expect(notice.errors).toEqual([])
    // The principle paragraph mentions 2025年1月1日 and 放假; the signature 2024年11月12日: neither becomes a day.
    expect(notice.holidays.filter((d) => d.date.startsWith('2024-'))).toEqual([])
    expect([...new Set(notice.holidays.map((d) => d.line))].sort((a, b) => a - b)).toEqual([9, 11, 13, 15, 17, 19])
  })

  it('ignores the advice to rest on 除夕（2月9日） in the 2024 春节 line', () => {
    expect(parsed.get(2024)!.holidays.map((d) => d.date)).not.toContain('2024-02-09')
  })

  it('ignores a note above the title and the encouragement to take paid leave', () => {
    const notice = parseHolidayNotice(readNotice('2027-fictional'))
    expect(notice.errors).toEqual([])
    expect(notice.holidays).toHaveLength(28)
    expect(notice.workdays.map((d) => d.date)).toEqual(['2027-01-31', '2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09'])
  })
})

/** A notice for 2025 whose item lines start on line 3. */
const notice2025 = (...items: string[]) =>
  ['国务院办公厅关于2025年部分节假日安排的通知', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', ...items, '节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。', '国务院办公厅'].join('\n')

describe('parseHolidayNotice › refusals name the line', () => {
  it.each([
    [
      'a date both 放假 and 上班 on one line',
      ['二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。2月1日（周六）上班。'],
      [{ line: 3, message: '第 3 行（春节）：2025-02-01 已在本行列为放假，不能同时列为上班。' }],
    ],
    [
      'a date 放假 on one line and 上班 on another',
      ['一、元旦：1月1日（周三）放假1天，不调休。', '二、春节：1月28日至2月4日放假调休，共8天。1月1日上班。'],
      [{ line: 4, message: '第 4 行（春节）：2025-01-01 已在第 3 行列为放假，不能同时列为上班。' }],
    ],
    ['an impossible date', ['二、春节：2月28日至30日放假调休。'], [{ line: 3, message: '第 3 行（春节）：2月30日不是有效日期。' }]],
    [
      'a weekday that does not match the date (周三 on a Thursday)',
      ['一、元旦：1月2日（周三）放假1天，不调休。'],
      [{ line: 3, message: '第 3 行（元旦）：1月2日（周三）与日历不符：2025-01-02 是周四。' }],
    ],
    [
      'a make-up day whose weekday does not match',
      ['四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周六）上班。'],
      [{ line: 3, message: '第 3 行（劳动节）：4月27日（周六）与日历不符：2025-04-27 是周日。' }],
    ],
    [
      'a range whose 共N天 does not match its length',
      ['二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共9天。'],
      [{ line: 3, message: '第 3 行（春节）：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）共 8 天，与通知所写“共9天”不符。' }],
    ],
    ['a holiday line with no recognisable date', ['三、清明节：放假，共3天。'], [{ line: 3, message: '第 3 行（清明节）：没有可识别的放假日期。' }]],
    ['a holiday line written in words', ['三、清明节：农历三月初七至初九放假。'], [{ line: 3, message: '第 3 行（清明节）：没有可识别的放假日期。' }]],
    ['a numbered line that is not an item', ['四、劳动节5月1日至5日放假调休'], [{ line: 3, message: '第 3 行无法识别：四、劳动节5月1日至5日放假调休' }]],
    [
      'a make-up day that is not one (起正常上班)',
      ['二、春节：1月28日至2月4日放假调休，共8天。2月5日（周三）起正常上班。'],
      [{ line: 3, message: '第 3 行（春节）：无法识别上班日期“2月5日(周三)起正常上班”。' }],
    ],
    [
      'a date listed twice as 放假',
      ['五、端午节：5月31日至6月2日放假，共3天。', '六、儿童节：6月1日放假。'],
      [{ line: 4, message: '第 4 行（儿童节）：2025-06-01 已在第 3 行列为放假，重复列出。' }],
    ],
  ])('refuses %s', (_label, items, errors) => {
    const notice = parseHolidayNotice(notice2025(...items))
    expect(notice.errors).toEqual(errors)
    expect(notice.holidays).toEqual([])
    expect(notice.workdays).toEqual([])
  })

  it('reports every bad line, not only the first', () => {
    const notice = parseHolidayNotice(notice2025('一、元旦：1月2日（周三）放假1天。', '二、春节：1月28日至2月4日放假调休，共8天。', '三、清明节：4月31日放假。'))
    expect(notice.errors.map((e) => e.line)).toEqual([3, 5])
  })

  it('refuses a text without a title when no year is given', () => {
    expect(parseHolidayNotice('一、元旦：1月1日放假。').errors).toEqual([
      { line: 1, message: '第 1 行：未找到通知标题《国务院办公厅关于YYYY年部分节假日安排的通知》，无法确定年份。请粘贴包括标题在内的通知全文。' },
    ])
  })

  it('refuses a title of another year than the one asked for', () => {
    expect(parseHolidayNotice(readNotice('2025'), { year: 2026 }).errors).toEqual([{ line: 1, message: '第 1 行：通知标题为 2025 年，与所选的 2026 年不符。' }])
  })

  it('refuses a notice without any arrangement', () => {
    expect(parseHolidayNotice('国务院办公厅关于2027年部分节假日安排的通知\n各省、自治区、直辖市人民政府：\n国务院办公厅').errors).toEqual([
      { line: 1, message: '第 1 行之后未找到放假安排（应为“一、元旦：1月1日放假……”这样的条目）。' },
    ])
  })

  it('refuses a date more than a year away from the notice', () => {
    expect(parseHolidayNotice(notice2025('一、元旦：2027年1月1日放假。')).errors).toEqual([{ line: 3, message: '第 3 行（元旦）：2027-01-01 不在 2025 年的安排范围内。' }])
  })
})
