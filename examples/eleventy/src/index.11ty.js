import { esc, page } from './_layout.js'

export default class {
  data() {
    return { permalink: '/index.html' }
  }
  render({ gk }) {
    const columns = gk.columns.map((c) => `<li><a href="/columns/${esc(c.slug)}/">${esc(c.title)}</a>（${c.documents.length}）</li>`).join('\n')
    return page('政府信息公开', `<h2>栏目</h2><ul class="columns">${columns}</ul>`)
  }
}
