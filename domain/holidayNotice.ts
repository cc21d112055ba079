/**
 * Reads the State Council office's yearly notice 《国务院办公厅关于YYYY年部分节假日安排的通知》 as published (pasted
 * from gov.cn or Xinhua, full-width or half-width punctuation) into the days off (放假, every date of each range,
 * weekends included) and the make-up working days (调休上班). Preamble and closing paragraphs are ignored; anything
 * contradictory is refused with a Chinese sentence naming the line.
 */
import { isValidDate, parseDate, shiftDate } from './calendar'

export type NoticeDay = { date: string; name: string; line: number }
export type NoticeError = { line: number; message: string }
export type HolidayNotice = {
  year: number | null
  /** 《…》 without brackets, e.g. 国务院办公厅关于2025年部分节假日安排的通知 */
  title: string | null
  /** 国办发明电〔2024〕12号, when the text carries it */
  docNumber: string | null
  holidays: NoticeDay[]
  workdays: NoticeDay[]
  errors: NoticeError[]
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }

/** 8, 十, 十二 → number */
const numberOf = (text: string): number => {
  if (/^\d+$/.test(text)) return Number(text)
  if (text.startsWith('十')) return 10 + (CHINESE_DIGITS[text[1]] ?? 0)
  if (text.length === 2 && text[1] === '十') return CHINESE_DIGITS[text[0]] * 10
  if (text.length === 3 && text[1] === '十') return CHINESE_DIGITS[text[0]] * 10 + CHINESE_DIGITS[text[2]]
  return CHINESE_DIGITS[text] ?? NaN
}

export const weekdayName = (date: string): string => `周${WEEKDAYS[parseDate(date).getUTCDay()]}`

const TITLE = /关于\s*(\d{4})\s*年\s*部分节假日安排的通知/
const DOC_NUMBER = /国办发明电\s*〔\s*(\d{4})\s*〕\s*(\d+)\s*号/
const NUMBERING = /^(?:[一二三四五六七八九十]+\s*[、.]|\d{1,2}\s*[、.)]|\(\s*(?:[一二三四五六七八九十]+|\d{1,2})\s*\))\s*/
// 2022年12月31日 / 1月28日(农历除夕、周二) / 6日(周日); lines are normalised to half-width （）：，0-9 first.
const DATE_TOKEN = /(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日(?:\s*\(([^()]*)\))?/g
const WEEKDAY_NOTE = /(?:周|星期)([一二三四五六日天])/

type Token = { year: number | null; month: number | null; monthWritten: boolean; day: number; note: string | null; weekday: number | null; index: number; end: number }
type Clause = { text: string; tokens: Token[] }

/** Splits at commas, full stops and semicolons that are not inside parentheses (农历正月初九，星期日). */
const clausesOf = (body: string): string[] => {
  const clauses: string[] = []
  let depth = 0
  let current = ''
  for (const char of body) {
    if (char === '(') depth++
    if (char === ')') depth = Math.max(0, depth - 1)
    if (depth === 0 && /[,。.;]/.test(char)) {
      if (current.trim()) clauses.push(current.trim())
      current = ''
    } else current += char
  }
  if (current.trim()) clauses.push(current.trim())
  return clauses
}

const tokensOf = (text: string): Token[] =>
  [...text.matchAll(DATE_TOKEN)].map((m) => {
    const weekday = m[4] ? WEEKDAY_NOTE.exec(m[4]) : null
    return {
      year: m[1] ? Number(m[1]) : null,
      month: m[2] ? Number(m[2]) : null,
      monthWritten: Boolean(m[2]),
      day: Number(m[3]),
      note: m[4]?.trim() || null,
      weekday: weekday ? (weekday[1] === '天' ? 0 : WEEKDAYS.indexOf(weekday[1] as (typeof WEEKDAYS)[number])) : null,
      index: m.index!,
      end: m.index! + m[0].length,
    }
  })

/** The clause with every date replaced by D and whitespace removed: `D至D放假调休`. */
const skeletonOf = (clause: Clause): string => {
  let out = ''
  let at = 0
  for (const token of clause.tokens) {
    out += clause.text.slice(at, token.index) + 'D'
    at = token.end
  }
  return (out + clause.text.slice(at)).replace(/\s+/g, '')
}

const iso = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

const datesBetween = (from: string, to: string): string[] => {
  const dates: string[] = []
  for (let current = from; current <= to; current = shiftDate(current, 1)) dates.push(current)
  return dates
}

class LineError extends Error {}

/** 1月2日（周三） as the notice wrote it, for messages. */
const shown = (token: Token): string =>
  `${token.year !== null ? `${token.year}年` : ''}${token.monthWritten ? `${token.month}月` : ''}${token.day}日${token.note ? `（${token.note.replace(/,/g, '，')}）` : ''}`

/** Parses the text after the colon of one item line (`二、春节：…`) into its days; throws LineError with the reason. */
const parseItem = (body: string, year: number): { holidays: string[]; workdays: string[] } => {
  const clauses: Clause[] = clausesOf(body).map((text) => ({ text, tokens: tokensOf(text) }))
  let lastMonth: number | null = null
  /** 4月4日至6日: a day without its month takes the month of the date before it. */
  const withMonths = (tokens: Token[]): Token[] =>
    tokens.map((token) => {
      const month = token.month ?? lastMonth
      if (month === null) throw new LineError(`“${shown(token)}”缺少月份`)
      lastMonth = month
      return { ...token, month }
    })
  const dateOf = (token: Token, inYear: number): string => {
    const date = iso(inYear, token.month!, token.day)
    if (!isValidDate(date)) throw new LineError(`${token.month}月${token.day}日不是有效日期`)
    return date
  }
  const verified = (token: Token, date: string): string => {
    if (token.weekday !== null && parseDate(date).getUTCDay() !== token.weekday) {
      throw new LineError(`${shown(token)}与日历不符：${date} 是${weekdayName(date)}`)
    }
    if (Math.abs(Number(date.slice(0, 4)) - year) > 1) throw new LineError(`${date} 不在 ${year} 年的安排范围内`)
    return date
  }
  /** A date without its year: the year Y−1, Y or Y+1 nearest to the line's first holiday (元旦 spans the new year). */
  const placed = (token: Token, anchor: string | null): string => {
    if (token.year !== null) return verified(token, dateOf(token, token.year))
    const candidates = [year, year - 1, year + 1].filter((y) => isValidDate(iso(y, token.month!, token.day)))
    if (candidates.length === 0 || !anchor) return verified(token, dateOf(token, year))
    const distance = (y: number) => Math.abs(parseDate(iso(y, token.month!, token.day)).getTime() - parseDate(anchor).getTime())
    return verified(token, dateOf(token, candidates.reduce((best, y) => (distance(y) < distance(best) ? y : best))))
  }
  const LIST = /^(?:D[、和及]?)+$/

  const holidays: string[] = []
  const workdays: string[] = []
  let anchor: string | null = null
  let lastRange: { label: string; days: string[] } | null = null
  let pending: Token[] = []

  for (const clause of clauses) {
    const skeleton = skeletonOf(clause)
    if (skeleton.includes('放假')) {
      const range = /^D(至|到)?(D)?放假/.exec(skeleton)
      const rangeSize = range ? (range[2] ? 2 : 1) : 0
      if (range && Boolean(range[1]) === Boolean(range[2]) && pending.length === 0 && clause.tokens.length === rangeSize) {
        const [fromToken, toToken] = withMonths(clause.tokens)
        let from = dateOf(fromToken, fromToken.year ?? year)
        let to = toToken ? dateOf(toToken, toToken.year ?? Number(from.slice(0, 4))) : from
        if (to < from) {
          // 12月31日至1月2日: the range runs into the new year.
          if (toToken.year !== null) throw new LineError(`放假起止日期颠倒：${shown(fromToken)}至${shown(toToken)}`)
          if (fromToken.year !== null) to = dateOf(toToken, Number(from.slice(0, 4)) + 1)
          else from = dateOf(fromToken, Number(from.slice(0, 4)) - 1)
        }
        verified(fromToken, from)
        if (toToken) verified(toToken, to)
        const days = datesBetween(from, to)
        if (days.length > 40) throw new LineError(`放假区间 ${from} 至 ${to} 长达 ${days.length} 天，不像节假日安排`)
        holidays.push(...days)
        anchor ??= from
        lastRange = { label: toToken ? `${shown(fromToken)}至${shown(toToken)}` : shown(fromToken), days }
      } else if (clause.tokens.length > 0 || pending.length > 0) {
        throw new LineError(`无法识别放假日期“${clause.text}”`)
      } else if (!lastRange) {
        throw new LineError('没有可识别的放假日期')
      }
    } else if (skeleton.includes('上班') || skeleton.includes('补休')) {
      const all = [...pending, ...withMonths(clause.tokens)]
      const verb = skeleton.includes('上班') ? '上班' : '补休'
      const shape = verb === '上班' ? /^(?:D[、和及]?)*(?:调休)?上班$/ : /^(?:D[、和及]?)*补休$/
      if (all.length === 0 || !shape.test(skeleton)) throw new LineError(`无法识别${verb}日期“${clause.text}”`)
      const dates = all.map((token) => placed(token, anchor))
      ;(verb === '上班' ? workdays : holidays).push(...dates)
      pending = []
    } else if (clause.tokens.length > 0 && LIST.test(skeleton)) {
      // Dates whose verb follows after a comma: 1月26日（周日），2月8日（周六）上班
      pending.push(...withMonths(clause.tokens))
    }
    // Anything else (不调休, 与周末连休, 鼓励……安排职工在除夕（2月9日）休息) says nothing about which days are off.
    const count = /(?:共|放假)(\d+|[一二三四五六七八九十]+)天/.exec(skeleton)
    if (count && lastRange && numberOf(count[1]) !== lastRange.days.length) {
      throw new LineError(`${lastRange.label}共 ${lastRange.days.length} 天，与通知所写“${count[0]}”不符`)
    }
  }
  if (pending.length > 0) throw new LineError(`无法识别日期“${pending.map(shown).join('、')}”是放假还是上班`)
  if (holidays.length === 0) throw new LineError('没有可识别的放假日期')
  return { holidays, workdays }
}

/** Full-width ASCII (（）：，０-９) to half-width, and invisible characters out, so one grammar reads both. */
const halfWidth = (line: string): string =>
  line
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[\u200b\ufeff]/g, '')
    .trim()

const ITEM_HEAD = /^([^:,。;]{1,30}):(.*)$/

export const parseHolidayNotice = (text: string, options: { year?: number } = {}): HolidayNotice => {
  const original = text.replace(/\r\n?/g, '\n').split('\n')
  const lines = original.map(halfWidth)
  const errors: NoticeError[] = []
  const result = (year: number | null, title: string | null, docNumber: string | null, holidays: NoticeDay[] = [], workdays: NoticeDay[] = []): HolidayNotice => ({
    year,
    title,
    docNumber,
    holidays: holidays.sort((a, b) => a.date.localeCompare(b.date)),
    workdays: workdays.sort((a, b) => a.date.localeCompare(b.date)),
    errors,
  })

  // The title may be broken over two lines (gov.cn prints 《…关于2024年 / 部分节假日安排的通知》).
  const joined = lines.join('')
  const titleMatch = TITLE.exec(joined)
  const docMatch = DOC_NUMBER.exec(joined)
  const docNumber = docMatch ? `国办发明电〔${docMatch[1]}〕${docMatch[2]}号` : null
  const titleLine = titleMatch ? lineOf(lines, titleMatch.index + titleMatch[0].length - 1) : 1
  const titleYear = titleMatch ? Number(titleMatch[1]) : null
  if (titleYear !== null && options.year !== undefined && titleYear !== options.year) {
    errors.push({ line: titleLine, message: `第 ${titleLine} 行：通知标题为 ${titleYear} 年，与所选的 ${options.year} 年不符。` })
    return result(null, null, docNumber)
  }
  const year = titleYear ?? options.year ?? null
  if (year === null) {
    errors.push({ line: 1, message: '第 1 行：未找到通知标题《国务院办公厅关于YYYY年部分节假日安排的通知》，无法确定年份。请粘贴包括标题在内的通知全文。' })
    return result(null, null, docNumber)
  }
  const title = `国务院办公厅关于${year}年部分节假日安排的通知`

  const holidays: NoticeDay[] = []
  const workdays: NoticeDay[] = []
  const seen = new Map<string, { kind: '放假' | '上班'; line: number }>()
  let items = 0
  lines.forEach((line, index) => {
    const number = index + 1
    if (!line || TITLE.test(line) || line.includes('部分节假日安排的通知')) return
    const numbered = NUMBERING.exec(line)
    const rest = numbered ? line.slice(numbered[0].length) : line
    const head = ITEM_HEAD.exec(rest)
    // Unnumbered lines count only when they read like an item (元旦：1月1日放假); the rest is preamble or closing text.
    if (!numbered && !(head && /\d+\s*日/.test(head[2]) && /放假|上班/.test(head[2]))) return
    const quoted = original[index].trim()
    if (!head) {
      errors.push({ line: number, message: `第 ${number} 行无法识别：${quoted}` })
      return
    }
    items++
    const name = head[1].trim()
    try {
      const days = parseItem(head[2], year)
      const add = (dates: string[], kind: '放假' | '上班', into: NoticeDay[]) => {
        for (const date of dates) {
          const earlier = seen.get(date)
          if (earlier) {
            const where = earlier.line === number ? '本行' : `第 ${earlier.line} 行`
            throw new LineError(
              earlier.kind === kind ? `${date} 已在${where}列为${kind}，重复列出` : `${date} 已在${where}列为${earlier.kind}，不能同时列为${kind}`,
            )
          }
          seen.set(date, { kind, line: number })
          into.push({ date, name, line: number })
        }
      }
      add(days.holidays, '放假', holidays)
      add(days.workdays, '上班', workdays)
    } catch (error) {
      if (!(error instanceof LineError)) throw error
      errors.push({ line: number, message: `第 ${number} 行（${name}）：${error.message}。` })
    }
  })
  if (items === 0 && errors.length === 0) {
    errors.push({ line: titleLine, message: `第 ${titleLine} 行之后未找到放假安排（应为“一、元旦：1月1日放假……”这样的条目）。` })
  }
  return errors.length > 0 ? result(year, title, docNumber) : result(year, title, docNumber, holidays, workdays)
}

/** The 1-based line holding character `offset` of the lines joined without separators. */
const lineOf = (lines: string[], offset: number): number => {
  let at = 0
  for (let i = 0; i < lines.length; i++) {
    at += lines[i].length
    if (offset < at) return i + 1
  }
  return lines.length
}
