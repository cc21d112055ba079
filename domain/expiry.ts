/**
 * 有效期 of 规范性文件 and the rule against 过期信息 (seed 000: "不得发布过期信息"). `effectiveUntil` (有效期至) is the
 * last day an item is in force: it expires the day after, when its 有效性 becomes 已失效. An expired item still on
 * the site is flagged: yellow from the day it expired, red once the setting's working days have passed (the
 * change of 有效性 is a 变更 of the information: 条例第二十六条, 20 working days), unless it is kept on the site on
 * purpose (失效后继续公开) or withdrawn.
 */
import { isAfterBounds, shiftDate, type DateBounds, type WorkingDayCalendar } from './calendar'

export const EXPIRY_DEFAULTS = {
  /** Working days an expired item may stay online before its notice turns red (条例第二十六条: 变更之日起20个工作日). */
  onlineWorkingDays: 20,
  /** The daily expiry pass (Asia/Shanghai): just after midnight, so that the site is right all day. */
  cron: '5 0 * * *',
} as const

/** The validities an expiry date turns into 已失效 (a 已废止 item stays 已废止). */
export const EXPIRABLE_VALIDITIES = ['valid', 'amended'] as const

/** The first day an item is no longer in force, or null without an expiry date. */
export const expiryDay = (effectiveUntil: string | null | undefined): string | null =>
  effectiveUntil && /^\d{4}-\d{2}-\d{2}$/.test(effectiveUntil) ? shiftDate(effectiveUntil, 1) : null

/** Whether an item valid until `effectiveUntil` has expired on `today` (both `yyyy-MM-dd`, the portal's dates). */
export const hasExpired = (effectiveUntil: string | null | undefined, today: string): boolean => {
  const day = expiryDay(effectiveUntil)
  return day !== null && today >= day
}

export type ExpiredOnline = { severity: 'red' | 'yellow'; expiredOn: string; due: DateBounds } | null

/**
 * The flag of an expired item still online: yellow from its expiry day, red after `onlineWorkingDays` working days;
 * null when it is not expired or is kept online on purpose. `due.latest` is null when an unknown year decides it.
 */
export const expiredOnline = (
  item: { expiredOn: string | null; keepOnline: boolean },
  today: string,
  calendar: WorkingDayCalendar,
  settings: { onlineWorkingDays: number },
): ExpiredOnline => {
  if (!item.expiredOn || item.keepOnline || today < item.expiredOn) return null
  const due = calendar.addWorkingDaysBounds(item.expiredOn, Math.max(0, settings.onlineWorkingDays))
  return { severity: isAfterBounds(today, due) === true ? 'red' : 'yellow', expiredOn: item.expiredOn, due }
}
