/** Default values of every deadline and threshold (sources in docs/operations.md, Settings); the settings global starts from these. */
import type { ColumnKind } from './vocabulary'
import { DEFAULT_INDEX_NUMBER_FORMAT } from './indexNumber'

/**
 * Update cycle of a column, in days, by its kind (0 = no cycle). 《浏阳市政务公开渠道管理机制》 (seed 000): 工作动态 2 weeks,
 * 通知公告、政策文件 6 months, "人事、规划计划类等其他栏目必须每年更新", 信息公开指南 "按年度发布"; 检查指标.
 * A column follows this setting unless it stores its own cycle (an override).
 */
export const COLUMN_CYCLE_DAYS: Record<ColumnKind, number> = {
  news: 14,
  notice: 183,
  policy: 183,
  interpretation: 183,
  personnel: 365,
  plan: 365,
  'annual-report': 365,
  area: 365,
  // Seed 000: 指南 按年度发布; 机构概况、领导信息、专题 are among the "其他栏目必须每年更新".
  guide: 365,
  organization: 365,
  leaders: 365,
  topic: 365,
}

export const RULES_DEFAULTS = {
  indexNumberFormat: DEFAULT_INDEX_NUMBER_FORMAT,
  /**
   * 地方编码 of a department whose 索引号 code the region assigns (RULES.md 索引号): matched, not checksummed. Default:
   * 6-digit administrative division code + 3-digit unit number (甘州区 620702074, the 通报's 索引号 620702074/2021-00051).
   */
  localCodePattern: '^[1-9]\\d{5}\\d{3}$',
  /** 条例 art. 18: non-public documents are re-assessed periodically. */
  reassessmentDays: 365,
  deadlines: {
    /** 条例 art. 26; 《浏阳市政务公开渠道管理机制》. */
    publishWorkingDays: 20,
    /** 寻乌县《关于规范全县政务公开相关工作的通知》 (5 days); 《浏阳市政务公开渠道管理机制》 asks for 3 working days: the day type is a setting. */
    interpretationLinkDays: 5,
    interpretationLinkDayType: 'calendar' as 'calendar' | 'working',
    /**
     * What the interpretation deadline counts from: 寻乌县 (seed 002) "政策文件印发之日起5日内" — 印发, the policy's
     * 成文/印发日期 (`formed`); or its publication on the portal (`published`).
     */
    interpretationLinkFrom: 'formed' as 'formed' | 'published',
    /** Items waiting in one review stage longer than this are flagged. */
    reviewStuckWorkingDays: 5,
    /** 鄂州《关于做好全市政府网站信息内容建设工作的通知》: a change of published information is updated within 5 working days … */
    changeUpdateWorkingDays: 5,
    /** … and, for a special reason, never later than 15 (calendar) days after the change (same notice: "不能迟于信息变更后15日"). */
    changeUpdateMaxDays: 15,
    /** 转载 of a higher government's information: at most 1 working day after the original (same notice; 寻乌县: 即时转载). */
    repostWorkingDays: 1,
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
    /** 寻乌县 (seed 002): "确保每个星期都有信息更新". */
    updateDays: 7,
    /** A week without posts is yellow by default; `red` makes it red (a county that treats the weekly rule as binding). */
    updateSeverity: 'yellow' as 'yellow' | 'red',
    /** 检查指标: no post in 2 weeks is a 单项否决. */
    vetoDays: 14,
    firstEscalationMonths: 1,
    secondEscalationMonths: 6,
  },
  /**
   * 寻乌县 (seed 002): "每年解读本单位出台或以县政府、县政府办名义出台的重要政策文件不少于6次，其中单位主要领导解读
   * 不少于3次". A department behind its quota is warned from `warnFrom` (month-day; default the first day of Q3) on.
   */
  interpretationQuotas: {
    yearly: 6,
    byPrincipal: 3,
    warnFrom: '07-01',
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
    /**
     * Column kinds whose items may be published as an attachment alone (e.g. a scanned 公报); everywhere else an empty body
     * or one that only links the attachment is refused on submit (甘州区通报: 禁止以附件等形式作为发布内容).
     */
    attachmentOnlyColumnKinds: [] as ColumnKind[],
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
    /** A late publication (publishedLate) is reported for this many days after it was published. */
    publishedLateReportDays: 90,
    /** Open notices are mailed again after this many days (0 = only when new or escalated). */
    reminderDays: 7,
    /** Failed digests: retried on later runs after base × 2^(attempts−1) minutes, at most max. */
    emailRetryBaseMinutes: 60,
    emailRetryMaxMinutes: 1440,
    /** An audit claim older than this is taken as crashed and may be retaken. */
    lockMinutes: 60,
  },
} as const

/** The update cycle of a column of this kind that has no override of its own. */
export const defaultCycleDays = (kind: ColumnKind, columns: Partial<Record<ColumnKind, number>> = {}): number =>
  columns[kind] ?? COLUMN_CYCLE_DAYS[kind]
