/** Templates for 索引号 (e.g. 011217651/2015-20245) and the calendar-year arithmetic they depend on. */

export const DEFAULT_INDEX_NUMBER_FORMAT = '{code}/{year}-{serial:5}'

const MAX_SERIAL_WIDTH = 10
const PLACEHOLDER = /\{([^{}]*)\}/g
const EXAMPLE = `例如：${DEFAULT_INDEX_NUMBER_FORMAT}`

type Placeholder = { kind: 'code' } | { kind: 'year' } | { kind: 'serial'; width: number }

function parsePlaceholder(name: string): Placeholder | string {
  if (name === 'code') return { kind: 'code' }
  if (name === 'year') return { kind: 'year' }
  if (name === 'serial') return { kind: 'serial', width: 0 }
  const padded = /^serial:(\d+)$/.exec(name)
  if (padded) {
    const width = Number(padded[1])
    if (width < 1 || width > MAX_SERIAL_WIDTH) {
      return `索引号格式中序号位数应在1到${MAX_SERIAL_WIDTH}之间，当前为{${name}}`
    }
    return { kind: 'serial', width }
  }
  return `索引号格式含有不支持的占位符“{${name}}”，只能使用{code}、{year}和{serial}或{serial:位数}`
}

/** Why an index-number template is unusable, as a Chinese sentence, or null when it can be formatted. */
export function indexNumberFormatError(template: unknown): string | null {
  if (typeof template !== 'string' || template.trim() === '') return `请填写索引号格式，${EXAMPLE}`

  let code = 0
  let year = 0
  let serial = 0
  for (const match of template.matchAll(PLACEHOLDER)) {
    const parsed = parsePlaceholder(match[1]!)
    if (typeof parsed === 'string') return parsed
    if (parsed.kind === 'code') code++
    else if (parsed.kind === 'year') year++
    else serial++
  }
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) return `索引号格式中的花括号不成对，${EXAMPLE}`
  if (code === 0) return `索引号格式缺少{code}（机构代码），${EXAMPLE}`
  if (year === 0) return `索引号格式缺少{year}（年份），${EXAMPLE}`
  if (serial === 0) return `索引号格式缺少{serial}（序号），${EXAMPLE}`
  // Two serial placeholders could disagree on padding, and the serial is what makes an index number unique.
  if (serial > 1) return `索引号格式只能包含一个{serial}（序号），当前有${serial}个`
  return null
}

/** Fills an index-number template; `{serial:N}` zero-pads to N digits but never truncates a longer serial. */
export function formatIndexNumber(template: string, parts: { code: string; year: number; serial: number }): string {
  const error = indexNumberFormatError(template)
  if (error !== null) throw new Error(error)
  if (!Number.isSafeInteger(parts.serial) || parts.serial < 1) {
    throw new Error(`索引号序号应为不小于1的整数，当前为${String(parts.serial)}`)
  }
  if (!Number.isSafeInteger(parts.year)) throw new Error(`索引号年份应为整数，当前为${String(parts.year)}`)

  // A replacer function, not a replacement string, so a "$" in the code is copied literally.
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    const placeholder = parsePlaceholder(name) as Placeholder
    if (placeholder.kind === 'code') return parts.code
    if (placeholder.kind === 'year') return String(parts.year)
    return String(parts.serial).padStart(placeholder.width, '0')
  })
}

/** A template as its pieces in order: literal text and the three placeholders (for a database to fill it in). */
export type IndexNumberPiece = { kind: 'text'; text: string } | Placeholder

export function indexNumberPieces(template: string): IndexNumberPiece[] {
  const error = indexNumberFormatError(template)
  if (error !== null) throw new Error(error)
  const pieces: IndexNumberPiece[] = []
  let at = 0
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index! > at) pieces.push({ kind: 'text', text: template.slice(at, match.index) })
    pieces.push(parsePlaceholder(match[1]!) as Placeholder)
    at = match.index! + match[0].length
  }
  if (at < template.length) pieces.push({ kind: 'text', text: template.slice(at) })
  return pieces
}

/** The Gregorian calendar year of `date` as seen on a wall clock in `timeZone`. */
export function yearInTimeZone(date: Date, timeZone = 'Asia/Shanghai'): number {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError('无效的日期')
  const parts = yearFormat(timeZone).formatToParts(date)
  return Number(parts.find((p) => p.type === 'year')!.value)
}

// A formatter is costly to build (a millisecond) and every create asks for the year: one per zone.
const yearFormats = new Map<string, Intl.DateTimeFormat>()
const yearFormat = (timeZone: string): Intl.DateTimeFormat => {
  let format = yearFormats.get(timeZone)
  if (!format) {
    // Pin the calendar: a user locale such as th-TH would otherwise yield a Buddhist-era year.
    format = new Intl.DateTimeFormat('en-US-u-ca-gregory', { timeZone, year: 'numeric' })
    yearFormats.set(timeZone, format)
  }
  return format
}
