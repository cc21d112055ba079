/**
 * The post log's CSV import (docs/inspection.md): one row per account and month, modelled on the monthly export of
 * the WeChat 公众号 and Weibo back offices — 账号ID, 平台, 统计月份 (yyyy-MM), 发文数; other columns are ignored.
 * Every row is checked before anything is written; a bad row is named by its row number as a spreadsheet shows it
 * (the header is row 1). Pure.
 */
import { PLATFORMS } from '../vocabulary'
import { MONTH_PATTERN } from './postLog'

export const POST_CSV_COLUMNS = { accountId: '账号ID', platform: '平台', month: '统计月份', count: '发文数' } as const

export type PostImportRow = { row: number; accountId: string; platform: string; month: string; count: number }

/** RFC 4180 CSV: quoted fields with doubled quotes and line breaks; a leading BOM and blank lines are dropped. */
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const source = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') (field += '"'), i++
      else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') row.push(field), (field = '')
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++
      row.push(field), rows.push(row), (row = []), (field = '')
    } else field += ch
  }
  if (field !== '' || row.length) row.push(field), rows.push(row)
  return rows
}

const platformOf = (text: string): string | null => {
  const value = text.trim().toLowerCase()
  return PLATFORMS.find((p) => p.value === value || p.label === text.trim())?.value ?? null
}

/** `2026-10`, `2026/10`, `2026-1` or `2026年10月` → `2026-10`; null otherwise. */
export const monthOf = (text: string): string | null => {
  const m = /^\s*(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?\s*$/.exec(text)
  const month = m ? `${m[1]}-${m[2].padStart(2, '0')}` : null
  return month && MONTH_PATTERN.test(month) ? month : null
}

export type PostImport = { ok: true; rows: PostImportRow[] } | { ok: false; missing: string[] } | { ok: false; problems: string[] }

export const postImportRows = (table: readonly string[][]): PostImport => {
  const [header = [], ...body] = table
  const names = header.map((h) => h.trim())
  const at = Object.fromEntries(Object.entries(POST_CSV_COLUMNS).map(([key, name]) => [key, names.indexOf(name)])) as Record<keyof typeof POST_CSV_COLUMNS, number>
  const missing = Object.entries(POST_CSV_COLUMNS).filter(([key]) => at[key as keyof typeof at] < 0).map(([, name]) => name)
  if (missing.length) return { ok: false, missing }
  const rows: PostImportRow[] = []
  const problems: string[] = []
  const seen = new Map<string, number>()
  body.forEach((cells, i) => {
    const row = i + 2
    if (cells.every((c) => c.trim() === '')) return
    const cell = (key: keyof typeof at) => (cells[at[key]] ?? '').trim()
    const accountId = cell('accountId')
    const platform = platformOf(cell('platform'))
    const month = monthOf(cell('month'))
    const countText = cell('count').replace(/,/g, '')
    const count = /^\d+$/.test(countText) ? Number(countText) : null
    const wrong = [
      accountId ? null : '账号ID为空',
      platform ? null : `平台“${cell('platform')}”无法识别（应为 ${PLATFORMS.map((p) => p.label).join('、')}）`,
      month ? null : `统计月份“${cell('month')}”应写作 yyyy-MM`,
      count === null ? `发文数“${cell('count')}”应为不小于 0 的整数` : null,
    ].filter(Boolean)
    if (wrong.length) return void problems.push(`第 ${row} 行：${wrong.join('；')}`)
    const key = `${platform}|${accountId}|${month}`
    if (seen.has(key)) return void problems.push(`第 ${row} 行：与第 ${seen.get(key)} 行重复（同一账号同一月份）`)
    seen.set(key, row)
    rows.push({ row, accountId, platform: platform!, month: month!, count: count! })
  })
  return problems.length ? { ok: false, problems } : { ok: true, rows }
}

/** The file's text: UTF-8 (with or without BOM), or GB18030 as Excel and WPS save CSV on Chinese Windows. */
export const decodeCsv = (bytes: Uint8Array): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}
