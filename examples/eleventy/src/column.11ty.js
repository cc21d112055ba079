import { day, esc, page } from './_layout.js'

export default class {
  data() {
    return { pagination: { data: 'gk.columns', size: 1, alias: 'column' }, permalink: ({ column }) => `/columns/${column.slug}/index.html` }
  }
  render({ column }) {
    const items = column.documents
      .map((d) => `<li><a href="/documents/${esc(d.id)}/">${esc(d.title)}</a> <span class="date">${day(d.publishedAt)}</span></li>`)
      .join('\n')
    return page(column.title, `<ul class="documents">${items || '<li>暂无信息</li>'}</ul>`)
  }
}
