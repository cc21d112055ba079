/** The findings as a plain-text table for the terminal (CJK characters count two columns). */
import { ruleLabel } from '../../domain/audit/auditRules'
import { localDate } from '../../domain/calendar'
import type { AuditFinding } from './types'

const width = (text: string) => [...text].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0)
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)))
const clip = (text: string, max: number) => {
  let out = ''
  for (const c of text) {
    if (width(out + c) > max - 1) return `${out}…`
    out += c
  }
  return out
}

/** `title` names a rule (default: Gongkai's titles; pass the plugin's `ruleTitle` for a host's own rules). */
export const formatFindings = (findings: readonly AuditFinding[], departmentNames: ReadonlyMap<string, string>, timeZone: string, title: (rule: string) => string = ruleLabel): string => {
  if (findings.length === 0) return '未发现问题。'
  const rows = [...findings]
    .sort((a, b) => (a.severity === b.severity ? a.rule.localeCompare(b.rule) : a.severity === 'red' ? -1 : 1))
    .map((f) => [
      f.severity === 'red' ? '红色' : '黄色',
      title(f.rule),
      clip(f.subjectTitle, 30),
      f.department === null ? '（政务公开办）' : (departmentNames.get(String(f.department)) ?? String(f.department)),
      f.dueAt ? localDate(f.dueAt, timeZone) : '—',
      f.message,
    ])
  const header = ['等级', '问题类型', '对象', '责任单位', '期限', '说明']
  const widths = header.map((h, i) => (i === header.length - 1 ? 0 : Math.max(width(h), ...rows.map((r) => width(r[i])))))
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]))).join('  ')
  const red = findings.filter((f) => f.severity === 'red').length
  return [line(header), ...rows.map(line), '', `共 ${findings.length} 项：红色 ${red} 项，黄色 ${findings.length - red} 项。`].join('\n')
}
