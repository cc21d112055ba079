/**
 * 信息处理费 for section 六 (条例第四十二条; 国办函〔2020〕109号): from the register's history entries — `fee-notice`
 * (a 收费通知 sent, `amount` in 元) and `fee-paid` (`amount` received) — dated (`date`, else `at`) within the year. Entries are read
 * defensively: a missing or malformed amount counts as 0, other entry types are ignored.
 */

export type FeeFigures = { notices: number; billed: number; paid: number; received: number }

import { dayOf } from './documentFact'

type Entry = { type?: unknown; date?: unknown; at?: unknown; amount?: unknown }

const amountOf = (value: unknown): number => {
  const n = typeof value === 'string' ? Number(value) : value
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0
}

/** Sums in 元 rounded to the 分, so that adding 0.1 and 0.2 shows 0.3. */
const cents = (n: number) => Math.round(n * 100) / 100

export const processingFees = (year: number, histories: ReadonlyArray<readonly unknown[] | null | undefined>): FeeFigures => {
  const figures: FeeFigures = { notices: 0, billed: 0, paid: 0, received: 0 }
  for (const history of histories) {
    for (const raw of Array.isArray(history) ? history : []) {
      const entry = (raw ?? {}) as Entry
      const day = dayOf(entry.date) ?? dayOf(entry.at)
      if (day === null || !day.startsWith(`${year}-`)) continue
      if (entry.type === 'fee-notice') {
        figures.notices++
        figures.billed = cents(figures.billed + amountOf(entry.amount))
      } else if (entry.type === 'fee-paid') {
        figures.paid++
        figures.received = cents(figures.received + amountOf(entry.amount))
      }
    }
  }
  return figures
}

export const feeSentence = (fees: FeeFigures): string =>
  `本年度共发出信息处理费收费通知 ${fees.notices} 件，应收信息处理费 ${fees.billed} 元；实际收取 ${fees.paid} 件，共 ${fees.received} 元。`
