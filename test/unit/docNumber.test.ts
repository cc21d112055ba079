/** Specification of 发文字号 parsing and validation against GB/T 9704-2012 (机关代字〔年份〕序号号). */
import { afterEach, describe, expect, it, jest } from '@jest/globals'

import { docNumberError, parseDocNumber, suggestDocNumber } from '../../domain/docNumber'

const EXAMPLE = '例如：鄂州政办函〔2015〕24号'
const BRACKET_MESSAGE = `发文字号年份应使用六角括号〔〕，${EXAMPLE}`
// 01:00 on 1 January 2026 in Beijing, while it is still 2025 in UTC.
const NEW_YEAR_2026_BEIJING = new Date('2025-12-31T17:00:00Z')

function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('parseDocNumber', () => {
  it.each([
    ['鄂州政办函〔2015〕24号', { agency: '鄂州政办函', year: 2015, number: 24 }],
    ['国发〔2023〕1号', { agency: '国发', year: 2023, number: 1 }],
    ['国办发〔2019〕100号', { agency: '国办发', year: 2019, number: 100 }],
    ['中办发〔2008〕10号', { agency: '中办发', year: 2008, number: 10 }],
    ['川府规〔2021〕3号', { agency: '川府规', year: 2021, number: 3 }],
  ])('splits %s into agency, year and number', (value, parts) => {
    expect(parseDocNumber(value)).toEqual(parts)
  })

  it.each([
    '鄂州政办函[2015]24号',
    '鄂州政办函（2015）24号',
    '鄂州政办函〔15〕24号',
    '鄂州政办函〔2015〕024号',
    '鄂州政办函〔2015〕24',
    '鄂州政办函〔2015〕第24号',
    '〔2015〕24号',
    ' 鄂州政办函〔2015〕24号',
    '鄂州 政办函〔2015〕24号',
    '鄂州政办函〔２０１５〕24号',
    '',
  ])('returns null for the malformed %j', (value) => {
    expect(parseDocNumber(value)).toBeNull()
  })

  it('parses a well-shaped number even when its year is implausible, leaving that to docNumberError', () => {
    expect(parseDocNumber('国发〔1900〕1号')).toEqual({ agency: '国发', year: 1900, number: 1 })
  })
})

describe('docNumberError', () => {
  it.each([undefined, null, ''])('accepts the blank value %j because the field is optional', (value) => {
    expect(docNumberError(value)).toBeNull()
  })

  it.each(['鄂州政办函〔2015〕24号', '国发〔2023〕1号', '国办发〔2019〕100号', '京政发〔1949〕1号', '国发〔2027〕5号'])(
    'accepts the well-formed %s',
    (value) => {
      expect(docNumberError(value, NEW_YEAR_2026_BEIJING)).toBeNull()
    },
  )

  it('rejects a non-string value', () => {
    expect(docNumberError(24)).toBe(`发文字号应为文字，${EXAMPLE}`)
  })

  it.each([
    ['[', ']'],
    ['【', '】'],
    ['(', ')'],
    ['（', '）'],
    ['〈', '〉'],
    ['《', '》'],
    ['﹝', '﹞'],
    ['［', '］'],
    ['〖', '〗'],
    ['〘', '〙'],
    ['❲', '❳'],
    ['{', '}'],
    ['〔', ']'],
    ['[', '〕'],
  ])('rejects the year in %s%s brackets', (open, close) => {
    expect(docNumberError(`鄂州政办函${open}2015${close}24号`)).toBe(BRACKET_MESSAGE)
  })

  it('asks for the year in 〔〕 when there are no brackets at all', () => {
    expect(docNumberError('鄂州政办函2015年24号')).toBe(`发文字号应包含用六角括号〔〕括入的年份，${EXAMPLE}`)
  })

  it.each([
    ['鄂州政办函〔15〕24号', '15'],
    ['鄂州政办函〔20150〕24号', '20150'],
    ['鄂州政办函〔二〇一五〕24号', '二〇一五'],
    ['鄂州政办函〔〕24号', ''],
  ])('rejects %s whose year is not 4 digits', (value, year) => {
    expect(docNumberError(value)).toBe(`发文字号年份应为4位数字，当前为“${year}”，${EXAMPLE}`)
  })

  it.each([
    ['鄂州政办函〔2015〕024号', '024', '24'],
    ['鄂州政办函〔2015〕01号', '01', '1'],
    ['鄂州政办函〔2015〕0010号', '0010', '10'],
  ])('rejects the zero-padded number in %s', (value, padded, plain) => {
    expect(docNumberError(value)).toBe(`发文字号序号不编虚位，“${padded}”应写作“${plain}”`)
  })

  it('gives the exact message for 024', () => {
    expect(docNumberError('鄂州政办函〔2015〕024号')).toBe('发文字号序号不编虚位，“024”应写作“24”')
  })

  it.each(['鄂州政办函〔2015〕0号', '鄂州政办函〔2015〕000号'])('rejects the number zero in %s', (value) => {
    expect(docNumberError(value)).toBe('发文字号序号应从1开始，不能为0')
  })

  it.each(['鄂州政办函〔2015〕24', '鄂州政办函〔2015〕24號', '鄂州政办函〔2015〕24号文'])(
    'rejects %s, which does not end in 号',
    (value) => {
      expect(docNumberError(value)).toBe(`发文字号应以“号”字结尾，${EXAMPLE}`)
    },
  )

  it('rejects a missing number', () => {
    expect(docNumberError('鄂州政办函〔2015〕号')).toBe(`发文字号缺少序号，${EXAMPLE}`)
  })

  it('rejects 第 before the number', () => {
    expect(docNumberError('鄂州政办函〔2015〕第24号')).toBe('发文字号序号前不加“第”字，“第24号”应写作“24号”')
  })

  it.each([
    ['鄂州政办函〔2015〕二十四号', '二十四'],
    ['鄂州政办函〔2015〕〔24〕号', '〔24〕'],
    ['鄂州政办函〔2015〕24-1号', '24-1'],
  ])('rejects %s whose number is not Arabic digits', (value, number) => {
    expect(docNumberError(value)).toBe(`发文字号序号应为阿拉伯数字，当前为“${number}”，${EXAMPLE}`)
  })

  it('rejects a missing agency code (机关代字)', () => {
    expect(docNumberError('〔2015〕24号')).toBe(`发文字号缺少机关代字，${EXAMPLE}`)
  })

  it('rejects a stray closing bracket in the agency code', () => {
    expect(docNumberError('鄂州〕政办函〔2015〕24号')).toBe(`发文字号的机关代字中不应含有六角括号，${EXAMPLE}`)
  })

  it.each(['鄂州政办函〔２０１５〕24号', '鄂州政办函〔2015〕２４号'])('rejects the full-width digits in %s', (value) => {
    expect(docNumberError(value)).toBe(`发文字号中的年份和序号应使用半角阿拉伯数字，${EXAMPLE}`)
  })

  it.each([' 鄂州政办函〔2015〕24号', '鄂州政办函〔2015〕24号 ', '\u3000鄂州政办函〔2015〕24号', '鄂州政办函〔2015〕24号\n', '   '])(
    'rejects the leading or trailing whitespace in %j',
    (value) => {
      expect(docNumberError(value)).toBe(`发文字号首尾不应有空格，${EXAMPLE}`)
    },
  )

  it.each(['鄂州政办函 〔2015〕24号', '鄂州政办函〔2015〕 24号', '鄂州政办函〔2015〕24\u3000号'])(
    'rejects the inner whitespace in %j',
    (value) => {
      expect(docNumberError(value)).toBe(`发文字号中间不应有空格，${EXAMPLE}`)
    },
  )

  describe('year range', () => {
    afterEach(() => {
      jest.useRealTimers()
    })

    it.each([1948, 1900, 2028, 9999])('rejects %i when it is 2026 in Beijing', (year) => {
      expect(docNumberError(`国发〔${year}〕1号`, NEW_YEAR_2026_BEIJING)).toBe(
        `发文字号年份应在1949年至2027年之间，当前为${year}年`,
      )
    })

    it('already allows next year in Beijing while it is still the old year in UTC', () => {
      expect(docNumberError('国发〔2027〕1号', NEW_YEAR_2026_BEIJING)).toBeNull()
      expect(docNumberError('国发〔2027〕1号', new Date('2025-12-31T15:59:59Z'))).toBe(
        '发文字号年份应在1949年至2026年之间，当前为2027年',
      )
    })

    it('uses the current time when no reference time is given', () => {
      jest.useFakeTimers({ now: new Date('2030-06-01T00:00:00Z') })
      expect(docNumberError('国发〔2031〕1号')).toBeNull()
      expect(docNumberError('国发〔2032〕1号')).toBe('发文字号年份应在1949年至2031年之间，当前为2032年')
    })
  })

  describe('on 500 generated doc numbers', () => {
    const random = mulberry32(9704)
    const agencies = ['国发', '国办发', '鄂州政办函', '京政发', '粤府办', '中办发', '川府规', 'XX县人社发']
    const cases = Array.from({ length: 500 }, () => ({
      agency: agencies[Math.floor(random() * agencies.length)]!,
      year: 1949 + Math.floor(random() * (2027 - 1949 + 1)),
      number: 1 + Math.floor(random() * 9999),
    }))

    it('accepts each and parses it back into its parts', () => {
      const bad = cases.filter(({ agency, year, number }) => {
        const value = `${agency}〔${year}〕${number}号`
        return docNumberError(value, NEW_YEAR_2026_BEIJING) !== null || JSON.stringify(parseDocNumber(value)) !== JSON.stringify({ agency, year, number })
      })
      expect(bad).toEqual([])
    })

    it('rejects each with its number zero-padded, naming the unpadded number', () => {
      const wrong = cases.filter(({ agency, year, number }) => {
        const value = `${agency}〔${year}〕0${number}号`
        return docNumberError(value, NEW_YEAR_2026_BEIJING) !== `发文字号序号不编虚位，“0${number}”应写作“${number}”`
      })
      expect(wrong).toEqual([])
    })

    it('rejects each with its year written as two digits', () => {
      const wrong = cases.filter(({ agency, year, number }) => {
        const short = String(year).slice(2)
        return docNumberError(`${agency}〔${short}〕${number}号`) !== `发文字号年份应为4位数字，当前为“${short}”，${EXAMPLE}`
      })
      expect(wrong).toEqual([])
    })

    it('rejects each with its 〔〕 swapped for another bracket pair', () => {
      const pairs = ['[]', '【】', '()', '（）', '〈〉', '﹝﹞', '［］']
      const values = cases.flatMap(({ agency, year, number }) => pairs.map((p) => `${agency}${p[0]}${year}${p[1]}${number}号`))
      expect(values.filter((v) => docNumberError(v) !== BRACKET_MESSAGE)).toEqual([])
    })
  })

  it('agrees with parseDocNumber on 2 000 random strings built from the format’s pieces', () => {
    const random = mulberry32(2012)
    const pieces = ['国发', '鄂州', '〔', '〕', '[', ']', '2015', '15', '0', '24', '号', '第', ' ', '２', '']
    const skeleton = ['国发', '〔', '2015', '〕', '24', '号']
    let accepted = 0
    for (let n = 0; n < 2000; n++) {
      // Each piece of a valid skeleton is swapped for a random one 30% of the time, so both outcomes occur.
      const value = skeleton.map((piece) => (random() < 0.3 ? pieces[Math.floor(random() * pieces.length)] : piece)).join('')
      const parsed = parseDocNumber(value)
      const plausible = parsed !== null && parsed.year >= 1949 && parsed.year <= 2027
      expect([value, docNumberError(value, NEW_YEAR_2026_BEIJING) === null]).toEqual([value, plausible || value === ''])
      if (plausible) accepted++
    }
    expect(accepted).toBeGreaterThan(0)
    expect(accepted).toBeLessThan(2000)
  })
})

describe('suggestDocNumber', () => {
  const NOW = new Date('2026-06-01T00:00:00+08:00')

  it.each([
    ['鄂州政办函[2015]24号', '鄂州政办函〔2015〕24号'],
    ['鄂州政办函【2015】24号', '鄂州政办函〔2015〕24号'],
    ['鄂州政办函（2015）24号', '鄂州政办函〔2015〕24号'],
    ['鄂州政办函﹝2015﹞24号', '鄂州政办函〔2015〕24号'],
    ['鄂州政办函〔2015〕024号', '鄂州政办函〔2015〕24号'],
    ['鄂州政办函〔2015〕第24号', '鄂州政办函〔2015〕24号'],
    ['鄂州政办函〔２０１５〕２４号', '鄂州政办函〔2015〕24号'],
    ['鄂州政办函 〔2015〕 24号', '鄂州政办函〔2015〕24号'],
    ['鄂州政办函〔2015〕24', '鄂州政办函〔2015〕24号'],
    ['临政发2026 3号', '临政发〔2026〕3号'],
  ])('writes %s as %s', (value, expected) => {
    expect(suggestDocNumber(value, NOW)).toBe(expected)
  })

  it.each([['鄂州政办函〔2015〕24号'], [''], [null], ['鄂州政办函〔15〕24号'], ['〔2015〕24号'], ['鄂州政办函〔2015〕0号'], ['鄂州政办函〔2099〕1号']])(
    'has no suggestion for %j (fine, blank, or beyond a guess)',
    (value) => {
      expect(suggestDocNumber(value, NOW)).toBeNull()
    },
  )
})
