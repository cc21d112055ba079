/** Specification of resident ID number checking (GB 11643-1999, ISO 7064 MOD 11-2). */
import { describe, expect, it } from '@jest/globals'

import { isValidResidentId, residentIdCheckChar } from '../../../domain/precheck'
import { brokenIdChecks, idCheck, makeResidentId, mulberry32 } from './generators'

const NOW = new Date('2026-03-15T04:00:00Z')
const random = mulberry32(20260315)
const VALID = Array.from({ length: 300 }, () => makeResidentId(random))

describe('isValidResidentId', () => {
  it('accepts 300 generated ID numbers with correct check characters', () => {
    expect(VALID.filter((id) => !isValidResidentId(id, NOW))).toEqual([])
  })

  it('rejects every wrong check character of those ID numbers', () => {
    const broken = VALID.flatMap(brokenIdChecks)
    expect(broken).toHaveLength(3000)
    expect(broken.filter((id) => isValidResidentId(id, NOW))).toEqual([])
  })

  it.each([
    ['11010519491231002X', true],
    ['11010519491231002x', true],
    ['110105194912310021', false],
  ])('checks the well-known sample %s → %s', (id, valid) => {
    expect(isValidResidentId(id, NOW)).toBe(valid)
  })

  it.each([
    ['a birth date of 30 February', '20000230'],
    ['a birth date of 29 February in a common year', '19000229'],
    ['a thirteenth month', '19901301'],
    ['day zero', '19900100'],
    ['a birth date before 1900', '18991231'],
    ['a birth date after today', '20260316'],
  ])('rejects an ID number with %s', (_, birth) => {
    const id = makeResidentId(mulberry32(7), birth)
    expect(id.slice(0, 17) + idCheck(id.slice(0, 17))).toBe(id)
    expect(isValidResidentId(id, NOW)).toBe(false)
  })

  it.each([['20000229'], ['19000101'], ['20260315']])('accepts the birth date %s', (birth) => {
    expect(isValidResidentId(makeResidentId(mulberry32(8), birth), NOW)).toBe(true)
  })

  it.each([['00'], ['10'], ['66'], ['70'], ['84'], ['99']])('rejects the province code %s', (province) => {
    const body = `${province}0105199003071`.padEnd(17, '2')
    expect(isValidResidentId(body + idCheck(body), NOW)).toBe(false)
  })

  it.each([['11'], ['65'], ['71'], ['81'], ['82'], ['83'], ['91']])('accepts the province code %s', (province) => {
    const body = `${province}0105199003071`.padEnd(17, '2')
    expect(isValidResidentId(body + idCheck(body), NOW)).toBe(true)
  })

  it.each([[''], ['1101051949123100'], ['1101051949123100211'], ['11010519491231002Y'], ['X10105194912310021']])(
    'rejects the malformed value “%s”',
    (value) => {
      expect(isValidResidentId(value, NOW)).toBe(false)
    },
  )
})

describe('residentIdCheckChar', () => {
  it('agrees with the standard formula on every generated ID number', () => {
    expect(VALID.map((id) => residentIdCheckChar(id.slice(0, 17)))).toEqual(VALID.map((id) => idCheck(id.slice(0, 17))))
  })

  it('refuses a body that is not 17 digits', () => {
    expect(() => residentIdCheckChar('1101051949123100')).toThrow('身份证号码本体应为17位数字，收到“1101051949123100”')
  })
})
