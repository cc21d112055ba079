import { FORM, esc, page } from './_layout.js'

export default class {
  data() {
    return { pagination: { data: 'gk.interpretations', size: 1, alias: 'item' }, permalink: ({ item }) => `/interpretations/${item.id}/index.html` }
  }
  render({ item }) {
    const policy = item.policyPublic && item.policy
      ? `<p class="policy">解读的政策文件：<a href="/documents/${esc(item.policy.id)}/">${esc(item.policy.title)}</a></p>`
      : ''
    return page(item.title, `<p>解读形式：${FORM[item.form] ?? ''} · 解读机构：${esc(item.department?.name)}</p>${policy}<article>${item.bodyHtml ?? ''}</article>`)
  }
}
