/** Check-character arithmetic and validation for 组织机构代码 (GB 11714-1997) and 统一社会信用代码 (GB 32100-2015). */
import { messageOf } from './errors'

const ORG_CODE_CHARSET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const
const ORG_CODE_BODY = /^[0-9A-Z]{8}$/

/** GB 32100-2015 leaves out I, O, Z, S and V so they cannot be mistaken for 1, 0, 2, 5 and U. */
const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const
const USCC_BODY = /^[0-9A-HJ-NPQRTUWXY]{17}$/

/**
 * An 18-character token drawn from the USCC charset, not embedded in a longer run of digits and capitals.
 * The check character still has to be verified with {@link isValidUscc}.
 */
export const USCC_PATTERN = /(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])/

/** The GB 11714-1997 check character (0-9 or X) for an 8-character body of digits and capital letters. */
export function computeOrganizationCodeCheck(body8: string): string {
  if (typeof body8 !== 'string' || !ORG_CODE_BODY.test(body8)) {
    throw new Error(`组织机构代码本体应为8位数字或大写字母，收到“${String(body8)}”`)
  }
  let sum = 0
  for (let i = 0; i < 8; i++) sum += ORG_CODE_CHARSET.indexOf(body8[i]!) * ORG_CODE_WEIGHTS[i]!
  const c9 = 11 - (sum % 11)
  if (c9 === 10) return 'X'
  if (c9 === 11) return '0'
  return String(c9)
}

/** True for a 9-character organisation code whose last character is the correct check character. */
export function isValidOrganizationCode(code: string): boolean {
  if (typeof code !== 'string' || code.length !== 9) return false
  const body = code.slice(0, 8)
  if (!ORG_CODE_BODY.test(body)) return false
  return computeOrganizationCodeCheck(body) === code[8]
}

/** The GB 32100-2015 check character for a 17-character body drawn from the USCC charset. */
export function computeUsccCheck(body17: string): string {
  if (typeof body17 !== 'string' || !USCC_BODY.test(body17)) {
    throw new Error(`统一社会信用代码本体应为17位数字或大写字母（不含I、O、Z、S、V），收到“${String(body17)}”`)
  }
  let sum = 0
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(body17[i]!) * USCC_WEIGHTS[i]!
  const c18 = 31 - (sum % 31)
  return USCC_CHARSET[c18 === 31 ? 0 : c18]!
}

/** True for an 18-character USCC whose characters are all allowed and whose check character is correct. */
export function isValidUscc(code: string): boolean {
  if (typeof code !== 'string' || code.length !== 18) return false
  const body = code.slice(0, 17)
  if (!USCC_BODY.test(body)) return false
  return computeUsccCheck(body) === code[17]
}

function quoteList(chars: Iterable<string>): string {
  return [...new Set(chars)].map((c) => `“${c}”`).join('、')
}

/**
 * Why a department's code is unacceptable, as a Chinese sentence for the editor, or null when it is a valid
 * 9-character organisation code or 18-character USCC. Surrounding whitespace is ignored.
 */
export function departmentCodeError(code: unknown): string | null {
  if (code === undefined || code === null) return '请填写组织机构代码或统一社会信用代码'
  if (typeof code !== 'string') return '机构代码应以文本形式填写，以免丢失开头的0'
  const value = code.trim()
  if (value === '') return '请填写组织机构代码或统一社会信用代码'

  const chars = [...value]

  // Certificates print the organisation code as XXXXXXXX-X, so this is the likeliest paste.
  if (/^[0-9A-Za-z]{8}-[0-9A-Za-z]$/.test(value)) {
    return `组织机构代码请去掉连字符“-”，写作“${value.replace('-', '').toUpperCase()}”`
  }

  const fullWidth = chars.filter((c) => /[\uFF01-\uFF5E\u3000]/.test(c))
  if (fullWidth.length > 0) {
    return `机构代码含有全角字符${quoteList(fullWidth)}，请改用半角数字和字母`
  }

  if (chars.length !== 9 && chars.length !== 18) {
    return `机构代码应为9位组织机构代码或18位统一社会信用代码，当前为${chars.length}位`
  }

  const lower = chars.filter((c) => /[a-z]/.test(c))
  if (lower.length > 0) {
    return `机构代码中的字母应使用大写，请将${quoteList(lower)}改为${quoteList(lower.map((c) => c.toUpperCase()))}`
  }

  if (chars.length === 9) {
    const badBody = chars.slice(0, 8).filter((c) => !/[0-9A-Z]/.test(c))
    if (badBody.length > 0) {
      return `组织机构代码含有非法字符${quoteList(badBody)}，前8位只能是数字或大写字母`
    }
    if (!/[0-9X]/.test(chars[8]!)) {
      return `组织机构代码第9位是校验位，只能是数字或X，不能是“${chars[8]}”`
    }
    const expected = computeOrganizationCodeCheck(value.slice(0, 8))
    return expected === value[8] ? null : `组织机构代码校验位错误，应为${expected}`
  }

  const bad = chars.filter((c) => !USCC_CHARSET.includes(c))
  if (bad.length > 0) {
    return `统一社会信用代码含有非法字符${quoteList(bad)}，只能使用数字和除I、O、Z、S、V以外的大写字母`
  }
  const expected = computeUsccCheck(value.slice(0, 17))
  return expected === value[17] ? null : `统一社会信用代码校验位错误，应为${expected}`
}

/** Why a configured 地方编码 pattern cannot be used (not a string, empty, or not a regular expression), or null. */
export function localCodePatternError(pattern: unknown): string | null {
  if (typeof pattern !== 'string' || pattern.trim() === '') return '请填写地方编码格式'
  try {
    new RegExp(pattern)
    return null
  } catch {
    return `地方编码格式不是有效的正则表达式：${pattern}`
  }
}

export type CodeSchemeValue = 'organization-code' | 'uscc' | 'local'

/** The scheme a code's length implies when none was chosen (rows from before the setting, API clients). */
export const impliedCodeScheme = (code: unknown): CodeSchemeValue | null => {
  const length = typeof code === 'string' ? [...code.trim()].length : 0
  return length === 9 ? 'organization-code' : length === 18 ? 'uscc' : null
}

/**
 * Why a department's 索引号 code does not fit its scheme, as a Chinese sentence, or null. Organisation codes and USCCs
 * have their check character verified; a 地方编码 (e.g. 甘州区 620702074 = division code 620702 + unit 074) only has to
 * match the configured pattern in full.
 */
export function codeSchemeError(code: unknown, scheme: CodeSchemeValue, localPattern: string): string | null {
  if (scheme === 'local') {
    if (typeof code !== 'string' || code.trim() === '') return '请填写地方编码'
    const anchored = new RegExp(`^(?:${localPattern})$`)
    return anchored.test(code.trim()) ? null : messageOf('app.department-code-local', localPattern)
  }
  const error = departmentCodeError(code)
  if (error) return error
  const length = [...String(code).trim()].length
  if (scheme === 'organization-code' && length !== 9) return `代码类型为组织机构代码，应为9位，当前为${length}位；18位代码请选择统一社会信用代码`
  if (scheme === 'uscc' && length !== 18) return `代码类型为统一社会信用代码，应为18位，当前为${length}位；9位代码请选择组织机构代码`
  return null
}
