/** Specification of 组织机构代码 (GB 11714-1997) and 统一社会信用代码 (GB 32100-2015) checking. */
import { describe, expect, it } from '@jest/globals'

import {
  computeOrganizationCodeCheck,
  computeUsccCheck,
  departmentCodeError,
  codeSchemeError,
  impliedCodeScheme,
  localCodePatternError,
  isValidOrganizationCode,
  isValidUscc,
  USCC_PATTERN,
} from '../../domain/organizationCode'

const ORG_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const ORG_CHECK_CHARS = '0123456789X'
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** Seeded so that a failure can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function randomString(random: () => number, charset: string, length: number): string {
  let s = ''
  for (let i = 0; i < length; i++) s += charset[Math.floor(random() * charset.length)]
  return s
}

function substitutions(code: string, charsetAt: (i: number) => string): string[] {
  const out: string[] = []
  for (let i = 0; i < code.length; i++) {
    for (const c of charsetAt(i)) if (c !== code[i]) out.push(code.slice(0, i) + c + code.slice(i + 1))
  }
  return out
}

// Real registrations (the organisation codes are the ones embedded at positions 9–17 of the USCCs),
// plus hand-computed edge cases for the check values 10 → X and 11 → 0.
const KNOWN_ORG_CODES: Array<[string, string]> = [
  ['01121765', '1'],
  ['19220382', '1'],
  ['71610585', '2'],
  ['70846113', '6'],
  ['55138508', '2'],
  ['00001312', '7'],
  ['M000100Y', '4'],
  ['00000001', '9'],
  ['00000006', 'X'],
  ['00000000', '0'],
]

const KNOWN_USCCS: Array<[string, string]> = [
  ['91350100M000100Y4', '3'],
  ['91440300192203821', '6'],
  ['91330100716105852', 'F'],
  ['91440300708461136', 'T'],
  ['91110108551385082', 'Q'],
  ['11100000000013127', 'D'],
  ['10000000000000000', 'Y'],
  ['00000000000000001', '3'],
  ['00000000000000000', '0'],
]

describe('computeOrganizationCodeCheck', () => {
  it.each(KNOWN_ORG_CODES)('computes the check character of %s as %s', (body, check) => {
    expect(computeOrganizationCodeCheck(body)).toBe(check)
  })

  it.each(['0112176', '011217651', '0112176a', '0112176-', '', '０１１２１７６５', '0112 765'])(
    'throws on the malformed body %j',
    (body) => {
      expect(() => computeOrganizationCodeCheck(body)).toThrow()
    },
  )
})

describe('isValidOrganizationCode', () => {
  it.each(KNOWN_ORG_CODES.map(([body, check]) => body + check))('accepts %s', (code) => {
    expect(isValidOrganizationCode(code)).toBe(true)
  })

  it.each([
    ['a wrong check digit', '011217652'],
    ['an X where a digit is due', '01121765X'],
    ['a check letter other than X', '01121765A'],
    ['a lowercase x check character', '00000006x'],
    ['a lowercase body letter', 'm000100y4'],
    ['8 characters', '01121765'],
    ['10 characters', '0112176510'],
    ['the printed hyphenated form', '01121765-1'],
    ['surrounding spaces', ' 011217651'],
    ['full-width digits', '０１１２１７６５１'],
    ['the empty string', ''],
  ])('rejects %s (%j)', (_what, code) => {
    expect(isValidOrganizationCode(code)).toBe(false)
  })

  describe('on 200 generated codes', () => {
    const random = mulberry32(11714)
    const codes = Array.from({ length: 200 }, () => {
      const body = randomString(random, ORG_CHARS, 8)
      return body + computeOrganizationCodeCheck(body)
    })

    it('accepts every generated code', () => {
      expect(codes.filter((c) => !isValidOrganizationCode(c))).toEqual([])
    })

    it('rejects every substitution of the check character', () => {
      const mutated = codes.flatMap((code) => substitutions(code, (i) => (i === 8 ? ORG_CHECK_CHARS : '')))
      expect(mutated).toHaveLength(200 * 10)
      expect(mutated.filter(isValidOrganizationCode)).toEqual([])
    })

    it('rejects every digit-for-digit substitution in the body', () => {
      const mutated = codes.flatMap((code) => substitutions(code, (i) => (i < 8 && /\d/.test(code[i]!) ? '0123456789' : '')))
      expect(mutated.length).toBeGreaterThan(0)
      expect(mutated.filter(isValidOrganizationCode)).toEqual([])
    })

    // Mod 11 cannot tell apart characters whose values differ by a multiple of 11 (0/B/M/X, 1/C/N/Y, …),
    // so exactly those body substitutions slip through and every other one is caught.
    it('rejects every body substitution except those between values congruent mod 11', () => {
      let total = 0
      let rejected = 0
      const missed: string[] = []
      for (const code of codes) {
        for (let i = 0; i < 8; i++) {
          for (const c of ORG_CHARS) {
            if (c === code[i]) continue
            total++
            const mutant = code.slice(0, i) + c + code.slice(i + 1)
            const blind = (ORG_CHARS.indexOf(c) - ORG_CHARS.indexOf(code[i]!)) % 11 === 0
            if (!isValidOrganizationCode(mutant)) rejected++
            else if (!blind) missed.push(mutant)
            if (blind) expect(isValidOrganizationCode(mutant)).toBe(true)
          }
        }
      }
      expect(missed).toEqual([])
      expect(total).toBe(200 * 8 * 35)
      // Per position 2 or 3 of the 35 alternatives are congruent, so at least 32/35 must be caught.
      expect(rejected / total).toBeGreaterThanOrEqual(32 / 35)
      expect(rejected).toBeLessThan(total)
    })
  })
})

describe('computeUsccCheck', () => {
  it.each(KNOWN_USCCS)('computes the check character of %s as %s', (body, check) => {
    expect(computeUsccCheck(body)).toBe(check)
  })

  it.each([
    ['16 characters', '91350100M000100Y'],
    ['18 characters', '91350100M000100Y43'],
    ['the forbidden letter I', '91350100I000100Y4'],
    ['the forbidden letter O', '91350100O000100Y4'],
    ['the forbidden letter Z', '91350100Z000100Y4'],
    ['the forbidden letter S', '91350100S000100Y4'],
    ['the forbidden letter V', '91350100V000100Y4'],
    ['a lowercase letter', '91350100m000100Y4'],
  ])('throws on a body with %s', (_what, body) => {
    expect(() => computeUsccCheck(body)).toThrow()
  })
})

describe('isValidUscc', () => {
  it.each(KNOWN_USCCS.map(([body, check]) => body + check))('accepts %s', (code) => {
    expect(isValidUscc(code)).toBe(true)
  })

  it.each([
    ['a wrong check character', '91350100M000100Y44'],
    ['a check character that is a forbidden letter', '91350100M000100Y4O'],
    ['a forbidden letter in the body', '91350100O000100Y43'],
    ['lowercase letters', '91350100m000100y43'],
    ['17 characters', '91350100M000100Y4'],
    ['19 characters', '91350100M000100Y430'],
    ['surrounding spaces', '91350100M000100Y43 '],
    ['the empty string', ''],
  ])('rejects %s (%j)', (_what, code) => {
    expect(isValidUscc(code)).toBe(false)
  })

  describe('on 200 generated codes', () => {
    const random = mulberry32(32100)
    const codes = Array.from({ length: 200 }, () => {
      const body = randomString(random, USCC_CHARS, 17)
      return body + computeUsccCheck(body)
    })

    it('accepts every generated code', () => {
      expect(codes.filter((c) => !isValidUscc(c))).toEqual([])
    })

    it('rejects every one of the 108 000 single-character substitutions', () => {
      const mutated = codes.flatMap((code) => substitutions(code, () => USCC_CHARS))
      expect(mutated).toHaveLength(200 * 18 * 30)
      const rejected = mutated.filter((m) => !isValidUscc(m)).length
      expect(rejected).toBe(mutated.length)
    })

    it('rejects every swap of two different adjacent characters in the body', () => {
      const swapped = codes.flatMap((code) => {
        const out: string[] = []
        for (let i = 0; i < 16; i++) {
          if (code[i] !== code[i + 1]) out.push(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2))
        }
        return out
      })
      expect(swapped.length).toBeGreaterThan(0)
      expect(swapped.filter(isValidUscc)).toEqual([])
    })
  })
})

describe('USCC_PATTERN', () => {
  it('is not global, so test() and exec() keep no state between calls', () => {
    expect(USCC_PATTERN.flags).not.toContain('g')
    expect(USCC_PATTERN.flags).not.toContain('y')
  })

  it('finds a USCC inside Chinese text', () => {
    expect(USCC_PATTERN.exec('统一社会信用代码：91350100M000100Y43（福州）')?.[0]).toBe('91350100M000100Y43')
  })

  it('does not match a token containing a letter the USCC charset excludes', () => {
    expect(USCC_PATTERN.test('代码91350100O000100Y43')).toBe(false)
  })

  it('does not match 18 characters cut out of a longer run', () => {
    expect(USCC_PATTERN.test('91350100M000100Y430')).toBe(false)
    expect(USCC_PATTERN.test('A91350100M000100Y43')).toBe(false)
  })

  it('matches a USCC-shaped token whether or not its check character is right', () => {
    expect(USCC_PATTERN.test('91350100M000100Y44')).toBe(true)
  })
})

describe('departmentCodeError', () => {
  it.each(['011217651', '00000006X', '91350100M000100Y43', '91330100716105852F', '11100000000013127D'])(
    'accepts the valid code %s',
    (code) => {
      expect(departmentCodeError(code)).toBeNull()
    },
  )

  it('ignores surrounding whitespace', () => {
    expect(departmentCodeError('  91350100M000100Y43\n')).toBeNull()
    expect(departmentCodeError('\t011217651 ')).toBeNull()
  })

  it.each([undefined, null, '', '   '])('asks for a code when given %j', (code) => {
    expect(departmentCodeError(code)).toBe('请填写组织机构代码或统一社会信用代码')
  })

  it('rejects a number, which would lose leading zeros', () => {
    expect(departmentCodeError(11217651)).toBe('机构代码应以文本形式填写，以免丢失开头的0')
  })

  it.each([
    ['01121765', 8],
    ['0112176510', 10],
    ['91350100M000100Y4', 17],
    ['91350100M000100Y430', 19],
    ['913501 00M000100Y43', 19],
  ])('reports the length of %j', (code, length) => {
    expect(departmentCodeError(code)).toBe(`机构代码应为9位组织机构代码或18位统一社会信用代码，当前为${length}位`)
  })

  it('tells the user to drop the hyphen of the printed XXXXXXXX-X form', () => {
    expect(departmentCodeError('01121765-1')).toBe('组织机构代码请去掉连字符“-”，写作“011217651”')
  })

  it('asks for half-width characters when full-width ones are used', () => {
    expect(departmentCodeError('０１１２１７６５１')).toBe(
      '机构代码含有全角字符“０”、“１”、“２”、“７”、“６”、“５”，请改用半角数字和字母',
    )
  })

  it('rejects lowercase letters in a USCC and names their capitals', () => {
    expect(departmentCodeError('91350100m000100y43')).toBe('机构代码中的字母应使用大写，请将“m”、“y”改为“M”、“Y”')
  })

  it('rejects a lowercase x check character in an organisation code', () => {
    expect(departmentCodeError('00000006x')).toBe('机构代码中的字母应使用大写，请将“x”改为“X”')
  })

  it.each([
    ['91350100O000100Y43', '统一社会信用代码含有非法字符“O”，只能使用数字和除I、O、Z、S、V以外的大写字母'],
    ['91350100I000100Y43', '统一社会信用代码含有非法字符“I”，只能使用数字和除I、O、Z、S、V以外的大写字母'],
    ['9135010ZS000100V43', '统一社会信用代码含有非法字符“Z”、“S”、“V”，只能使用数字和除I、O、Z、S、V以外的大写字母'],
    ['91350100M000-00Y43', '统一社会信用代码含有非法字符“-”，只能使用数字和除I、O、Z、S、V以外的大写字母'],
  ])('names the illegal characters in the USCC %s', (code, message) => {
    expect(departmentCodeError(code)).toBe(message)
  })

  it('names the illegal characters in an organisation code body', () => {
    expect(departmentCodeError('0112_76.1')).toBe('组织机构代码含有非法字符“_”、“.”，前8位只能是数字或大写字母')
  })

  it('rejects a letter other than X as an organisation code check character', () => {
    expect(departmentCodeError('01121765A')).toBe('组织机构代码第9位是校验位，只能是数字或X，不能是“A”')
  })

  it.each([
    ['011217652', '1'],
    ['000000060', 'X'],
    ['00000000X', '0'],
  ])('rejects an organisation code whose check character is wrong (%s, expects %s)', (code, expected) => {
    expect(departmentCodeError(code)).toBe(`组织机构代码校验位错误，应为${expected}`)
  })

  it.each([
    ['91350100M000100Y44', '3'],
    ['91330100716105852E', 'F'],
    ['000000000000000001', '0'],
  ])('rejects a USCC whose check character is wrong (%s, expects %s)', (code, expected) => {
    expect(departmentCodeError(code)).toBe(`统一社会信用代码校验位错误，应为${expected}`)
  })

  it('accepts 200 generated USCCs and organisation codes and rejects each with its check character bumped', () => {
    const random = mulberry32(2015)
    let rejected = 0
    for (let n = 0; n < 200; n++) {
      const uscc = randomString(random, USCC_CHARS, 17)
      const org = randomString(random, ORG_CHARS, 8)
      const usccCheck = computeUsccCheck(uscc)
      const orgCheck = computeOrganizationCodeCheck(org)
      expect(departmentCodeError(uscc + usccCheck)).toBeNull()
      expect(departmentCodeError(org + orgCheck)).toBeNull()
      const wrongUscc = USCC_CHARS[(USCC_CHARS.indexOf(usccCheck) + 1) % 31]
      const wrongOrg = ORG_CHECK_CHARS[(ORG_CHECK_CHARS.indexOf(orgCheck) + 1) % 11]
      if (departmentCodeError(uscc + wrongUscc) === `统一社会信用代码校验位错误，应为${usccCheck}`) rejected++
      if (departmentCodeError(org + wrongOrg) === `组织机构代码校验位错误，应为${orgCheck}`) rejected++
    }
    expect(rejected).toBe(400)
  })
})

describe('codeSchemeError (a department’s 索引号 code by its scheme)', () => {
  const LOCAL = '^[1-9]\\d{5}\\d{3}$'

  // 甘州区: division code 620702 + unit number 074, as on its 2021 通报 (索引号 620702074/2021-00051).
  it('accepts 620702074 as a 地方编码 and refuses it as an organisation code (its 9th character is no GB 11714 check)', () => {
    expect(codeSchemeError('620702074', 'local', LOCAL)).toBeNull()
    expect(codeSchemeError('620702074', 'organization-code', LOCAL)).toBe(`组织机构代码校验位错误，应为${computeOrganizationCodeCheck('62070207')}`)
  })

  it.each(['62070207', '6207020741', '020702074', '62070207A', ' '])('refuses the local code %j that does not match the pattern', (code) => {
    expect(codeSchemeError(code, 'local', LOCAL)).toMatch(/^(地方编码不符合系统设置的格式|请填写地方编码)/)
  })

  it('matches the whole code, even when the pattern is not anchored', () => {
    expect(codeSchemeError('6207020741', 'local', '\\d{9}')).not.toBeNull()
    expect(codeSchemeError('620702074', 'local', '\\d{9}')).toBeNull()
  })

  it('checks organisation codes and USCCs by their own length', () => {
    expect(codeSchemeError('011217651', 'organization-code', LOCAL)).toBeNull()
    expect(codeSchemeError('011217651', 'uscc', LOCAL)).toBe('代码类型为统一社会信用代码，应为18位，当前为9位；9位代码请选择组织机构代码')
    expect(codeSchemeError('91350100M000100Y43', 'uscc', LOCAL)).toBeNull()
    expect(codeSchemeError('91350100M000100Y43', 'organization-code', LOCAL)).toBe('代码类型为组织机构代码，应为9位，当前为18位；18位代码请选择统一社会信用代码')
  })

  it('implies a scheme from the length only', () => {
    expect([impliedCodeScheme('011217651'), impliedCodeScheme('91350100M000100Y43'), impliedCodeScheme('6207020'), impliedCodeScheme(null)]).toEqual(['organization-code', 'uscc', null, null])
  })

  it('refuses a pattern that is no regular expression', () => {
    expect(localCodePatternError('^[0-9')).toBe('地方编码格式不是有效的正则表达式：^[0-9')
    expect(localCodePatternError('')).toBe('请填写地方编码格式')
    expect(localCodePatternError(LOCAL)).toBeNull()
  })
})
