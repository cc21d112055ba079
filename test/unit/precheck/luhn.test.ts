/** Specification of the Luhn check used for bank card numbers. */
import { describe, expect, it } from '@jest/globals'

import { passesLuhn } from '../../../domain/precheck'
import { brokenCardChecks, makeBankCard, mulberry32 } from './generators'

const random = mulberry32(42)
const CARDS = [16, 17, 18, 19].flatMap((length) => Array.from({ length: 50 }, () => makeBankCard(random, length)))

describe('passesLuhn', () => {
  it('accepts 200 generated card numbers of 16 to 19 digits', () => {
    expect(CARDS.filter((card) => !passesLuhn(card))).toEqual([])
  })

  it('rejects every wrong last digit of those card numbers', () => {
    expect(CARDS.flatMap(brokenCardChecks).filter(passesLuhn)).toEqual([])
  })

  it.each([
    ['4111111111111111', true],
    ['79927398713', true],
    ['79927398710', false],
    ['6222021234567890128', true],
    ['6222021234567890127', false],
  ])('checks the sample %s → %s', (digits, valid) => {
    expect(passesLuhn(digits)).toBe(valid)
  })

  it.each([[''], ['0'], ['4111 1111 1111 1111'], ['411111111111111a']])(
    'rejects “%s”, which is not a string of digits',
    (value) => {
      expect(passesLuhn(value)).toBe(false)
    },
  )
})
