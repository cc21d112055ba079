/** Specification of 索引号 templates and of the Beijing-time calendar year they are stamped with. */
import { describe, expect, it } from '@jest/globals'

import * as indexNumberModule from '../../domain/indexNumber'
import {
  DEFAULT_INDEX_NUMBER_FORMAT,
  formatIndexNumber,
  indexNumberFormatError,
  yearInTimeZone,
} from '../../domain/indexNumber'

const EXAMPLE = '例如：{code}/{year}-{serial:5}'

function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('DEFAULT_INDEX_NUMBER_FORMAT', () => {
  it('is code, slash, year, hyphen and a five-digit serial', () => {
    expect(DEFAULT_INDEX_NUMBER_FORMAT).toBe('{code}/{year}-{serial:5}')
  })

  it('is itself a valid template', () => {
    expect(indexNumberFormatError(DEFAULT_INDEX_NUMBER_FORMAT)).toBeNull()
  })
})

describe('indexNumberFormatError', () => {
  it.each([
    '{code}/{year}-{serial:5}',
    '{code}-{year}-{serial}',
    '{year}{code}{serial:1}',
    '{code}/{year}-{serial:10}',
    'GK-{code}/{year}/{serial:6}',
    '{code}/{year}-{serial:5}/{code}',
  ])('accepts %s', (template) => {
    expect(indexNumberFormatError(template)).toBeNull()
  })

  it.each([undefined, null, '', '   ', 5])('asks for a template when given %j', (template) => {
    expect(indexNumberFormatError(template)).toBe(`请填写索引号格式，${EXAMPLE}`)
  })

  it('rejects a template without {code}', () => {
    expect(indexNumberFormatError('{year}-{serial:5}')).toBe(`索引号格式缺少{code}（机构代码），${EXAMPLE}`)
  })

  it('rejects a template without {year}', () => {
    expect(indexNumberFormatError('{code}-{serial:5}')).toBe(`索引号格式缺少{year}（年份），${EXAMPLE}`)
  })

  it('rejects a template without {serial}', () => {
    expect(indexNumberFormatError('{code}/{year}')).toBe(`索引号格式缺少{serial}（序号），${EXAMPLE}`)
  })

  it.each([
    ['{code}/{year}-{serial}{serial}', 2],
    ['{code}/{year}-{serial:5}-{serial:3}', 2],
    ['{serial}{code}/{year}-{serial:5}-{serial}', 3],
  ])('rejects %s, which has more than one serial', (template, count) => {
    expect(indexNumberFormatError(template)).toBe(`索引号格式只能包含一个{serial}（序号），当前有${count}个`)
  })

  it.each(['serial:0', 'serial:11', 'serial:99'])('rejects the serial width in {%s}', (name) => {
    expect(indexNumberFormatError(`{code}/{year}-{${name}}`)).toBe(`索引号格式中序号位数应在1到10之间，当前为{${name}}`)
  })

  it.each(['yr', 'Code', 'serial:', 'serial:-1', 'serial:five', 'serial 5', '', 'month'])(
    'rejects the unsupported placeholder {%s}',
    (name) => {
      expect(indexNumberFormatError(`{code}/{year}-{serial}-{${name}}`)).toBe(
        `索引号格式含有不支持的占位符“{${name}}”，只能使用{code}、{year}和{serial}或{serial:位数}`,
      )
    },
  )

  it.each(['{code/{year}-{serial}', '{code}/{year}-{serial}}', '{{code}}/{year}-{serial}', '{code}/year}-{serial}'])(
    'rejects the unbalanced braces in %s',
    (template) => {
      expect(indexNumberFormatError(template)).toBe(`索引号格式中的花括号不成对，${EXAMPLE}`)
    },
  )
})

describe('formatIndexNumber', () => {
  it.each([
    ['{code}/{year}-{serial:5}', '011217651', 2015, 20245, '011217651/2015-20245'],
    ['{code}/{year}-{serial:5}', '011217651', 2021, 51, '011217651/2021-00051'],
    ['{code}/{year}-{serial:5}', '91350100M000100Y43', 2026, 1, '91350100M000100Y43/2026-00001'],
    ['{code}/{year}-{serial:3}', '011217651', 2021, 123456, '011217651/2021-123456'],
    ['{code}-{year}-{serial}', '011217651', 2021, 7, '011217651-2021-7'],
    ['{year}{code}{serial:10}', '011217651', 2021, 42, '20210112176510000000042'],
    ['GK/{code}/{year}/{serial:1}/{code}', 'ABC', 2024, 9, 'GK/ABC/2024/9/ABC'],
  ])('fills %s with %s, %i and %i as %s', (template, code, year, serial, expected) => {
    expect(formatIndexNumber(template, { code, year, serial })).toBe(expected)
  })

  it('copies a $ in the code literally instead of treating it as a replacement pattern', () => {
    expect(formatIndexNumber('{code}/{year}-{serial:2}', { code: "$&$'$1", year: 2020, serial: 3 })).toBe("$&$'$1/2020-03")
  })

  it('throws the template error for an invalid template', () => {
    expect(() => formatIndexNumber('{code}/{serial}', { code: '011217651', year: 2020, serial: 1 })).toThrow(
      `索引号格式缺少{year}（年份），${EXAMPLE}`,
    )
  })

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws on the serial %p', (serial) => {
    expect(() => formatIndexNumber(DEFAULT_INDEX_NUMBER_FORMAT, { code: '011217651', year: 2020, serial })).toThrow(
      `索引号序号应为不小于1的整数，当前为${String(serial)}`,
    )
  })

  it('pads 1 000 generated serials to every width from 1 to 10 without truncating or altering them', () => {
    const random = mulberry32(5)
    const wrong: string[] = []
    for (let n = 0; n < 1000; n++) {
      const serial = 1 + Math.floor(random() ** 4 * 1e12)
      const width = 1 + (n % 10)
      const out = formatIndexNumber(`{code}/{year}-{serial:${width}}`, { code: '011217651', year: 2024, serial })
      const digits = /^011217651\/2024-(\d+)$/.exec(out)?.[1]
      const expectedLength = Math.max(width, String(serial).length)
      if (digits === undefined || digits.length !== expectedLength || Number(digits) !== serial) wrong.push(out)
    }
    expect(wrong).toEqual([])
  })
})

describe('yearInTimeZone', () => {
  it.each([
    ['2025-12-31T17:00:00Z', 'Asia/Shanghai', 2026],
    ['2025-12-31T16:00:00Z', 'Asia/Shanghai', 2026],
    ['2025-12-31T15:59:59.999Z', 'Asia/Shanghai', 2025],
    ['2025-12-31T17:00:00Z', 'UTC', 2025],
    ['2026-01-01T03:00:00Z', 'America/New_York', 2025],
    ['2026-01-01T05:00:00Z', 'America/New_York', 2026],
    ['2000-02-29T12:00:00Z', 'Asia/Shanghai', 2000],
  ])('puts %s in %s in the year %i', (iso, zone, year) => {
    expect(yearInTimeZone(new Date(iso), zone)).toBe(year)
  })

  it('defaults to Asia/Shanghai', () => {
    expect(yearInTimeZone(new Date('2025-12-31T17:00:00Z'))).toBe(2026)
  })

  it('throws on an invalid date', () => {
    expect(() => yearInTimeZone(new Date('not a date'))).toThrow(RangeError)
  })

  it('throws on an unknown time zone', () => {
    expect(() => yearInTimeZone(new Date('2025-06-01T00:00:00Z'), 'Mars/Olympus_Mons')).toThrow(RangeError)
  })
})

describe('indexNumberPieces', () => {
  it('splits a template into text and placeholders, in order, and fills back to formatIndexNumber', () => {
    const { indexNumberPieces, formatIndexNumber } = indexNumberModule
    const template = '{code}/{year}-{serial:5}号'
    expect(indexNumberPieces(template)).toEqual([
      { kind: 'code' },
      { kind: 'text', text: '/' },
      { kind: 'year' },
      { kind: 'text', text: '-' },
      { kind: 'serial', width: 5 },
      { kind: 'text', text: '号' },
    ])
    const fill = (t: string, parts: { code: string; year: number; serial: number }) =>
      indexNumberPieces(t)
        .map((p) => (p.kind === 'text' ? p.text : p.kind === 'code' ? parts.code : p.kind === 'year' ? String(parts.year) : String(parts.serial).padStart(p.width, '0')))
        .join('')
    for (const t of [template, 'GK-{year}{code}{serial}', '{serial:3}/{code}/{year}'])
      for (const serial of [1, 42, 123456]) expect(fill(t, { code: '620702074', year: 2031, serial })).toBe(formatIndexNumber(t, { code: '620702074', year: 2031, serial }))
  })
  it('refuses an unusable template as formatIndexNumber does', () => {
    expect(() => indexNumberModule.indexNumberPieces('{code}-{serial}')).toThrow('索引号格式缺少{year}')
  })
})
