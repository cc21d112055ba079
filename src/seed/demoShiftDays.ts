/** The day the dates of `demoData.ts` were written for. */
export const DEMO_ANCHOR_DAY = '2026-12-01'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * How far the demo's dates move when it is seeded on `now`: the days from the anchor day to `now`'s day in Beijing,
 * rounded to whole weeks, so that the demo always reads as written in the weeks before it was seeded (columns due,
 * policies awaiting their interpretation, drafts in review) and every date keeps its weekday. Texts keep their years.
 */
export const demoShiftDays = (now: Date): number => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now)
  const days = Math.round((Date.parse(`${today}T00:00:00.000Z`) - Date.parse(`${DEMO_ANCHOR_DAY}T00:00:00.000Z`)) / DAY_MS)
  return 7 * Math.round(days / 7)
}
