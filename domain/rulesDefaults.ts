/** Default values of every deadline and threshold (sources in docs/operations.md, Settings); the settings global starts from these. */
import type { ColumnKind } from './vocabulary'
import { DEFAULT_INDEX_NUMBER_FORMAT } from './indexNumber'

/** Update cycle of a column, in days, by its kind (0 = updated on change, no cycle). 《浏阳市政务公开渠道管理机制》; 检查指标. */
export const COLUMN_CYCLE_DAYS: Record<ColumnKind, number> = {
  news: 14,
  notice: 183,
  policy: 183,
  interpretation: 183,
  personnel: 365,
  plan: 365,
  'annual-report': 365,
  area: 365,
  guide: 0,
  organization: 0,
  leaders: 0,
  topic: 0,
}

export const RULES_DEFAULTS = {
  indexNumberFormat: DEFAULT_INDEX_NUMBER_FORMAT,
  /** 条例 art. 18: non-public documents are re-assessed periodically. */
  reassessmentDays: 365,
  deadlines: {
    /** 条例 art. 26; 《浏阳市政务公开渠道管理机制》. */
    publishWorkingDays: 20,
    /** 寻乌县《关于规范全县政务公开相关工作的通知》 (5 days); 《浏阳市政务公开渠道管理机制》 asks for 3 working days: the day type is a setting. */
    interpretationLinkDays: 5,
    interpretationLinkDayType: 'calendar' as 'calendar' | 'working',
    /** Items waiting in one review stage longer than this are flagged. */
    reviewStuckWorkingDays: 5,
  },
  columns: {
    ...COLUMN_CYCLE_DAYS,
    /** 工作动态 early warning (《浏阳市政务公开渠道管理机制》: 两周; 检查指标). */
    newsWarningDays: 10,
    /** Early warning for the longer cycles: this many days before the cycle ends. */
    warningDaysBefore: 30,
  },
  site: {
    emptyColumnsVeto: 5,
    staleKeyColumnsVeto: 5,
    staleColumnsVeto: 10,
  },
  newMedia: {
    updateDays: 7,
    vetoDays: 14,
    firstEscalationMonths: 1,
    secondEscalationMonths: 6,
  },
  annualReports: {
    departmentDue: '01-31',
    governmentDue: '03-31',
  },
  /**
   * Next year's holiday arrangement (国务院办公厅《关于YYYY年部分节假日安排的通知》, usually out in November) is
   * asked of the administrators from `requestFrom` (a yellow notice) and urgently from `urgentFrom` (red).
   */
  calendar: {
    requestFrom: '11-01',
    urgentFrom: '12-15',
  },
  /** Dates people type: 成文日期 from the founding year to a few days ahead (a draft dated for its signing day). */
  content: {
    formedAtEarliest: '1949-01-01',
    formedAtMaxFutureDays: 30,
  },
  applications: {
    replyWorkingDays: 20,
    extensionWorkingDays: 20,
  },
  mailbox: {
    simpleReplyWorkingDays: 1,
    replyWorkingDays: 5,
  },
  audit: {
    dailyCron: '30 8 * * *',
    timeZone: 'Asia/Shanghai',
    /** Yellow (预警) levels of the deadline rules; red is the deadline itself (see docs/operations.md). */
    interpretationWarningDays: 1,
    publishWarningWorkingDays: 5,
    reviewStuckWarningWorkingDays: 3,
    /** Force-published items are yellow at once, red when not approved retrospectively within this many working days. */
    forcePublishRedWorkingDays: 3,
    annualReportWarningDays: 15,
    reassessmentWarningDays: 30,
    /** Open notices are mailed again after this many days (0 = only when new or escalated). */
    reminderDays: 7,
    /** Failed digests: retried on later runs after base × 2^(attempts−1) minutes, at most max. */
    emailRetryBaseMinutes: 60,
    emailRetryMaxMinutes: 1440,
    /** An audit claim older than this is taken as crashed and may be retaken. */
    lockMinutes: 60,
  },
} as const

/** The update cycle a new column takes when none is given. */
export const defaultCycleDays = (kind: ColumnKind, columns: Partial<Record<ColumnKind, number>> = {}): number =>
  columns[kind] ?? COLUMN_CYCLE_DAYS[kind]
