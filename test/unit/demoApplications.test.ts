/**
 * The demo county's 依申请公开 applications (src/seed/demoApplications.ts): deterministic, legal on the clock, never
 * dated after the seed's day, and giving table 三 of this year and the last numbers that balance.
 */
import { tableImbalances } from '../../domain/applications/annualTable'
import { CLOCK_DEFAULTS, clockAlert, clockProblems, clockState } from '../../domain/applications/clock'
import { isResidentId } from '../../domain/applications/applicant'
import { pageFee } from '../../domain/applications/fees'
import { APPLICATION_OUTCOMES } from '../../domain/applications/vocabulary'
import { parseDate, shiftDate, WorkingDayCalendar } from '../../domain/calendar'
import { isValidUscc } from '../../domain/organizationCode'
import { clockEvents } from '../../plugins/applications/register'
import { closingOf, demoAnnualTable, demoApplications, DEMO_APPLICATIONS, type DemoApplication } from '../../src/seed/demoApplications'

const calendar = new WorkingDayCalendar()
/** The anchor day of the demo, a day in a year the calendar does not know, and the first days of a year. */
const TODAYS = ['2026-12-01', '2027-03-15', '2026-01-05'] as const
const generated = new Map<string, DemoApplication[]>(TODAYS.map((today) => [today, demoApplications(today, calendar)]))
const of = (today: string) => generated.get(today)!

/** Days of `year` inside the window of received applications ending on `today`. */
const daysOfYearInWindow = (year: number, today: string) => {
  const from = [shiftDate(today, -DEMO_APPLICATIONS.windowDays), `${year}-01-01`].sort()[1]!
  const to = [today, `${year}-12-31`].sort()[0]!
  return to < from ? 0 : Math.round((parseDate(to).getTime() - parseDate(from).getTime()) / 86_400_000) + 1
}

describe.each(TODAYS)('demo applications as of %s', (today) => {
  const year = Number(today.slice(0, 4))

  it('are the same on every run', () => {
    expect(demoApplications(today, calendar)).toEqual(of(today))
  })

  it('number about 110, received over the 420 days before today on working days', () => {
    const applications = of(today)
    expect(applications.length).toBeGreaterThanOrEqual(100)
    expect(applications.length).toBeLessThanOrEqual(120)
    for (const { receivedAt } of applications) {
      expect(receivedAt >= shiftDate(today, -DEMO_APPLICATIONS.windowDays)).toBe(true)
      expect(receivedAt <= today).toBe(true)
      const weekday = parseDate(receivedAt).getUTCDay()
      expect(calendar.workingDayOrUnknown(receivedAt) ?? (weekday !== 0 && weekday !== 6)).toBe(true)
    }
  })

  it('have histories that pass the clock, start with their receipt and never go past today', () => {
    for (const application of of(today)) {
      expect(clockProblems(clockEvents(application.history))).toEqual([])
      expect(application.history[0]).toMatchObject({ type: 'received', date: application.receivedAt })
      expect(application.history.every((entry) => entry.date <= today)).toBe(true)
    }
  })

  it('close lapsed 补正 and unpaid fees only once the clock says they lapsed, with the matching outcome', () => {
    const abandoned = of(today).filter((a) => a.history.some((e) => e.type === 'abandoned'))
    expect(abandoned.length).toBeGreaterThan(0)
    for (const application of abandoned) {
      const closing = closingOf(application.history)!
      const before = application.history.slice(0, -1)
      const phase = clockState(clockEvents(before), calendar, closing.date).phase
      expect([phase, closing.outcome]).toEqual(before.some((e) => e.type === 'fee-notice') ? ['unpaid', 'other:unpaid-fee'] : ['abandoned', 'other:no-correction'])
    }
  })

  it('give 补正后仍不明确 only after a 补正, and charge fees by page at the 办法’s rates', () => {
    for (const { history } of of(today)) {
      if (closingOf(history)?.outcome === 'unavailable:still-unclear') expect(history.some((e) => e.type === 'correction-received')).toBe(true)
      const notice = history.find((e) => e.type === 'fee-notice')
      if (notice) {
        expect(notice.method).toBe('page')
        expect(notice.amount).toBe(pageFee(notice.pages!))
        expect(notice.amount).toBeGreaterThan(0)
      }
    }
  })

  it('leave recent ones open at the step they reached: awaiting a 补正, consulting, in progress, none overdue, some close to their last day', () => {
    const open = of(today).filter((a) => !closingOf(a.history))
    const states = open.map((a) => clockState(clockEvents(a.history), calendar, today))
    expect(states.filter((s) => s.phase === 'awaiting-correction').length).toBeGreaterThanOrEqual(2)
    expect(states.filter((s) => s.phase === 'consulting').length).toBeGreaterThanOrEqual(1)
    expect(states.filter((s) => s.phase === 'awaiting-payment').length).toBeGreaterThanOrEqual(1)
    expect(open.filter((a) => a.history.some((e) => e.type === 'correction-received' || e.type === 'consultation-ended')).length).toBeGreaterThanOrEqual(2)
    const alerts = states.map((s) => clockAlert(s, calendar, today, CLOCK_DEFAULTS))
    expect(alerts).not.toContain('red')
    expect(alerts.filter((a) => a === 'yellow').length).toBeGreaterThanOrEqual(1)
  })

  it.each([
    ['last year', -1],
    ['this year', 0],
  ])('balances table 三 of %s, with more than 30 new ones when at least 120 of its days lie in the window', (_name, offset) => {
    const table = demoAnnualTable(year + offset, of(today))
    expect(tableImbalances(table)).toEqual([])
    expect(table.rows.new.total + table.rows['carried-in'].total).toBeGreaterThan(0)
    if (daysOfYearInWindow(year + offset, today) >= 120) expect(table.rows.new.total).toBeGreaterThan(30)
  })

  it('carry applications over the year end', () => {
    expect(demoAnnualTable(year, of(today)).rows['carried-in'].total).toBeGreaterThan(0)
  })

  it('give every outcome group （一）–（六） at least once over this year and the last', () => {
    const tables = [demoAnnualTable(year - 1, of(today)), demoAnnualTable(year, of(today))]
    const groups = new Set(APPLICATION_OUTCOMES.filter((o) => tables.some((t) => t.rows[o.value].total > 0)).map((o) => o.group.slice(0, 3)))
    expect([...groups].sort()).toEqual(['（一）', '（三）', '（二）', '（五）', '（六）', '（四）'])
  })

  it('spread outcomes about as a county does: 予以公开 most, then 无法提供·不掌握 and 部分公开', () => {
    const outcomes = of(today).map((a) => closingOf(a.history)?.outcome).filter(Boolean)
    const share = (code: string) => outcomes.filter((o) => o === code).length / outcomes.length
    expect(share('granted')).toBeGreaterThan(0.3)
    expect(share('granted')).toBeLessThan(0.5)
    expect(share('unavailable:not-held')).toBeGreaterThan(0.1)
    expect(share('partly-granted')).toBeGreaterThan(0.08)
  })

  it('have applicants with valid resident ID numbers (临江县 421123) and credit codes, mostly 自然人', () => {
    const applications = of(today)
    for (const { applicantType, applicant } of applications) {
      if (applicantType === 'person') {
        expect(isResidentId(applicant.idNumber!)).toBe(true)
        expect(applicant.idNumber!.slice(0, 6)).toBe('421123')
        expect(applicant.organizationCode).toBeUndefined()
      } else {
        expect(isValidUscc(applicant.organizationCode!)).toBe(true)
        expect(applicant.organizationCode!.slice(2, 8)).toBe('421123')
        expect(applicant.contactPerson).toBeTruthy()
        if (applicantType === 'company') expect(applicant.organizationCode!.slice(0, 2)).toBe('91')
        if (applicantType === 'legal-service') expect(applicant.organizationCode!.slice(0, 2)).toBe('31')
      }
      expect(applicant.phone).toMatch(/^1[358]\d{9}$/)
    }
    const persons = applications.filter((a) => a.applicantType === 'person').length / applications.length
    expect(persons).toBeGreaterThan(0.6)
    expect(persons).toBeLessThan(0.85)
    expect(new Set(applications.map((a) => a.applicantType)).size).toBeGreaterThanOrEqual(5)
  })
})
