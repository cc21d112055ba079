/**
 * The staff preview of an item's public page (plugins/contentApi/preview): a plain Chinese HTML page with the fields
 * the public API serves, under their labels, and the public HTML of its rich text. Pure: no Payload.
 */

export type PreviewRow = { label: string; value: string }
export type PreviewText = { label: string; html: string }

export type PreviewPage = {
  title: string
  /** What kind of item (政府信息, 政策解读), shown above the title. */
  kind: string
  rows: PreviewRow[]
  texts: PreviewText[]
  /** Whether the version shown is what the public site serves now; when not, the page says 预览（尚未发布）. */
  published: boolean
  /** When the preview was made, `yyyy-MM-dd HH:mm` in Beijing time. */
  generatedAt: string
}

export const PREVIEW_UNPUBLISHED = '预览（尚未发布）'
export const PREVIEW_PUBLISHED = '预览（与网站上已发布的版本一致）'

export const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** The page's Content-Security-Policy: no script at all, styles inline, images and media from anywhere over http(s). */
export const PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:; media-src https: http:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"

export const renderPreviewPage = (page: PreviewPage): string => {
  const banner = page.published ? PREVIEW_PUBLISHED : PREVIEW_UNPUBLISHED
  const rows = page.rows
    .filter((row) => row.value !== '')
    .map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th><td>${escapeHtml(row.value)}</td></tr>`)
    .join('')
  const texts = page.texts.map((text) => `<section class="text" aria-label="${escapeHtml(text.label)}"><h2>${escapeHtml(text.label)}</h2><div class="body">${text.html}</div></section>`).join('')
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(banner)}：${escapeHtml(page.title)}</title>
<style>
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;background:#f4f5f7;color:#222}
.banner{background:${page.published ? '#2f7d32' : '#b3261e'};color:#fff;padding:10px 24px;font-size:16px;font-weight:bold}
main{max-width:960px;margin:24px auto;background:#fff;padding:32px 48px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.kind{color:#666;font-size:14px}
h1{font-size:24px;text-align:center;margin:16px 0 24px;line-height:1.5}
table{width:100%;border-collapse:collapse;margin-bottom:24px;font-size:14px}
th,td{border:1px solid #d9d9d9;padding:6px 10px;text-align:left;vertical-align:top}
th{width:9em;background:#fafafa;font-weight:normal;color:#555}
h2{font-size:16px;border-left:4px solid #b3261e;padding-left:8px}
.body{line-height:1.9;font-size:16px}
footer{color:#888;font-size:12px;text-align:center;margin:16px}
</style>
</head>
<body>
<div class="banner" role="status">${escapeHtml(banner)}</div>
<main>
<div class="kind">${escapeHtml(page.kind)}</div>
<h1>${escapeHtml(page.title)}</h1>
<table><tbody>${rows}</tbody></table>
${texts}
</main>
<footer>仅供内部预览，生成于 ${escapeHtml(page.generatedAt)}（北京时间）。公开网站以审核发布后的内容为准。</footer>
</body>
</html>
`
}

/** A preview URL template (`https://www.example.gov.cn/preview/{collection}/{id}`) filled in; placeholders URL-encoded. */
export const fillPreviewUrl = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? encodeURIComponent(values[name]!) : whole))

/** Why a preview URL template cannot be used, or null: an absolute http(s) URL. */
export const previewUrlProblem = (value: unknown): string | null => {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string') return '预览地址应为网址'
  let url: URL
  try {
    url = new URL(fillPreviewUrl(value, { collection: 'documents', id: '1' }))
  } catch {
    return '预览地址应为完整网址，例如 https://www.example.gov.cn/preview/{collection}/{id}'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return '预览地址应以 https:// 或 http:// 开头'
  return null
}
