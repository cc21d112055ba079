/**
 * 信息处理费 (条例42; 国办函〔2020〕109号《政府信息公开信息处理费管理办法》). Applying is free; a fee applies only beyond
 * the thresholds, charged by item (按件) or by quantity (按量), never both for one application. Every threshold and
 * rate is a setting; the defaults are the 办法's:
 * - 按件: per applicant per calendar month, the 1st–10th application free, the 11th–30th 100 元 each, and from the
 *   31st on, in bands of 10, each band 100 元 per application more than the one before (31st–40th 200 元, …);
 * - 按量: within one application, pages 1–30 free, 31–100 at 10 元, 101–200 at 20 元, 201 and more at 40 元 a page.
 */
export type FeeSettings = {
  byItem: { free: number; firstBandUpTo: number; firstBandRate: number; bandSize: number; bandIncrement: number }
  /** Ascending bands; `upTo` null is the last, open band. */
  byPage: ReadonlyArray<{ upTo: number | null; rate: number }>
}

export const FEE_DEFAULTS: FeeSettings = {
  byItem: { free: 10, firstBandUpTo: 30, firstBandRate: 100, bandSize: 10, bandIncrement: 100 },
  byPage: [
    { upTo: 30, rate: 0 },
    { upTo: 100, rate: 10 },
    { upTo: 200, rate: 20 },
    { upTo: null, rate: 40 },
  ],
}

const positiveInteger = (n: number, what: string) => {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what}应为正整数：${n}`)
}

/** The fee, in 元, for an applicant's `nth` application of a calendar month (按件). */
export const itemFee = (nth: number, settings: FeeSettings = FEE_DEFAULTS): number => {
  positiveInteger(nth, '本月第几件申请')
  const { free, firstBandUpTo, firstBandRate, bandSize, bandIncrement } = settings.byItem
  if (nth <= free) return 0
  if (nth <= firstBandUpTo) return firstBandRate
  return firstBandRate + Math.ceil((nth - firstBandUpTo) / bandSize) * bandIncrement
}

/** The fee, in 元, for one application of `pages` pages (按量): each page at the rate of its band. */
export const pageFee = (pages: number, settings: FeeSettings = FEE_DEFAULTS): number => {
  if (pages === 0) return 0
  positiveInteger(pages, '页数')
  let fee = 0
  let from = 0
  for (const { upTo, rate } of settings.byPage) {
    const to = upTo === null ? pages : Math.min(pages, upTo)
    if (to > from) fee += (to - from) * rate
    if (upTo === null || pages <= upTo) break
    from = upTo
  }
  return fee
}

/** One application's fee: by item or by quantity, as the office decided for it, never both. */
export const applicationFee = (basis: { method: 'item'; nthThisMonth: number } | { method: 'page'; pages: number }, settings: FeeSettings = FEE_DEFAULTS): number =>
  basis.method === 'item' ? itemFee(basis.nthThisMonth, settings) : pageFee(basis.pages, settings)

/**
 * The fee settings from the settings group (`feeItemFree`, `feeItemFirstBandUpTo`, `feeItemFirstBandRate`,
 * `feeItemBandSize`, `feeItemBandIncrement`, and `feePageBands` rows `{upTo, rate}` with the last `upTo` empty) over
 * the defaults. A value that is not a whole number ≥ 0 (≥ 1 for sizes), or page bands not ascending with one open band
 * last, falls back to the default.
 */
export const feeSettingsFrom = (group: Record<string, unknown> | null | undefined): FeeSettings => {
  const whole = (value: unknown, fallback: number, min = 0) => (typeof value === 'number' && Number.isInteger(value) && value >= min ? value : fallback)
  const d = FEE_DEFAULTS.byItem
  const byItem = {
    free: whole(group?.feeItemFree, d.free),
    firstBandUpTo: whole(group?.feeItemFirstBandUpTo, d.firstBandUpTo, 1),
    firstBandRate: whole(group?.feeItemFirstBandRate, d.firstBandRate),
    bandSize: whole(group?.feeItemBandSize, d.bandSize, 1),
    bandIncrement: whole(group?.feeItemBandIncrement, d.bandIncrement),
  }
  const rows = Array.isArray(group?.feePageBands) ? (group.feePageBands as Array<Record<string, unknown>>) : null
  const bands = rows?.map((row) => ({ upTo: row.upTo === null || row.upTo === undefined ? null : Number(row.upTo), rate: Number(row.rate) }))
  const bandsValid =
    !!bands &&
    bands.length > 0 &&
    bands.every((b, i) => Number.isFinite(b.rate) && b.rate >= 0 && (i === bands.length - 1 ? b.upTo === null : Number.isInteger(b.upTo) && (b.upTo as number) > (i === 0 ? 0 : (bands[i - 1]!.upTo as number))))
  return { byItem: byItem.firstBandUpTo >= byItem.free ? byItem : d, byPage: bandsValid ? bands! : FEE_DEFAULTS.byPage }
}
