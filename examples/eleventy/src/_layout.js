// The page frame and small helpers shared by the templates (escaping is done here, never in the data).
export const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])
export const day = (iso) => (iso ? new Date(iso).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }) : '')
export const VALIDITY = { valid: '有效', amended: '已修订', repealed: '已废止', expired: '已失效' }
export const PLATFORM = { wechat: '微信', weibo: '微博', douyin: '抖音', toutiao: '今日头条', kuaishou: '快手', bilibili: '哔哩哔哩', app: '客户端', 'mini-program': '小程序', other: '其他' }
export const FORM = { text: '文字解读', graphic: '图解', audio: '音频', video: '视频', animation: '动漫', interview: '访谈', commentary: '评论' }

export const page = (title, body) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)} - 政府信息公开</title></head>
<body><header><a href="/">政府信息公开</a> · <a href="/new-media/">政务新媒体</a></header>
<main><h1>${esc(title)}</h1>
${body}
</main></body></html>
`
