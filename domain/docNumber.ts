/** Parsing and validation of 发文字号 written as GB/T 9704-2012 prescribes: 机关代字〔年份〕序号号. */

import { yearInTimeZone } from './indexNumber'

export interface DocNumber {
  agency: string
  year: number
  number: number
}

const EXAMPLE = '例如：鄂州政办函〔2015〕24号'
const FIRST_YEAR = 1949
const DOC_NUMBER = /^([^\s〔〕]+)〔(\d{4})〕([1-9]\d*)号$/

/** Brackets that editors type or paste in place of 〔〕, including the look-alike small and tortoise-shell forms. */
const WRONG_BRACKETS = /[[\]【】()（）〈〉<>《》﹝﹞［］{}｛｝〖〗〘〙⦗⦘❲❳︹︺「」『』]/

/**
 * The parts of a well-formed 发文字号, or null when its shape is wrong. Only the shape is checked here;
 * {@link docNumberError} also checks that the year is plausible.
 */
export function parseDocNumber(value: string): DocNumber | null {
  if (typeof value !== 'string') return null
  const match = DOC_NUMBER.exec(value)
  if (!match) return null
  return { agency: match[1]!, year: Number(match[2]), number: Number(match[3]) }
}

/**
 * Why a 发文字号 does not follow GB/T 9704-2012, as a Chinese sentence, or null when it does or is blank
 * (the field is optional). Years run from 1949 to next year in Beijing time, relative to `now`.
 */
export function docNumberError(value: unknown, now: Date = new Date()): string | null {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string') return `发文字号应为文字，${EXAMPLE}`
  if (value.trim() !== value) return `发文字号首尾不应有空格，${EXAMPLE}`
  if (/\s/.test(value)) return `发文字号中间不应有空格，${EXAMPLE}`

  const open = value.indexOf('〔')
  const close = open < 0 ? -1 : value.indexOf('〕', open + 1)
  if (open < 0 || close < 0) {
    if (WRONG_BRACKETS.test(value) || value.includes('〔') || value.includes('〕')) {
      return `发文字号年份应使用六角括号〔〕，${EXAMPLE}`
    }
    return `发文字号应包含用六角括号〔〕括入的年份，${EXAMPLE}`
  }

  const agency = value.slice(0, open)
  const yearText = value.slice(open + 1, close)
  const rest = value.slice(close + 1)

  if (agency === '') return `发文字号缺少机关代字，${EXAMPLE}`
  if (agency.includes('〕')) return `发文字号的机关代字中不应含有六角括号，${EXAMPLE}`
  if (/[０-９]/.test(yearText + rest)) return `发文字号中的年份和序号应使用半角阿拉伯数字，${EXAMPLE}`
  if (!/^\d{4}$/.test(yearText)) return `发文字号年份应为4位数字，当前为“${yearText}”，${EXAMPLE}`
  const year = Number(yearText)
  const lastYear = yearInTimeZone(now) + 1
  if (year < FIRST_YEAR || year > lastYear) {
    return `发文字号年份应在${FIRST_YEAR}年至${lastYear}年之间，当前为${year}年`
  }

  if (!rest.endsWith('号')) return `发文字号应以“号”字结尾，${EXAMPLE}`
  const numberText = rest.slice(0, -1)
  if (numberText === '') return `发文字号缺少序号，${EXAMPLE}`
  if (numberText.startsWith('第')) {
    return `发文字号序号前不加“第”字，“${numberText}号”应写作“${numberText.slice(1)}号”`
  }
  if (!/^\d+$/.test(numberText)) return `发文字号序号应为阿拉伯数字，当前为“${numberText}”，${EXAMPLE}`
  if (/^0+$/.test(numberText)) return '发文字号序号应从1开始，不能为0'
  if (numberText.startsWith('0')) {
    return `发文字号序号不编虚位，“${numberText}”应写作“${numberText.replace(/^0+/, '')}”`
  }
  return null
}

/** Full-width digits to ASCII (０-９ → 0-9). */
const halfWidthDigits = (text: string) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))

/**
 * The 发文字号 as GB/T 9704-2012 writes it, for the review's warning: spaces dropped, full-width digits made
 * half-width, the year put in 六角括号〔〕, no 第 and no zero padding before the number, 号 at the end
 * (`鄂州政办函[2015]024号` → `鄂州政办函〔2015〕24号`). Null when the value is fine, blank, or too far from the pattern
 * to guess (no 4-digit year, no agency or no number).
 */
export function suggestDocNumber(value: unknown, now: Date = new Date()): string | null {
  if (typeof value !== 'string' || value.trim() === '' || docNumberError(value, now) === null) return null
  const compact = halfWidthDigits(value.replace(/\s+/g, ''))
  const match = /^(.+?)[〔[【(（〈<《﹝［{｛〖〘⦗❲︹「『]?(\d{4})[〕\]】)）〉>》﹞］}｝〗〙⦘❳︺」』]?第?(\d+)号?$/u.exec(compact)
  if (!match) return null
  const agency = match[1]!.replace(/[〔〕]/g, '')
  const number = match[3]!.replace(/^0+/, '')
  if (agency === '' || number === '') return null
  const suggestion = `${agency}〔${match[2]}〕${number}号`
  return docNumberError(suggestion, now) === null ? suggestion : null
}
