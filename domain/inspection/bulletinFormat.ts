/** How the 通报 writes numbers, dates and quarters, and fills its templates' placeholders. */
import type { QuarterKey } from './model'

const QUARTER_NAMES = ['一', '二', '三', '四'] as const

/** `2026Q4` → `2026年第四季度`. */
export const quarterName = (quarter: QuarterKey): string => `${quarter.slice(0, 4)}年第${QUARTER_NAMES[Number(quarter.slice(5)) - 1]}季度`

/** 0.9 → `90%`, 0.875 → `87.5%` (one decimal at most). */
export const percent = (ratio: number): string => `${Math.round(ratio * 1000) / 10}%`

/** `2027-01-15` → `2027年1月15日`. */
export const chineseDate = (day: string): string => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`

/** Replaces `{名称}` placeholders; an unknown name stays as written so the editor sees the typo. */
export const fillTemplate = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{([^{}]+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? values[name]! : whole))
