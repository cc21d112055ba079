/**
 * The legal clock of an application for disclosure (依申请公开), in working days on the official calendar.
 *
 * - 条例30: a request for 补正 goes out within 7 working days of receipt, once, with a reasonable period; the reply
 *   period then counts from the day the corrected application arrives; an applicant who lets the period pass
 *   without good reason is taken to have given the application up.
 * - 条例33: the reply is due within 20 working days of receipt (or on the spot); an extension, approved by the head of
 *   the disclosure office and notified to the applicant, adds at most 20 working days; the time spent consulting a
 *   third party or another authority is not counted.
 * - 条例32: a consulted third party has 15 working days to answer.
 * - 条例35: for applications far beyond a reasonable number or frequency, the authority may set a later, reasonable
 *   date for its reply and tell the applicant.
 * - 条例42 and 国办函〔2020〕109号《政府信息公开信息处理费管理办法》: when a 信息处理费 is charged, the applicant pays within
 *   20 working days of the 收费通知, or is taken to have given the application up (table 三 (六)2 逾期未缴费); the days
 *   from the notice to the payment are not counted in the reply period.
 *
 * "Within N working days of" a day does not count that day (期间开始之日不计算在期间内). Every limit is a setting.
 * A date in a year the calendar does not know yet gives bounds (earliest, latest) rather than a guess.
 */
import { type CountBounds, type DateBounds, type WorkingDayCalendar } from '../calendar'
import { RULES_DEFAULTS } from '../rulesDefaults'

export type ClockSettings = {
  /** 条例33: working days to reply, counted from receipt (or from the corrected application). */
  replyDays: number
  /** 条例33: the most working days one extension may add. */
  extensionMaxDays: number
  /** 条例30: working days from receipt within which the one 补正 request must go out. */
  correctionNoticeDays: number
  /** 条例30: the "reasonable period" given for the correction, in working days, unless the request names another. */
  correctionPeriodDays: number
  /** 条例32: working days a consulted third party has to answer. */
  thirdPartyDays: number
  /** The audit's early warning: this many working days before the reply is due. */
  warnDaysBefore: number
  /** 国办函〔2020〕109号: working days after the 收费通知 within which the fee is paid. */
  feePaymentDays: number
}

export const CLOCK_DEFAULTS: ClockSettings = {
  replyDays: RULES_DEFAULTS.applications.replyWorkingDays,
  extensionMaxDays: RULES_DEFAULTS.applications.extensionWorkingDays,
  correctionNoticeDays: 7,
  correctionPeriodDays: 15,
  thirdPartyDays: 15,
  warnDaysBefore: 3,
  feePaymentDays: 20,
}

/**
 * The limits from a settings group (`replyWorkingDays`, `extensionWorkingDays`, `correctionNoticeWorkingDays`,
 * `correctionPeriodWorkingDays`, `thirdPartyWorkingDays`, `warnWorkingDaysBefore`, `feePaymentWorkingDays`, positive
 * whole numbers) over the defaults; anything else in the group is ignored.
 */
export const clockSettingsFrom = (group: Record<string, unknown> | null | undefined): ClockSettings => {
  const positive = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback)
  return {
    ...CLOCK_DEFAULTS,
    replyDays: positive(group?.replyWorkingDays, CLOCK_DEFAULTS.replyDays),
    extensionMaxDays: positive(group?.extensionWorkingDays, CLOCK_DEFAULTS.extensionMaxDays),
    correctionNoticeDays: positive(group?.correctionNoticeWorkingDays, CLOCK_DEFAULTS.correctionNoticeDays),
    correctionPeriodDays: positive(group?.correctionPeriodWorkingDays, CLOCK_DEFAULTS.correctionPeriodDays),
    thirdPartyDays: positive(group?.thirdPartyWorkingDays, CLOCK_DEFAULTS.thirdPartyDays),
    warnDaysBefore: positive(group?.warnWorkingDaysBefore, CLOCK_DEFAULTS.warnDaysBefore),
    feePaymentDays: positive(group?.feePaymentWorkingDays, CLOCK_DEFAULTS.feePaymentDays),
  }
}

/** Who was consulted (条例32 第三方; 其他机关): neither counts against the reply period. */
export type ConsultedParty = 'third-party' | 'agency'

/** One fact of the application's history, dated in Beijing time (`yyyy-MM-dd`). */
export type ClockEvent =
  | { type: 'received'; date: string }
  | { type: 'correction-requested'; date: string; periodDays?: number }
  | { type: 'correction-received'; date: string }
  | { type: 'extended'; date: string; days: number }
  | { type: 'consultation-started'; date: string; party: ConsultedParty }
  | { type: 'consultation-ended'; date: string; party: ConsultedParty }
  | { type: 'delayed'; date: string; until: string }
  | { type: 'fee-notified'; date: string }
  | { type: 'fee-paid'; date: string }
  | { type: 'answered'; date: string }

/** `abandoned`: the 补正 period passed (条例30); `unpaid`: the fee's period passed (国办函〔2020〕109号). */
export type ClockPhase = 'running' | 'awaiting-correction' | 'consulting' | 'awaiting-payment' | 'answered' | 'abandoned' | 'unpaid'

export type ClockState = {
  phase: ClockPhase
  receivedAt: string
  /** The day the reply period counts from: receipt, or the day the corrected application arrived. */
  countsFrom: string | null
  /** 条例30: the last day for the 补正 request. */
  correctionNoticeDue: DateBounds
  /** Whether the 补正 request went out after `correctionNoticeDue` (null: none sent, or a bound says "maybe"). */
  correctionNoticeLate: boolean | null
  /** While a correction is awaited: the last day of the period given. */
  correctionDue: DateBounds | null
  /** The reply's last day; null while a correction is awaited. During a consultation, as of `today`. */
  replyDue: DateBounds | null
  /** 条例35: a later date set for the reply, when there is one. */
  delayedUntil: string | null
  extendedDays: number
  /** Working days not counted (consultations), so far. */
  pausedWorkingDays: CountBounds
  /** While a third party is consulted: its last day to answer (条例32). */
  thirdPartyDue: DateBounds | null
  /** While a 收费通知 is unpaid: the last day to pay. */
  feeDue: DateBounds | null
  answeredAt: string | null
  /** Whether the reply was (or, unanswered, is by `today`) later than `replyDue`; null when a bound says "maybe". */
  late: boolean | null
}

/** Why a history cannot be, in Chinese; empty when it can. Checked before an action is recorded. */
export const clockProblems = (events: readonly ClockEvent[], settings: ClockSettings = CLOCK_DEFAULTS): string[] => {
  const problems: string[] = []
  if (events[0]?.type !== 'received') return ['申请记录应以“收到申请”开始']
  let previous = events[0].date
  let corrections = 0
  let awaitingCorrection = false
  let extensions = 0
  let consulting: ConsultedParty | null = null
  let fees = 0
  let awaitingPayment = false
  let answered = false
  for (const event of events.slice(1)) {
    if (event.date < previous) problems.push(`办理记录的日期不能早于前一步（${event.date} 早于 ${previous}）`)
    previous = event.date
    if (awaitingPayment && (event.type === 'consultation-started' || event.type === 'extended' || event.type === 'correction-requested')) {
      problems.push('待缴费期间不能办理此事项')
    }
    if (answered) {
      problems.push('申请已答复，不能再办理')
      break
    }
    switch (event.type) {
      case 'received':
        problems.push('一件申请只能收到一次')
        break
      case 'correction-requested':
        corrections++
        if (corrections > 1) problems.push('补正应一次性告知，不能再次要求补正（条例第三十条）')
        if (event.periodDays !== undefined && (!Number.isInteger(event.periodDays) || event.periodDays < 1)) problems.push('补正期限应为正整数个工作日')
        awaitingCorrection = true
        break
      case 'correction-received':
        if (!awaitingCorrection) problems.push('没有待补正的事项，不能登记收到补正')
        awaitingCorrection = false
        break
      case 'extended':
        extensions++
        if (extensions > 1) problems.push('答复期限只能延长一次（条例第三十三条）')
        if (!Number.isInteger(event.days) || event.days < 1 || event.days > settings.extensionMaxDays) {
          problems.push(`延长的期限应为 1 至 ${settings.extensionMaxDays} 个工作日（条例第三十三条）`)
        }
        if (awaitingCorrection) problems.push('待补正期间不能延期')
        break
      case 'consultation-started':
        if (consulting) problems.push('正在征求意见，不能再次开始')
        if (awaitingCorrection) problems.push('待补正期间不能征求意见')
        consulting = event.party
        break
      case 'consultation-ended':
        if (consulting !== event.party) problems.push('没有进行中的该项征求意见')
        consulting = null
        break
      case 'delayed':
        if (event.until <= event.date) problems.push('延迟答复的日期应晚于决定之日')
        break
      case 'fee-notified':
        fees++
        if (fees > 1) problems.push('一件申请只发一次收费通知')
        if (awaitingCorrection) problems.push('待补正期间不能发收费通知')
        if (consulting) problems.push('征求意见期间不能发收费通知')
        awaitingPayment = true
        break
      case 'fee-paid':
        if (!awaitingPayment) problems.push('没有待缴的信息处理费，不能登记缴费')
        awaitingPayment = false
        break
      case 'answered':
        if (awaitingCorrection) problems.push('待补正期间不能答复，请先登记收到补正或按逾期不补正办结')
        if (awaitingPayment) problems.push('信息处理费未缴纳，不能答复；逾期未缴纳的按逾期未缴费办结')
        answered = true
        break
    }
  }
  return problems
}

const exact = (date: string): DateBounds => ({ earliest: date, latest: date })

/** Compares a day with bounds: true when surely after, false when surely not, null when a bound says "maybe". */
const after = (day: string, bounds: DateBounds): boolean | null => {
  if (day <= bounds.earliest) return false
  if (bounds.latest !== null && day > bounds.latest) return true
  return null
}

/**
 * The day `n` working days after `start`, the days inside `pauses` ((from, to]: a consultation) not counted; an
 * unknown year gives bounds as `addWorkingDaysBounds` does, reading every day of one walk the same way.
 */
const dueAfter = (calendar: WorkingDayCalendar, start: string, n: number, pauses: ReadonlyArray<readonly [string, string]>): DateBounds =>
  calendar.addWorkingDaysBounds(start, n, (day) => pauses.some(([from, to]) => day > from && day <= to))

/**
 * The clock as of `today` (Beijing date). `events` must pass `clockProblems`; they are read in order.
 */
export const clockState = (events: readonly ClockEvent[], calendar: WorkingDayCalendar, today: string, settings: ClockSettings = CLOCK_DEFAULTS): ClockState => {
  const problems = clockProblems(events, settings)
  if (problems.length > 0) throw new RangeError(problems.join('；'))
  const receivedAt = events[0]!.date
  const correctionNoticeDue = calendar.addWorkingDaysBounds(receivedAt, settings.correctionNoticeDays)
  let countsFrom: string | null = receivedAt
  let correctionNoticeLate: boolean | null = null
  let correctionDue: DateBounds | null = null
  let extendedDays = 0
  let delayedUntil: string | null = null
  let paused: CountBounds = { min: 0, max: 0 }
  let consulting: { since: string; party: ConsultedParty } | null = null
  let feeNotified: string | null = null
  let pauses: Array<readonly [string, string]> = []
  let answeredAt: string | null = null

  for (const event of events.slice(1)) {
    switch (event.type) {
      case 'correction-requested':
        correctionNoticeLate = after(event.date, correctionNoticeDue)
        correctionDue = calendar.addWorkingDaysBounds(event.date, event.periodDays ?? settings.correctionPeriodDays)
        countsFrom = null
        break
      case 'correction-received':
        // The reply period starts over; nothing before the correction counts any more.
        countsFrom = event.date
        correctionDue = null
        paused = { min: 0, max: 0 }
        pauses = []
        extendedDays = 0
        break
      case 'extended':
        extendedDays = event.days
        break
      case 'consultation-started':
        consulting = { since: event.date, party: event.party }
        break
      case 'consultation-ended': {
        const spent = calendar.workingDaysBetweenBounds(consulting!.since, event.date)
        paused = { min: paused.min + spent.min, max: paused.max + spent.max }
        pauses.push([consulting!.since, event.date])
        consulting = null
        break
      }
      case 'delayed':
        delayedUntil = event.until
        break
      case 'fee-notified':
        feeNotified = event.date
        break
      case 'fee-paid': {
        // From the notice to the payment is not counted, like a consultation.
        const spent = calendar.workingDaysBetweenBounds(feeNotified!, event.date)
        paused = { min: paused.min + spent.min, max: paused.max + spent.max }
        pauses.push([feeNotified!, event.date])
        feeNotified = null
        break
      }
      case 'answered':
        answeredAt = event.date
        break
    }
  }

  let feeDue: DateBounds | null = null
  if (feeNotified && !answeredAt) {
    const until = today > feeNotified ? today : feeNotified
    const soFar = calendar.workingDaysBetweenBounds(feeNotified, until)
    paused = { min: paused.min + soFar.min, max: paused.max + soFar.max }
    pauses.push([feeNotified, until])
    feeDue = calendar.addWorkingDaysBounds(feeNotified, settings.feePaymentDays)
  }

  let thirdPartyDue: DateBounds | null = null
  if (consulting && !answeredAt) {
    // Still consulting: the days so far are not counted either, so the due date moves on with today.
    const until = today > consulting.since ? today : consulting.since
    const soFar = calendar.workingDaysBetweenBounds(consulting.since, until)
    paused = { min: paused.min + soFar.min, max: paused.max + soFar.max }
    pauses.push([consulting.since, until])
    if (consulting.party === 'third-party') thirdPartyDue = calendar.addWorkingDaysBounds(consulting.since, settings.thirdPartyDays)
  }

  const replyDue: DateBounds | null =
    countsFrom === null
      ? null
      : delayedUntil
        ? exact(delayedUntil)
        : dueAfter(calendar, countsFrom, settings.replyDays + extendedDays, pauses)

  const abandoned = countsFrom === null && correctionDue !== null && after(today, correctionDue) === true
  const unpaid = feeDue !== null && after(today, feeDue) === true
  const phase: ClockPhase = answeredAt
    ? 'answered'
    : abandoned
      ? 'abandoned'
      : countsFrom === null
        ? 'awaiting-correction'
        : unpaid
          ? 'unpaid'
          : feeDue
            ? 'awaiting-payment'
            : consulting
              ? 'consulting'
              : 'running'
  const late = replyDue === null || phase === 'abandoned' || phase === 'unpaid' ? null : after(answeredAt ?? today, replyDue)

  return {
    phase,
    receivedAt,
    countsFrom,
    correctionNoticeDue,
    correctionNoticeLate,
    correctionDue,
    replyDue,
    delayedUntil,
    extendedDays,
    pausedWorkingDays: paused,
    thirdPartyDue,
    feeDue,
    answeredAt,
    late,
  }
}

/**
 * What the daily audit says of an open application as of `today`: red when the reply is overdue or the 补正 request
 * went out after its last day; yellow when the reply's last day is at most `warnDaysBefore` working days away (with
 * an unknown year in between, as soon as it may be); else nothing. Answered, abandoned and unpaid applications, and
 * those waiting for the fee (the clock stands still), say nothing.
 */
export const clockAlert = (state: ClockState, calendar: WorkingDayCalendar, today: string, settings: ClockSettings = CLOCK_DEFAULTS): 'red' | 'yellow' | null => {
  if (state.phase === 'answered' || state.phase === 'abandoned' || state.phase === 'unpaid' || state.phase === 'awaiting-payment') return null
  if (state.correctionNoticeLate === true) return 'red'
  if (!state.replyDue) return null
  if (state.late === true) return 'red'
  // Days left to the earliest possible last day, counted as that day was found (a day nobody has entered as working).
  const left = calendar.workingDaysBetweenBounds(today, state.replyDue.earliest)
  return left.max <= settings.warnDaysBefore ? 'yellow' : null
}
