/**
 * domain/applications/clock.ts: the 依申请公开 clock at its boundaries on the official calendar (2026, whose Spring
 * Festival runs 15–23 February with 14 and 28 February worked), and into 2027, a year the calendar does not know.
 */
import { WorkingDayCalendar } from '../../../domain/calendar'
import { CLOCK_DEFAULTS, clockAlert, clockProblems, clockSettingsFrom, clockState, type ClockEvent } from '../../../domain/applications/clock'

const calendar = new WorkingDayCalendar()
const received = (date: string): ClockEvent => ({ type: 'received', date })

describe('the reply period (条例33)', () => {
  it('is 20 working days from receipt, the day of receipt not counted', () => {
    const state = clockState([received('2026-03-02')], calendar, '2026-03-02')
    expect(state.replyDue).toEqual({ earliest: '2026-03-30', latest: '2026-03-30' })
    expect(state.phase).toBe('running')
  })

  it('runs across Spring Festival: the holiday does not count, the worked Saturdays do', () => {
    // 11–14 Feb (4), 24–28 Feb (5), 2–13 Mar (10), 16 Mar (the 20th).
    expect(clockState([received('2026-02-10')], calendar, '2026-02-10').replyDue).toEqual({ earliest: '2026-03-16', latest: '2026-03-16' })
  })

  it('is on time on its last day and late the day after', () => {
    const events: ClockEvent[] = [received('2026-03-02'), { type: 'answered', date: '2026-03-30' }]
    expect(clockState(events, calendar, '2026-04-10').late).toBe(false)
    expect(clockState([received('2026-03-02'), { type: 'answered', date: '2026-03-31' }], calendar, '2026-04-10').late).toBe(true)
    expect(clockState([received('2026-03-02')], calendar, '2026-03-30').late).toBe(false)
    expect(clockState([received('2026-03-02')], calendar, '2026-03-31').late).toBe(true)
  })

  it('runs into a year the calendar does not know: an earliest day and no certain latest, never a guess', () => {
    const state = clockState([received('2026-12-10')], calendar, '2026-12-10')
    expect(state.replyDue?.earliest).toBe('2027-01-05')
    expect(state.replyDue?.latest).toBeNull()
    // Before the earliest possible day it is surely not late; after it, maybe.
    expect(clockState([received('2026-12-10')], calendar, '2027-01-05').late).toBe(false)
    expect(clockState([received('2026-12-10')], calendar, '2027-01-06').late).toBeNull()
  })

  it('takes a year the administrators entered into the calendar', () => {
    // 2027 known from one entered override: Monday to Friday except the listed days.
    const known = new WorkingDayCalendar([{ date: '2027-01-01', kind: 'holiday', note: '元旦' }])
    const state = clockState([received('2026-12-10')], known, '2026-12-10')
    // 11 Dec–31 Dec 2026: 15 working days; 1 Jan 2027 a holiday; 4–8 Jan: the 20th is 8 Jan.
    expect(state.replyDue).toEqual({ earliest: '2027-01-08', latest: '2027-01-08' })
  })
})

describe('the extension (条例33)', () => {
  it('adds its working days, once, at most 20', () => {
    const events: ClockEvent[] = [received('2026-03-02'), { type: 'extended', date: '2026-03-20', days: 20 }]
    expect(clockState(events, calendar, '2026-03-20').replyDue).toEqual({ earliest: '2026-04-28', latest: '2026-04-28' })
    expect(clockProblems([...events, { type: 'extended', date: '2026-03-21', days: 5 }])).toContain('答复期限只能延长一次（条例第三十三条）')
    expect(clockProblems([received('2026-03-02'), { type: 'extended', date: '2026-03-20', days: 21 }])[0]).toMatch(/1 至 20 个工作日/)
    expect(clockProblems([received('2026-03-02'), { type: 'extended', date: '2026-03-20', days: 20 }])).toEqual([])
  })

  it('follows the setting', () => {
    const settings = { ...CLOCK_DEFAULTS, extensionMaxDays: 15 }
    expect(clockProblems([received('2026-03-02'), { type: 'extended', date: '2026-03-20', days: 16 }], settings)[0]).toMatch(/1 至 15 个工作日/)
  })
})

describe('补正 (条例30)', () => {
  const requested = (date: string, periodDays?: number): ClockEvent => ({ type: 'correction-requested', date, periodDays })

  it('must go out within 7 working days of receipt: on the 7th on time, on the 8th late', () => {
    // 2026-12-01 + 7 working days = 2026-12-10.
    expect(clockState([received('2026-12-01'), requested('2026-12-10')], calendar, '2026-12-10').correctionNoticeLate).toBe(false)
    expect(clockState([received('2026-12-01'), requested('2026-12-11')], calendar, '2026-12-11').correctionNoticeLate).toBe(true)
  })

  it('stops the reply clock until the corrected application arrives, then counts 20 working days from that day', () => {
    const waiting = clockState([received('2026-03-02'), requested('2026-03-05')], calendar, '2026-03-20')
    expect(waiting.phase).toBe('awaiting-correction')
    expect(waiting.replyDue).toBeNull()
    const corrected = clockState([received('2026-03-02'), requested('2026-03-05'), { type: 'correction-received', date: '2026-03-16' }], calendar, '2026-03-16')
    expect(corrected.countsFrom).toBe('2026-03-16')
    expect(corrected.replyDue).toEqual({ earliest: '2026-04-14', latest: '2026-04-14' })
  })

  it('is given once: a second request is refused', () => {
    const events: ClockEvent[] = [received('2026-03-02'), requested('2026-03-03'), { type: 'correction-received', date: '2026-03-04' }, requested('2026-03-05')]
    expect(clockProblems(events)).toContain('补正应一次性告知，不能再次要求补正（条例第三十条）')
  })

  it('lapses after its period: on the last day still awaited, the day after abandoned', () => {
    // Requested 2026-03-05 with the default 15 working days: the last day is 2026-03-26.
    expect(clockState([received('2026-03-02'), requested('2026-03-05')], calendar, '2026-03-26').phase).toBe('awaiting-correction')
    expect(clockState([received('2026-03-02'), requested('2026-03-05')], calendar, '2026-03-27').phase).toBe('abandoned')
    // A period of its own.
    expect(clockState([received('2026-03-02'), requested('2026-03-05', 5)], calendar, '2026-03-13').phase).toBe('abandoned')
  })

  it('cannot be answered while a correction is awaited', () => {
    expect(clockProblems([received('2026-03-02'), requested('2026-03-05'), { type: 'answered', date: '2026-03-06' }])[0]).toMatch(/待补正期间不能答复/)
  })
})

describe('consultations (条例32, 33)', () => {
  it('leave the working days spent consulting a third party out of the reply period', () => {
    const events: ClockEvent[] = [
      received('2026-03-02'),
      { type: 'consultation-started', date: '2026-03-09', party: 'third-party' },
      { type: 'consultation-ended', date: '2026-03-16', party: 'third-party' },
    ]
    const state = clockState(events, calendar, '2026-03-16')
    expect(state.pausedWorkingDays).toEqual({ min: 5, max: 5 })
    // 20 + 5 working days from 2 March.
    expect(state.replyDue).toEqual({ earliest: '2026-04-07', latest: '2026-04-07' })
  })

  it('move the last day on while a consultation is open, and give the third party 15 working days', () => {
    const events: ClockEvent[] = [received('2026-03-02'), { type: 'consultation-started', date: '2026-03-09', party: 'third-party' }]
    const state = clockState(events, calendar, '2026-03-11')
    expect(state.phase).toBe('consulting')
    expect(state.pausedWorkingDays).toEqual({ min: 2, max: 2 })
    expect(state.thirdPartyDue).toEqual({ earliest: '2026-03-30', latest: '2026-03-30' })
  })

  it('do the same for another authority, without a third party’s time limit', () => {
    const events: ClockEvent[] = [received('2026-03-02'), { type: 'consultation-started', date: '2026-03-09', party: 'agency' }]
    expect(clockState(events, calendar, '2026-03-11').thirdPartyDue).toBeNull()
    expect(clockProblems([...events, { type: 'consultation-ended', date: '2026-03-12', party: 'third-party' }])).toContain('没有进行中的该项征求意见')
  })
})

describe('in a year nobody has entered yet', () => {
  it('leaves a consultation out of the count the same way: the earliest last day reads every unknown day as working', () => {
    const events: ClockEvent[] = [
      received('2027-03-01'),
      { type: 'consultation-started', date: '2027-03-03', party: 'third-party' },
      { type: 'consultation-ended', date: '2027-03-10', party: 'third-party' },
    ]
    const state = clockState(events, calendar, '2027-03-10')
    // 2 and 3 March, 4–10 March paused, then 18 more (11–28 March) if every unknown day is a working day.
    expect(state.replyDue).toEqual({ earliest: '2027-03-28', latest: null })
    expect(state.pausedWorkingDays).toEqual({ min: 0, max: 7 })
  })

  it('warns only when the earliest possible last day is within three days, counted the same way', () => {
    const state = (today: string) => clockAlert(clockState([received('2027-03-01')], calendar, today), calendar, today)
    // Earliest last day: 2027-03-21 (every unknown day a working day).
    expect(state('2027-03-17')).toBeNull()
    expect(state('2027-03-18')).toBe('yellow')
    // After the earliest last day it may be late: yellow, never red, until the year is entered.
    expect(state('2027-04-30')).toBe('yellow')
  })
})

describe('延迟答复 (条例35)', () => {
  it('sets the reply’s last day to the date decided', () => {
    const events: ClockEvent[] = [received('2026-03-02'), { type: 'delayed', date: '2026-03-10', until: '2026-06-30' }]
    expect(clockState(events, calendar, '2026-04-01').replyDue).toEqual({ earliest: '2026-06-30', latest: '2026-06-30' })
    expect(clockProblems([received('2026-03-02'), { type: 'delayed', date: '2026-03-10', until: '2026-03-10' }])).toContain('延迟答复的日期应晚于决定之日')
  })
})

describe('the history itself', () => {
  it('starts with the receipt and never goes back in time', () => {
    expect(clockProblems([{ type: 'answered', date: '2026-03-02' }])).toEqual(['申请记录应以“收到申请”开始'])
    expect(clockProblems([received('2026-03-02'), { type: 'answered', date: '2026-03-01' }])[0]).toMatch(/不能早于前一步/)
    expect(() => clockState([received('2026-03-02'), { type: 'answered', date: '2026-03-01' }], calendar, '2026-03-02')).toThrow(RangeError)
  })

  it('ends with the answer', () => {
    expect(clockProblems([received('2026-03-02'), { type: 'answered', date: '2026-03-03' }, { type: 'extended', date: '2026-03-04', days: 5 }])).toContain('申请已答复，不能再办理')
  })
})

describe('the audit’s colours', () => {
  const state = (today: string, events: ClockEvent[] = [received('2026-03-02')]) => clockAlert(clockState(events, calendar, today), calendar, today)

  it('is silent until three working days before the last day, then yellow, then red once it has passed', () => {
    // Last day 2026-03-30 (a Monday): three working days before it is Wednesday 25 March.
    expect(state('2026-03-24')).toBeNull()
    expect(state('2026-03-25')).toBe('yellow')
    expect(state('2026-03-30')).toBe('yellow')
    expect(state('2026-03-31')).toBe('red')
  })

  it('is red for a 补正 request sent late, and silent for an answered application', () => {
    expect(state('2026-12-11', [received('2026-12-01'), { type: 'correction-requested', date: '2026-12-11' }])).toBe('red')
    expect(state('2026-04-30', [received('2026-03-02'), { type: 'answered', date: '2026-04-01' }])).toBeNull()
  })
})

describe('信息处理费 (国办函〔2020〕109号)', () => {
  const notified = (date: string): ClockEvent => ({ type: 'fee-notified', date })
  const paid = (date: string): ClockEvent => ({ type: 'fee-paid', date })

  it('does not count the days from the notice to the payment', () => {
    // Due 30 March without the fee; 5, 6 and 9 March are not counted, so three working days later.
    const state = clockState([received('2026-03-02'), notified('2026-03-04'), paid('2026-03-09')], calendar, '2026-03-10')
    expect(state.replyDue).toEqual({ earliest: '2026-04-02', latest: '2026-04-02' })
    expect(state.pausedWorkingDays).toEqual({ min: 3, max: 3 })
    expect(state.phase).toBe('running')
    expect(state.feeDue).toBeNull()
  })

  it('waits 20 working days for the payment: on the last day still awaited, the day after unpaid', () => {
    const events = [received('2026-03-02'), notified('2026-03-04')]
    expect(clockState(events, calendar, '2026-04-01').feeDue).toEqual({ earliest: '2026-04-01', latest: '2026-04-01' })
    expect(clockState(events, calendar, '2026-04-01').phase).toBe('awaiting-payment')
    expect(clockState(events, calendar, '2026-04-02').phase).toBe('unpaid')
    expect(clockState(events, calendar, '2026-04-02').late).toBeNull()
  })

  it('takes the payment period from the settings', () => {
    const settings = { ...CLOCK_DEFAULTS, feePaymentDays: 5 }
    expect(clockState([received('2026-03-02'), notified('2026-03-04')], calendar, '2026-03-11', settings).phase).toBe('awaiting-payment')
    expect(clockState([received('2026-03-02'), notified('2026-03-04')], calendar, '2026-03-12', settings).phase).toBe('unpaid')
  })

  it('moves the reply day on while the fee is awaited, and raises no alert meanwhile', () => {
    const events = [received('2026-03-02'), notified('2026-03-04')]
    const state = clockState(events, calendar, '2026-03-31')
    expect(state.replyDue!.earliest > '2026-03-30').toBe(true)
    expect(clockAlert(state, calendar, '2026-03-31')).toBeNull()
  })

  it('refuses a second notice, a payment without a notice, and a reply before the payment', () => {
    expect(clockProblems([received('2026-03-02'), notified('2026-03-04'), paid('2026-03-05'), notified('2026-03-06')])).toContain('一件申请只发一次收费通知')
    expect(clockProblems([received('2026-03-02'), paid('2026-03-05')])).toContain('没有待缴的信息处理费，不能登记缴费')
    expect(clockProblems([received('2026-03-02'), notified('2026-03-04'), { type: 'answered', date: '2026-03-05' }])).toContain('信息处理费未缴纳，不能答复；逾期未缴纳的按逾期未缴费办结')
    expect(clockProblems([received('2026-03-02'), { type: 'correction-requested', date: '2026-03-03' }, notified('2026-03-04')])).toContain('待补正期间不能发收费通知')
    expect(clockProblems([received('2026-03-02'), notified('2026-03-04'), paid('2026-03-05'), { type: 'answered', date: '2026-03-06' }])).toEqual([])
  })

  it('reads the clock limits from a settings group, ignoring what is not a positive whole number', () => {
    expect(clockSettingsFrom({ feePaymentWorkingDays: 15, thirdPartyWorkingDays: 10, correctionNoticeWorkingDays: 0, warnWorkingDaysBefore: 2.5 })).toEqual({
      ...CLOCK_DEFAULTS,
      feePaymentDays: 15,
      thirdPartyDays: 10,
    })
  })
})
