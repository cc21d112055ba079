/**
 * examples/eleventy against the real server (`npm run dev`, API only) on a fresh database: content published
 * through the 三审 workflow over HTTP becomes pages; a withdrawal, synced from the change feed, removes its page;
 * no non-public text appears anywhere in the built site.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { root, startApp, type AppProcess } from '../helpers/appProcess'
import { body, daysAgo, makeUscc } from '../helpers/fixtures'

const PASSWORD = 'E2e@2026-pass'
/** 成文日期 a week before today (a date the app accepts whatever today is) and as the site shows it. */
const FORMED_AT = daysAgo(7)
const FORMED_DAY = new Date(FORMED_AT).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
const SECRETS = ['不予公开的会议纪要XYZ', '完整正文机密ABC', '内部理由JKL', '草稿未发布DEF', '已关停账号GHI', '13912345678', 'contact-e2e@test.gov.cn', '分管领导MNO']

let app: AppProcess
let work: string
const tokens: Record<string, string> = {}
const ids: Record<string, number> = {}

/** What these calls read back: a login's token, a created document, or a read document's fields. */
type Reply = { token: string; doc: { id: number }; indexNumber: string }

const call = async (method: string, url: string, token: string | null, data?: unknown) => {
  const res = await fetch(`${app.url}${url}`, {
    method,
    headers: { ...(data ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: data ? JSON.stringify(data) : undefined,
  })
  const json = (await res.json()) as Reply
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

const publish = async (collection: string, id: number) => {
  for (const [role, action] of [['editor', 'submit'], ['reviewer', 'approve'], ['secrecy', 'approve'], ['approver', 'approve']]) {
    await call('POST', `/api/${collection}/${id}/workflow`, tokens[role], { action })
  }
}

const build = () => {
  const run = spawnSync(process.execPath, ['examples/eleventy/build.mjs'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', GONGKAI_API: app.url, OUT_DIR: path.join(work, 'site'), STORE_FILE: path.join(work, 'store.json') },
  })
  if (run.status !== 0) throw new Error(`eleventy build failed:\n${run.stdout}\n${run.stderr}`)
  return run.stdout
}
const page = (p: string) => path.join(work, 'site', p)
const read = (p: string) => fs.readFileSync(page(p), 'utf8')
const allText = (dir: string): string =>
  fs.readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? allText(path.join(dir, e.name)) : fs.readFileSync(path.join(dir, e.name), 'utf8'))).join('\n')

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-11ty-'))
  app = await startApp('dev', { GONGKAI_ADMIN: 'false', SEED_DEMO: 'false', SCHEDULER: 'false', PUBLIC_RATE_LIMIT: '100000' })
  tokens.admin = (await call('POST', '/api/users/first-register', null, { name: '管理员', email: 'admin@e2e.gov.cn', password: PASSWORD, confirmPassword: PASSWORD })).token
  const dept = (await call('POST', '/api/departments', tokens.admin, { name: '县人民政府办公室', code: makeUscc(), kind: 'office' })).doc
  for (const role of ['editor', 'reviewer', 'secrecy', 'approver']) {
    // A scripted setup, not a temporary password handed to a person: no change forced on first login.
    await call('POST', '/api/users', tokens.admin, { name: role, email: `${role}@e2e.gov.cn`, password: PASSWORD, roles: [role], department: dept.id, mustChangePassword: false })
    tokens[role] = (await call('POST', '/api/users/login', null, { email: `${role}@e2e.gov.cn`, password: PASSWORD })).token
  }
  const column = (await call('POST', '/api/columns', tokens.admin, { title: '政策文件', slug: 'zcwj', kind: 'policy' })).doc
  const draft = (data: Record<string, unknown>) =>
    call('POST', '/api/documents?draft=true', tokens.editor, { column: column.id, department: dept.id, formedAt: FORMED_AT, disclosure: 'proactive', _status: 'draft', ...data })
  ids.policy = (await draft({ title: '关于促进就业的若干措施', docNumber: '临政发〔2026〕3号', body: body('第一条 全面促进就业。') })).doc.id
  ids.notice = (await draft({ title: '关于开展安全检查的通知', body: body('请各单位开展检查。') })).doc.id
  ids.partial = (await draft({
    title: '部分公开的项目批复', disclosure: 'partial', nonDisclosureBasis: 'art15-personal-privacy', nonDisclosureReason: '内部理由JKL',
    body: body('完整正文机密ABC'), publicBody: body('删减后的公开内容'),
  })).doc.id
  ids.withheld = (await draft({ title: '不予公开的会议纪要XYZ', disclosure: 'withheld', nonDisclosureBasis: 'art16-internal-affairs', nonDisclosureReason: '内部理由JKL' })).doc.id
  await draft({ title: '草稿未发布DEF' })
  for (const key of ['policy', 'notice', 'partial', 'withheld']) await publish('documents', ids[key])
  ids.interpretation = (await call('POST', '/api/interpretations?draft=true', tokens.editor, {
    title: '《关于促进就业的若干措施》政策解读', policy: ids.policy, form: 'text', department: dept.id, body: body('解读正文'), _status: 'draft',
  })).doc.id
  await publish('interpretations', ids.interpretation)
  await call('POST', '/api/new-media-accounts', tokens.editor, {
    name: '临川发布', platform: 'wechat', accountId: 'linchuanfabu', department: dept.id, status: 'active',
    contactPhone: '13912345678', contactEmail: 'contact-e2e@test.gov.cn', responsibleLeader: '分管领导MNO',
  })
  await call('POST', '/api/new-media-accounts', tokens.editor, { name: '已关停账号GHI', platform: 'weibo', department: dept.id, status: 'suspended' })
}, 600_000)
afterAll(async () => {
  await app?.stop()
  if (work) fs.rmSync(work, { recursive: true, force: true })
}, 60_000)

describe('Eleventy site from the content API', () => {
  it('builds column, document, interpretation and new-media pages', async () => {
    build()
    expect(read('columns/zcwj/index.html')).toContain('关于促进就业的若干措施')
    const policy = read(`documents/${ids.policy}/index.html`)
    const doc = await call('GET', `/api/documents/${ids.policy}`, null)
    for (const text of ['索引号', doc.indexNumber, '发文字号', '临政发〔2026〕3号', '发布机构', '县人民政府办公室', '成文日期', FORMED_DAY, '发布日期', '有效性', '有效', '第一条 全面促进就业。']) {
      expect(policy).toContain(text)
    }
    expect(policy).toContain(`<a href="/interpretations/${ids.interpretation}/">`)
    expect(read(`interpretations/${ids.interpretation}/index.html`)).toContain(`<a href="/documents/${ids.policy}/">关于促进就业的若干措施</a>`)
    expect(read(`documents/${ids.partial}/index.html`)).toContain('删减后的公开内容')
    const media = read('new-media/index.html')
    expect(media).toContain('临川发布')
    expect(media).toContain('微信')
  })

  it('never puts non-public text into the site', () => {
    const everything = allText(path.join(work, 'site'))
    for (const secret of SECRETS) expect(everything).not.toContain(secret)
    expect(fs.existsSync(page(`documents/${ids.withheld}/index.html`))).toBe(false)
  })

  it('rebuilds from the change feed after a withdrawal: only the change is fetched and the page is gone', async () => {
    expect(fs.existsSync(page(`documents/${ids.notice}/index.html`))).toBe(true)
    await call('POST', `/api/documents/${ids.notice}/workflow`, tokens.approver, { action: 'withdraw', reason: '内容调整' })
    const output = build()
    expect(output).toMatch(/synced: 0 fetched, 1 removed/)
    expect(fs.existsSync(page(`documents/${ids.notice}/index.html`))).toBe(false)
    expect(read('columns/zcwj/index.html')).not.toContain('关于开展安全检查的通知')
    expect(fs.existsSync(page(`documents/${ids.policy}/index.html`))).toBe(true)
  })

  it('drops an interpretation page when its policy is withdrawn', async () => {
    await call('POST', `/api/documents/${ids.policy}/workflow`, tokens.approver, { action: 'withdraw', reason: '政策废止' })
    build()
    expect(fs.existsSync(page(`documents/${ids.policy}/index.html`))).toBe(false)
    expect(fs.existsSync(page(`interpretations/${ids.interpretation}/index.html`))).toBe(false)
  })
})
