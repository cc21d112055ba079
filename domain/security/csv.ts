/**
 * CSV for Excel and WPS: a UTF-8 BOM (or Chinese turns to mojibake), CRLF lines, RFC 4180 quoting, and cells
 * that a spreadsheet would run as a formula (=, +, -, @, tab, CR) prefixed with an apostrophe — log entries
 * hold text an attacker typed, such as the email of a failed login.
 */
export const CSV_BOM = '\uFEFF'

const cell = (value: unknown): string => {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const toCsv = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<unknown>>): string =>
  CSV_BOM + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
