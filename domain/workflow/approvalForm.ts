/** The 政府网站信息发布审批表 as data and as a printable HTML page (escaped; no scripts). */
import { DISCLOSURES, labelOf } from '../vocabulary'
import { actionLabel, stageLabel, stateLabel } from './states'
import { formatBeijing } from '../beijingTime'

export type ApprovalFormData = {
  title: string
  collectionLabel: string
  /** 信息类别: the item's own kind (政策文件, 通知公告 …), or the collection's label when it has none. */
  category?: string
  indexNumber?: string | null
  docNumber?: string | null
  department: string
  disclosure?: string | null
  reviewState: string
  submitter?: string | null
  submittedAt?: string | null
  signatures: Array<{ stage: string; userName: string; opinion?: string | null; at?: string | null; valid: boolean }>
  findings: Array<{ level: string; kind: string; excerpt: string; field: string; message?: string }>
  acknowledgements: Array<{ key: string; note: string }>
  records: Array<{ at: string; action: string; fromState?: string | null; toState?: string | null; actorName?: string | null; opinion?: string | null }>
  generatedAt: string
}

const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** yyyy-MM-dd HH:mm in Beijing time, as everywhere in the admin. */
const time = (iso?: string | null) => formatBeijing(iso)

const LEVELS: Record<string, string> = { block: '禁止发布', review: '需人工审查', warn: '提示' }

/**
 * Printed where a signer wrote no opinion. Never 同意 (nobody wrote it), and never an empty cell either: on paper an
 * empty cell reads as "to be filled in" and invites a handwritten opinion the signer never gave.
 */
export const NO_OPINION = '（未填写意见）'

export const renderApprovalForm = (form: ApprovalFormData): string => {
  const signature = (stage: string) => {
    const s = [...form.signatures].reverse().find((x) => x.stage === stage && x.valid)
    return s
      ? `<td>${escapeHtml(s.userName)}</td>${s.opinion?.trim() ? `<td>${escapeHtml(s.opinion)}</td>` : `<td class="empty">${NO_OPINION}</td>`}<td>${escapeHtml(time(s.at))}</td>`
      : '<td colspan="3" class="empty">未签署</td>'
  }
  const findings = form.findings.length
    ? `<table><tr><th>级别</th><th>位置</th><th>内容</th><th>说明</th></tr>${form.findings
        .map((f) => `<tr class="${escapeHtml(f.level)}"><td>${escapeHtml(LEVELS[f.level] ?? f.level)}</td><td>${escapeHtml(f.field)}</td><td>${escapeHtml(f.excerpt)}</td><td>${escapeHtml(f.message ?? '')}</td></tr>`)
        .join('')}</table>`
    : '<p>未发现问题。</p>'
  const records = form.records
    .map(
      (r) =>
        `<tr><td>${escapeHtml(time(r.at))}</td><td>${escapeHtml(actionLabel(r.action))}</td><td>${escapeHtml(stateLabel(r.fromState))} → ${escapeHtml(stateLabel(r.toState))}</td><td>${escapeHtml(r.actorName)}</td><td>${escapeHtml(r.opinion)}</td></tr>`,
    )
    .join('')
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>政府网站信息发布审批表 - ${escapeHtml(form.title)}</title>
<style>
body{font-family:'Noto Serif CJK SC','SimSun',serif;margin:2em auto;max-width:56em;color:#000}
h1{text-align:center;font-size:1.6em;letter-spacing:.2em}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #000;padding:.4em .6em;text-align:left;vertical-align:top}
th{width:8em;background:#f2f2f2}.empty{color:#888}.block td{color:#b00020}h2{font-size:1.1em;margin-top:1.5em}
.meta{text-align:right;font-size:.85em;color:#555}@media print{.meta{display:none}}
</style></head><body>
<h1>政府网站信息发布审批表</h1>
<table>
<tr><th>信息标题</th><td colspan="3">${escapeHtml(form.title)}</td></tr>
<tr><th>信息类别</th><td>${escapeHtml(form.category || form.collectionLabel)}</td><th>公开属性</th><td>${escapeHtml(labelOf(DISCLOSURES, form.disclosure as never) || form.disclosure)}</td></tr>
<tr><th>索引号</th><td>${escapeHtml(form.indexNumber)}</td><th>发文字号</th><td>${escapeHtml(form.docNumber)}</td></tr>
<tr><th>报送部门</th><td>${escapeHtml(form.department)}</td><th>当前状态</th><td>${escapeHtml(stateLabel(form.reviewState))}</td></tr>
<tr><th>报送人</th><td>${escapeHtml(form.submitter)}</td><th>报送时间</th><td>${escapeHtml(time(form.submittedAt))}</td></tr>
</table>
<table>
<tr><th>审核环节</th><th>审核人</th><th>审核意见</th><th>审核时间</th></tr>
${['first', 'secrecy', 'final', 'retrospective']
  .filter((stage) => stage !== 'retrospective' || form.signatures.some((s) => s.stage === stage))
  .map((stage) => `<tr><th>${escapeHtml(stageLabel(stage))}</th>${signature(stage)}</tr>`)
  .join('\n')}
</table>
<h2>保密与合规预审结果</h2>
${findings}
${form.acknowledgements.length ? `<h2>保密审查确认意见</h2><ul>${form.acknowledgements.map((a) => `<li>${escapeHtml(a.note)}</li>`).join('')}</ul>` : ''}
<h2>审批记录</h2>
<table><tr><th>时间</th><th>操作</th><th>状态</th><th>操作人</th><th>意见或原因</th></tr>${records}</table>
<p class="meta">生成时间：${escapeHtml(time(form.generatedAt))}</p>
</body></html>`
}
