/** The digest email (督办通知) of one department for one run: Chinese subject, HTML and text bodies. */
import { localDate } from '../calendar'
import { ruleLabel, type Severity } from './auditRules'

export type DigestItem = {
  rule: string
  severity: Severity
  subjectType: string
  subjectId: string
  subjectTitle: string
  message: string
  dueAt: string | null
}

export type DigestInput = {
  departmentName: string
  items: readonly DigestItem[]
  runDate: string
  adminUrl: string
  timeZone: string
  maxItems?: number
  /** The title of a rule id (default: Gongkai's AUDIT_RULES; a host passes its own rules' titles). */
  ruleTitle?: (rule: string) => string
}

/** A digest lists at most this many items (red first); the rest are counted and linked. */
export const DIGEST_MAX_ITEMS = 200

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

export const adminLink = (adminUrl: string, item: Pick<DigestItem, 'subjectType' | 'subjectId'>): string =>
  item.subjectType === 'site' ? `${adminUrl}/admin/collections/audit-notices` : `${adminUrl}/admin/collections/${item.subjectType}/${encodeURIComponent(item.subjectId)}`

const SEVERITY_TEXT: Record<Severity, string> = { red: '红色·逾期', yellow: '黄色·预警' }

export const renderDigest = ({ departmentName, items, runDate, adminUrl, timeZone, maxItems = DIGEST_MAX_ITEMS, ruleTitle = ruleLabel }: DigestInput) => {
  const all = [...items].sort((a, b) => (a.severity === b.severity ? (a.dueAt ?? '').localeCompare(b.dueAt ?? '') : a.severity === 'red' ? -1 : 1))
  const red = all.filter((i) => i.severity === 'red').length
  const yellow = all.length - red
  const sorted = all.slice(0, maxItems)
  const more = all.length - sorted.length
  const moreText = more > 0 ? `另有 ${more} 项未列出，请登录系统查看全部督办事项。` : ''
  const subject = `【政务公开督办】${departmentName}：${red} 项逾期、${yellow} 项预警（${runDate}）`
  const due = (i: DigestItem) => (i.dueAt ? localDate(i.dueAt, timeZone) : '—')
  const intro = `${departmentName}：${runDate} 政务公开自动巡检发现以下 ${all.length} 项问题，请及时整改。整改完成后，下次巡检将自动销号。`
  const text = [
    intro,
    '',
    ...sorted.map((i, n) => `${n + 1}. [${SEVERITY_TEXT[i.severity]}] ${ruleTitle(i.rule)}：${i.message}\n   期限：${due(i)}\n   处理：${adminLink(adminUrl, i)}`),
    ...(moreText ? ['', moreText] : []),
    '',
    `全部督办事项：${adminUrl}/admin/collections/audit-notices`,
    '本邮件由政务公开管理平台自动发送，请勿直接回复。',
  ].join('\n')
  const rows = sorted
    .map(
      (i) =>
        `<tr><td style="color:${i.severity === 'red' ? '#c00' : '#b80'};font-weight:bold">${SEVERITY_TEXT[i.severity]}</td>` +
        `<td>${escapeHtml(ruleTitle(i.rule))}</td><td><a href="${escapeHtml(adminLink(adminUrl, i))}">${escapeHtml(i.subjectTitle)}</a></td>` +
        `<td>${escapeHtml(i.message)}</td><td>${escapeHtml(due(i))}</td></tr>`,
    )
    .join('\n')
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>
<p>${escapeHtml(intro)}</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<thead><tr><th>等级</th><th>问题类型</th><th>对象</th><th>说明</th><th>期限</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${moreText ? `<p>${escapeHtml(moreText)}</p>` : ''}
<p><a href="${escapeHtml(`${adminUrl}/admin/collections/audit-notices`)}">查看全部督办事项</a></p>
<p style="color:#666">本邮件由政务公开管理平台自动发送，请勿直接回复。</p>
</body></html>`
  return { subject, html, text, red, yellow }
}

/** Minutes to wait before the next attempt after `attempts` failed ones: base × 2^(attempts−1), at most max. */
export const retryDelayMinutes = (attempts: number, baseMinutes: number, maxMinutes: number): number =>
  Math.min(maxMinutes, baseMinutes * 2 ** Math.max(0, Math.min(30, attempts - 1)))
