import { VALIDITY, FORM, day, esc, page } from './_layout.js'

export default class {
  data() {
    return { pagination: { data: 'gk.documents', size: 1, alias: 'doc' }, permalink: ({ doc }) => `/documents/${doc.id}/index.html` }
  }
  render({ doc }) {
    const meta = [
      ['索引号', doc.indexNumber],
      ['发文字号', doc.docNumber],
      ['发布机构', doc.department?.name],
      ['成文日期', day(doc.formedAt)],
      ['发布日期', day(doc.publishedAt)],
      ['有效性', VALIDITY[doc.validity] ?? ''],
    ]
      .map(([label, value]) => `<tr><th>${label}</th><td>${esc(value)}</td></tr>`)
      .join('')
    // bodyHtml / publicBodyHtml are already safe HTML from the API (Payload's converters escape text).
    const text = doc.disclosure === 'partial' ? doc.publicBodyHtml : doc.bodyHtml
    const interpretations = doc.interpretations.length
      ? `<h2>政策解读</h2><ul class="interpretations">${doc.interpretations.map((i) => `<li><a href="/interpretations/${esc(i.id)}/">${esc(i.title)}</a>（${FORM[i.form] ?? ''}）</li>`).join('')}</ul>`
      : ''
    const column = doc.column?.slug ? `<p>栏目：<a href="/columns/${esc(doc.column.slug)}/">${esc(doc.column.title)}</a></p>` : ''
    return page(doc.title, `<table class="meta">${meta}</table>${column}<article>${text ?? ''}</article>${interpretations}`)
  }
}
