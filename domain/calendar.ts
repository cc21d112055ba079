/**
 * The official working-day calendar (工作日历): PRC public holidays and make-up working days (调休) from
 * chinese-days, with administrators' overrides taking precedence. chinese-days silently treats a year it does
 * not know as plain Monday–Friday; this module refuses instead, with a Chinese error naming the year, unless the
 * administrators have entered that year's arrangement as overrides.
 *
 * Dates are calendar dates `YYYY-MM-DD` in the portal's time zone (default Asia/Shanghai); `localDate` turns an
 * instant into one.
 */
import chineseDays from 'chinese-days'

export type DayKind = 'holiday' | 'workday'
export type CalendarOverride = { date: string; kind: DayKind; note?: string | null }

export const DAY_KINDS: ReadonlyArray<{ value: DayKind; label: string }> = [
  { value: 'holiday', label: '放假（休息日）' },
  { value: 'workday', label: '上班（工作日）' },
]

export class CalendarNotCoveredError extends Error {
  readonly year: number
  constructor(year: number) {
    super(
      `工作日历未包含 ${year} 年的节假日安排，无法按工作日计算时限。请管理员在“系统管理 → 节假日调整”中录入 ${year} 年国务院办公厅公布的放假和调休日期。`,
    )
    this.name = 'CalendarNotCoveredError'
    this.year = year
  }
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** Parses `YYYY-MM-DD` strictly (no 2026-02-30); throws a Chinese error otherwise. */
export const parseDate = (date: string): Date => {
  const match = DATE_PATTERN.exec(date)
  const parsed = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null
  if (!parsed || parsed.toISOString().slice(0, 10) !== date) throw new RangeError(`日期格式应为 YYYY-MM-DD：${date}`)
  return parsed
}

export const isValidDate = (date: string): boolean => {
  try {
    parseDate(date)
    return true
  } catch {
    return false
  }
}

export const shiftDate = (date: string, days: number): string => {
  const parsed = parseDate(date)
  parsed.setUTCDate(parsed.getUTCDate() + days)
  return parsed.toISOString().slice(0, 10)
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((parseDate(to).getTime() - parseDate(from).getTime()) / 86_400_000)

const formatters = new Map<string, Intl.DateTimeFormat>()

/** The calendar date of an instant in a time zone. */
export const localDate = (instant: Date | string, timeZone = 'Asia/Shanghai'): string => {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    formatters.set(timeZone, formatter)
  }
  return formatter.format(typeof instant === 'string' ? new Date(instant) : instant)
}

/** The first instant of a calendar date in a time zone (handles any UTC offset, including DST zones). */
export const startOfLocalDay = (date: string, timeZone = 'Asia/Shanghai'): Date => {
  const midnightUtc = parseDate(date).getTime()
  // The zone's offset at that moment; one correction step covers offset changes on the day itself.
  let guess = midnightUtc
  for (let step = 0; step < 2; step++) {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(new Date(guess))
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value)
    const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
    guess = midnightUtc - (asUtc - guess)
  }
  return new Date(guess)
}

/** The last millisecond of a calendar date in a time zone: a deadline "on" that date. */
export const endOfLocalDay = (date: string, timeZone = 'Asia/Shanghai'): Date =>
  new Date(startOfLocalDay(shiftDate(date, 1), timeZone).getTime() - 1)

/** Years chinese-days knows: any weekday holiday in the year means the State Council's arrangement is in its data. */
const libraryYears = new Map<number, boolean>()
const libraryCovers = (year: number): boolean => {
  let known = libraryYears.get(year)
  if (known === undefined) {
    known = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0
    libraryYears.set(year, known)
  }
  return known
}

/** The last year chinese-days holds (its data runs contiguously from 2004). */
let libraryLastYear: number | null = null
const lastLibraryYear = (): number => {
  if (libraryLastYear === null) {
    let year = 2004
    while (libraryCovers(year + 1)) year++
    libraryLastYear = year
  }
  return libraryLastYear
}

/**
 * A date that an unknown year may move: `earliest` is certain to be on or before the true date, `latest` on or
 * after it, or null when it lies somewhere beyond every year the calendar knows. Exact when the two are equal.
 */
export type DateBounds = { earliest: string; latest: string | null }
/** A count of working days that an unknown year may change: the true count lies in [min, max]. */
export type CountBounds = { min: number; max: number }

/** How far a bounded walk goes through unknown days before it gives up on an upper bound (about ten years). */
const MAX_UNKNOWN_WALK = 3700

export class WorkingDayCalendar {
  private readonly overrides: Map<string, CalendarOverride>
  private readonly overrideYears: Set<number>

  /** `overrides` come from the 节假日调整 collection; entering any date of a year declares that year's arrangement known. */
  constructor(overrides: ReadonlyArray<CalendarOverride> = []) {
    this.overrides = new Map()
    this.overrideYears = new Set()
    for (const override of overrides) {
      parseDate(override.date)
      this.overrides.set(override.date, override)
      this.overrideYears.add(Number(override.date.slice(0, 4)))
    }
  }

  /** Whether the calendar can answer for a year (library data or administrators' entries). */
  covers(year: number): boolean {
    return this.overrideYears.has(year) || libraryCovers(year)
  }

  private assertCovered(date: string): void {
    const year = Number(date.slice(0, 4))
    if (!this.covers(year)) throw new CalendarNotCoveredError(year)
  }

  /** The last year the calendar knows (the library's last year, or a later year entered by the administrators). */
  lastKnownYear(): number {
    return Math.max(lastLibraryYear(), ...this.overrideYears)
  }

  /** 是否工作日, or null when the day's year is known neither to the library nor to the administrators. */
  workingDayOrUnknown(date: string): boolean | null {
    parseDate(date)
    const override = this.overrides.get(date)
    if (override) return override.kind === 'workday'
    return this.covers(Number(date.slice(0, 4))) ? this.isWorkingDay(date) : null
  }

  /**
   * `addWorkingDays` when the count may run into a year nobody knows yet. Unknown days count as working days for
   * the earliest possible date and as rest days for the latest, so a rule can still decide "passed" or "not yet"
   * whenever today falls outside the two bounds. Days for which `skip` is true are not counted at all (a period that
   * stops the count, such as a consultation).
   */
  addWorkingDaysBounds(date: string, n: number, skip: (date: string) => boolean = () => false): DateBounds {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`工作日数应为非负整数：${n}`)
    parseDate(date)
    const walk = (unknownCounts: boolean): string | null => {
      let current = date
      let remaining = n
      let unknownDays = 0
      while (remaining > 0) {
        current = shiftDate(current, 1)
        if (skip(current)) continue
        const working = this.workingDayOrUnknown(current)
        if (working === null) {
          unknownDays++
          if (!unknownCounts && (Number(current.slice(0, 4)) > this.lastKnownYear() || unknownDays > MAX_UNKNOWN_WALK)) return null
        }
        if (working ?? unknownCounts) remaining--
      }
      return current
    }
    return { earliest: walk(true)!, latest: walk(false) }
  }

  /** `workingDaysBetween` when the interval may cross unknown days: each of them may or may not be a working day. */
  workingDaysBetweenBounds(from: string, to: string): CountBounds {
    let min = 0
    let unknown = 0
    for (let current = shiftDate(from, 1); current <= to; current = shiftDate(current, 1)) {
      const working = this.workingDayOrUnknown(current)
      if (working === null) unknown++
      else if (working) min++
    }
    return { min, max: min + unknown }
  }

  /** 是否工作日: an override wins; otherwise the official calendar; a year neither knows is an error. */
  isWorkingDay(date: string): boolean {
    parseDate(date)
    const override = this.overrides.get(date)
    if (override) return override.kind === 'workday'
    this.assertCovered(date)
    if (this.overrideYears.has(Number(date.slice(0, 4))) && !libraryCovers(Number(date.slice(0, 4)))) {
      // A year known only through overrides: the listed dates are the exceptions, the rest is Monday–Friday.
      const weekday = parseDate(date).getUTCDay()
      return weekday !== 0 && weekday !== 6
    }
    return chineseDays.isWorkday(date)
  }

  /** What the day is, for display: 工作日 / 休息日, and the holiday's name or the override's note. */
  describe(date: string): { date: string; working: boolean; name: string | null; source: 'override' | 'official' } {
    const override = this.overrides.get(date)
    if (override) return { date, working: override.kind === 'workday', name: override.note ?? null, source: 'override' }
    const working = this.isWorkingDay(date)
    const detail = chineseDays.getDayDetail(date) as { name?: string }
    const chineseName = detail.name?.split(',')[1]
    return { date, working, name: chineseName ?? null, source: 'official' }
  }

  /**
   * The date `n` working days after `date` (the start day itself is not counted, as in "within N working days
   * of issue"). `n = 0` gives the date itself.
   */
  addWorkingDays(date: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`工作日数应为非负整数：${n}`)
    let current = date
    parseDate(current)
    let remaining = n
    while (remaining > 0) {
      current = shiftDate(current, 1)
      if (this.isWorkingDay(current)) remaining--
    }
    return current
  }

  /** Working days in the interval (from, to]: 0 when `to` is not after `from`. */
  workingDaysBetween(from: string, to: string): number {
    let count = 0
    for (let current = shiftDate(from, 1); current <= to; current = shiftDate(current, 1)) {
      if (this.isWorkingDay(current)) count++
    }
    return count
  }
}

export type DeadlineRule = { days: number; dayType: 'calendar' | 'working' }

/** The date a deadline of `rule` falls on when counting from `date`. */
export const deadlineDate = (calendar: WorkingDayCalendar, date: string, rule: DeadlineRule): string =>
  rule.dayType === 'working' ? calendar.addWorkingDays(date, rule.days) : shiftDate(date, rule.days)

/** `deadlineDate` as bounds, for deadlines that may fall in a year the calendar does not know yet. */
export const deadlineBounds = (calendar: WorkingDayCalendar, date: string, rule: DeadlineRule): DateBounds => {
  if (rule.dayType === 'working') return calendar.addWorkingDaysBounds(date, rule.days)
  const exact = shiftDate(date, rule.days)
  return { earliest: exact, latest: exact }
}

export const isExact = (bounds: DateBounds): boolean => bounds.latest === bounds.earliest

/**
 * Whether `today` is after a bounded date (a deadline day has passed): true or false when the known days decide
 * it, null when the answer depends on a year the calendar does not know yet.
 */
export const isAfterBounds = (today: string, bounds: DateBounds): boolean | null => {
  if (bounds.latest !== null && today > bounds.latest) return true
  if (today <= bounds.earliest) return false
  return null
}

/** Whether `today` is on or after a bounded date (a warning day has come), or null when an unknown year decides it. */
export const isOnOrAfterBounds = (today: string, bounds: DateBounds): boolean | null => {
  if (bounds.latest !== null && today >= bounds.latest) return true
  if (today < bounds.earliest) return false
  return null
}

/**
 * The cut-offs of an "overdue" range query when deadlines may run into unknown years: every start on or before
 * `certain` has certainly passed its deadline by `today`; starts after it and on or before `possible` may have,
 * depending on a year the calendar does not know (both null when no start within 400 days qualifies).
 */
export const overdueStartCuts = (calendar: WorkingDayCalendar, today: string, rule: DeadlineRule): { certain: string | null; possible: string | null } => {
  let certain: string | null = null
  let possible: string | null = null
  for (let back = 1; back <= 400 && certain === null; back++) {
    const start = shiftDate(today, -back)
    const bounds = deadlineBounds(calendar, start, rule)
    if (possible === null && bounds.earliest < today) possible = start
    if (bounds.latest !== null && bounds.latest < today) certain = start
  }
  return { certain, possible }
}

/**
 * The latest start date whose deadline has already passed on `today` (deadline date < today), or null when
 * none can be found within a year back. Deadlines are monotonic in their start date, so a cut-off turns an
 * "overdue" question into one indexed range query.
 */
export const latestOverdueStart = (calendar: WorkingDayCalendar, today: string, rule: DeadlineRule): string | null =>
  overdueStartCuts(calendar, today, rule).certain
