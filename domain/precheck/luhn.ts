/** The Luhn (mod 10) check used by bank card numbers (ISO/IEC 7812). */

/** True for a string of digits only whose last digit is the correct Luhn check digit. */
export function passesLuhn(digits: string): boolean {
  if (typeof digits !== 'string' || digits.length < 2 || !/^\d+$/.test(digits)) return false
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return sum % 10 === 0
}
