/** domain/applications/fees.ts: the 信息处理费 of 国办函〔2020〕109号 at every band's edge, and as settings. */
import { applicationFee, FEE_DEFAULTS, feeSettingsFrom, itemFee, pageFee } from '../../../domain/applications/fees'

describe('按件 (per applicant per calendar month)', () => {
  it('is free up to the 10th, 100 元 from the 11th to the 30th, then 100 元 more per band of 10', () => {
    expect([1, 10, 11, 30, 31, 40, 41, 50, 51].map((n) => itemFee(n))).toEqual([0, 0, 100, 100, 200, 200, 300, 300, 400])
  })
  it('refuses a count that is not a positive whole number', () => {
    expect(() => itemFee(0)).toThrow('本月第几件申请应为正整数')
    expect(() => itemFee(2.5)).toThrow(RangeError)
  })
})

describe('按量 (pages of one application)', () => {
  it('charges each page at its band’s rate', () => {
    expect(pageFee(0)).toBe(0)
    expect(pageFee(30)).toBe(0)
    expect(pageFee(31)).toBe(10)
    expect(pageFee(100)).toBe(700)
    expect(pageFee(101)).toBe(720)
    expect(pageFee(200)).toBe(2700)
    expect(pageFee(201)).toBe(2740)
    expect(pageFee(250)).toBe(2700 + 50 * 40)
  })
})

describe('settings', () => {
  it('are read, never literals', () => {
    const settings = { ...FEE_DEFAULTS, byItem: { ...FEE_DEFAULTS.byItem, free: 5 }, byPage: [{ upTo: 10, rate: 0 }, { upTo: null, rate: 1 }] }
    expect(itemFee(6, settings)).toBe(100)
    expect(pageFee(15, settings)).toBe(5)
  })
  it('charge by item or by page, never both', () => {
    expect(applicationFee({ method: 'item', nthThisMonth: 12 })).toBe(100)
    expect(applicationFee({ method: 'page', pages: 40 })).toBe(100)
  })
})

describe('fee settings from the settings group', () => {
  it('takes whole numbers and ascending page bands, and falls back to the defaults otherwise', () => {
    const custom = feeSettingsFrom({ feeItemFree: 5, feeItemFirstBandRate: 50, feePageBands: [{ upTo: 10, rate: 0 }, { upTo: null, rate: 1 }] })
    expect(custom.byItem).toEqual({ ...FEE_DEFAULTS.byItem, free: 5, firstBandRate: 50 })
    expect(itemFee(6, custom)).toBe(50)
    expect(pageFee(12, custom)).toBe(2)
    expect(feeSettingsFrom({ feeItemFree: -1 }).byItem.free).toBe(FEE_DEFAULTS.byItem.free)
    expect(feeSettingsFrom({ feePageBands: [{ upTo: 50, rate: 1 }, { upTo: 20, rate: 2 }, { upTo: null, rate: 3 }] }).byPage).toEqual(FEE_DEFAULTS.byPage)
    expect(feeSettingsFrom({ feePageBands: [{ upTo: 50, rate: 1 }] }).byPage).toEqual(FEE_DEFAULTS.byPage)
    expect(feeSettingsFrom({ feeItemFree: 40 }).byItem).toEqual(FEE_DEFAULTS.byItem)
    expect(feeSettingsFrom(undefined)).toEqual(FEE_DEFAULTS)
  })
})
