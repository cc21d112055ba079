import { PLATFORM, day, esc, page } from './_layout.js'

export default class {
  data() {
    return { permalink: '/new-media/index.html' }
  }
  render({ gk }) {
    const rows = gk.accounts
      .map((a) => `<tr><td>${esc(a.name)}</td><td>${esc(PLATFORM[a.platform] ?? a.platform)}</td><td>${esc(a.accountId)}</td><td>${esc(a.department?.name)}</td><td>${day(a.lastPostAt)}</td></tr>`)
      .join('\n')
    return page('政务新媒体', `<table class="accounts"><tr><th>名称</th><th>平台</th><th>账号</th><th>主办单位</th><th>最近更新</th></tr>${rows}</table>`)
  }
}
