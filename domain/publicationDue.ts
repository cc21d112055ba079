/**
 * When an item must be on the web, and how late it was when it got there:
 * - formed or changed before its first publication: 20 working days (条例第二十六条; 《浏阳市政务公开渠道管理机制》
 *   "政府信息形成或者变更之日起20个工作日内");
 * - changed after publication: updated within 5 working days, never later than 15 days (鄂州《关于做好全市政府网站
 *   信息内容建设工作的通知》 "信息变更后5个工作日内 … 不能迟于信息变更后15日");
 * - reposted (转载) from a higher government: 1 working day after the original (same notice: "最迟不得滞后1个工作日";
 *   寻乌县 "即时转载").
 * Dates are calendar dates in the portal's time zone; working days come from the 工作日历.
 */
import { localDate, shiftDate, type DateBounds, type WorkingDayCalendar } from './calendar'

export type TimelinessSettings = {
  publishWorkingDays: number
  changeUpdateWorkingDays: number
  changeUpdateMaxDays: number
  repostWorkingDays: number
}

export type TimelinessFacts = {
  formedAt: string | Date
  changedAt?: string | Date | null
  reposted?: boolean | null
  repostOriginalDate?: string | Date | null
  /** The last publication before now (the item's 最近发布时间, or its first 发布日期); null when never published. */
  lastPublishedAt?: string | Date | null
}

export type DueBasis = 'formed' | 'changed' | 'changed-published' | 'repost'

export type PublicationDue = {
  basis: DueBasis
  /** The day counting starts from (not itself counted). */
  from: string
  workingDays: number
  /** Red after this day when the basis allows a longer delay with a stated reason (a change after publication). */
  latestDay: string | null
}

/** The day a change is dated, as a calendar date, or null. */
const dayOf = (value: string | Date | null | undefined, timeZone: string) => (value ? localDate(value, timeZone) : null)

/**
 * The deadline that applies to the item's next publication, or null when a publication now answers no deadline
 * (a published item republished without a dated change).
 */
export const publicationDue = (facts: TimelinessFacts, settings: TimelinessSettings, timeZone = 'Asia/Shanghai'): PublicationDue | null => {
  const original = dayOf(facts.repostOriginalDate, timeZone)
  const changed = dayOf(facts.changedAt, timeZone)
  const published = dayOf(facts.lastPublishedAt, timeZone)
  if (facts.reposted && original && !published) return { basis: 'repost', from: original, workingDays: settings.repostWorkingDays, latestDay: null }
  if (published) {
    // A change dated after the last publication has not reached the web yet.
    if (!changed || changed <= published) return null
    return { basis: 'changed-published', from: changed, workingDays: settings.changeUpdateWorkingDays, latestDay: shiftDate(changed, settings.changeUpdateMaxDays) }
  }
  const formed = localDate(facts.formedAt, timeZone)
  if (changed && changed > formed) return { basis: 'changed', from: changed, workingDays: settings.publishWorkingDays, latestDay: null }
  return { basis: 'formed', from: formed, workingDays: settings.publishWorkingDays, latestDay: null }
}

/** The deadline day of a due, as bounds (a year the calendar does not know yet leaves it open). */
export const dueBounds = (due: PublicationDue, calendar: WorkingDayCalendar): DateBounds => calendar.addWorkingDaysBounds(due.from, due.workingDays)

/**
 * How many working days after its deadline a publication on `publishedOn` came: 0 when on time, and at least 1 once
 * the deadline day has passed (published on the rest day after it is late too).
 */
export const workingDaysLate = (due: PublicationDue, publishedOn: string, calendar: WorkingDayCalendar): number => {
  const deadline = dueBounds(due, calendar)
  // Only a year nobody has entered could decide it (latest unknown): not counted as late.
  if (deadline.latest === null || publishedOn <= deadline.latest) return 0
  return Math.max(1, calendar.workingDaysBetweenBounds(deadline.latest, publishedOn).min)
}

/** What the deadline counts from, in the words of the notices. */
export const DUE_BASIS_LABELS: Readonly<Record<DueBasis, string>> = {
  formed: '成文',
  changed: '变更',
  'changed-published': '已公开信息变更',
  repost: '原文发布',
}
