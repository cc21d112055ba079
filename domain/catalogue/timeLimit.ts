/**
 * 公开时限 of a 标准目录 事项, parsed from its text into a structured deadline (the text stays as written). The phrases
 * are those of the 26 领域's 标准指引 and the county catalogues built on them: "信息形成或者变更之日起20个工作日内",
 * "7个工作日内", "5日内", "及时公开", "实时更新", "长期公开", "每年1月31日前".
 */
export const DEADLINE_KINDS = [
  { value: 'working-days', label: '工作日' },
  { value: 'calendar-days', label: '自然日' },
  { value: 'annual-date', label: '每年固定日期前' },
  { value: 'immediate', label: '及时/实时（无固定天数）' },
  { value: 'standing', label: '长期/常态化公开' },
  { value: 'unparsed', label: '未能识别' },
] as const
export type DeadlineKind = (typeof DEADLINE_KINDS)[number]['value']

export type ParsedTimeLimit = {
  kind: DeadlineKind
  /** Days to count from the start (working or calendar days), for `working-days` and `calendar-days`. */
  days: number | null
  /** `MM-dd` of the yearly date, for `annual-date`. */
  annualDate: string | null
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** "20", "２０", "二十", "十五", "三" → the number; null when it is none of them. */
export const parseCount = (text: string): number | null => {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  if (/^\d+$/.test(ascii)) return Number(ascii)
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text)
  if (!m || (!m[1] && !m[2] && !m[3])) return null
  if (!m[2]) return m[3] ? null : DIGITS[m[1]!]!
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0)
}

const NUMBER = '([0-9０-９]+|[一二两三四五六七八九十]+)'
const WORKING = new RegExp(`${NUMBER}\\s*个?\\s*工作日`)
const CALENDAR = new RegExp(`${NUMBER}\\s*(?:个)?\\s*(?:自然日|日|天)(?:内|之内|以内)`)
const ANNUAL = new RegExp(`每年\\s*${NUMBER}\\s*月\\s*${NUMBER}\\s*日`)

/** Durations that are not deadlines: a notice shown "不少于10个工作日", "公告期限为5个工作日", "公示7天". */
const DURATION = new RegExp(`(?:不少于|不得少于|期限为|公示期为?|公示)${NUMBER}个?(?:工作日|自然日|日|天)`, 'g')

export const parseTimeLimit = (text: string | null | undefined): ParsedTimeLimit => {
  const t = (text ?? '').replace(/\s+/g, '').replace(DURATION, '')
  const none = { days: null, annualDate: null }
  // The first number that counts days wins: "20个工作日内…其中行政许可7个工作日内" is the general 20.
  const working = WORKING.exec(t)
  const calendar = CALENDAR.exec(t)
  const first = working && calendar ? (working.index <= calendar.index ? 'working' : 'calendar') : working ? 'working' : calendar ? 'calendar' : null
  if (first) {
    const days = parseCount((first === 'working' ? working : calendar)![1]!)
    if (days !== null && days > 0) return { kind: first === 'working' ? 'working-days' : 'calendar-days', days, annualDate: null }
  }
  const annual = ANNUAL.exec(t)
  if (annual) {
    const month = parseCount(annual[1]!)
    const day = parseCount(annual[2]!)
    if (month && day && month <= 12 && day <= 31) return { kind: 'annual-date', days: null, annualDate: `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` }
  }
  // "长期公开，信息变更后及时更新" is standing: the 及时 is about its updates.
  if (/长期|常态|持续|动态更新|常年/.test(t)) return { kind: 'standing', ...none }
  if (/即时|及时|实时|随时|第一时间|当日|当天/.test(t)) return { kind: 'immediate', ...none }
  return { kind: 'unparsed', ...none }
}

/** A deadline the audit counts (days from the information's 形成/变更), or null when the 时限 gives no number of days. */
export const countableDeadline = (parsed: Pick<ParsedTimeLimit, 'kind' | 'days'>): { days: number; dayType: 'working' | 'calendar' } | null =>
  parsed.days && parsed.days > 0 && (parsed.kind === 'working-days' || parsed.kind === 'calendar-days')
    ? { days: parsed.days, dayType: parsed.kind === 'working-days' ? 'working' : 'calendar' }
    : null
