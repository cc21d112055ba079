/** A letter as a printable page: A4, the same text and layout as the Word file; a draft carries a 草稿 watermark. */
import type { LetterLayout } from '../../../domain/applications/letters'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

const STYLE = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
html { background: #eee; }
body { margin: 0; font-family: "仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28pt; color: #000; }
.page { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 10mm auto; padding: 37mm 26mm 35mm 28mm; background: #fff; position: relative; }
h1 { font-family: "方正小标宋简体", "小标宋", "宋体", SimSun, "Noto Serif CJK SC", serif; font-size: 22pt; font-weight: normal; line-height: 36pt; text-align: center; margin: 0 0 14pt; }
.reference { text-align: center; margin: 0 0 14pt; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.salutation { text-indent: 0; }
.right { text-align: right; text-indent: 0; padding-right: 2em; }
.signature { margin-top: 28pt; }
.draft { color: #c00000; font-weight: bold; text-align: center; text-indent: 0; }
.watermark { position: absolute; top: 40%; left: 0; right: 0; text-align: center; font-size: 96pt; color: rgba(192, 0, 0, 0.12); transform: rotate(-30deg); pointer-events: none; }
@media print {
  html { background: none; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; }
  .watermark { position: fixed; }
}`

export const letterHtml = (layout: LetterLayout, state: { signed: boolean }): string => {
  const parts = [
    ...(state.signed ? [] : ['<div class="watermark" aria-hidden="true">草稿</div>', '<p class="draft">草稿（未经签发，不得送达）</p>']),
    `<h1>${escape(layout.title)}</h1>`,
    ...(layout.reference ? [`<div class="reference">${escape(layout.reference)}</div>`] : []),
    ...(layout.salutation ? [`<p class="salutation">${escape(layout.salutation)}</p>`] : []),
    ...layout.paragraphs.map((text) => `<p>${escape(text)}</p>`),
    `<p class="right signature">${escape(layout.signature)}</p>`,
    `<p class="right">${escape(layout.date)}</p>`,
    ...(state.signed ? ['<p class="right">（已签发）</p>'] : []),
  ]
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${escape(layout.title)}</title><style>${STYLE}</style></head>
<body><main class="page">
${parts.join('\n')}
</main></body></html>`
}
