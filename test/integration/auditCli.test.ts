/** `npm run audit`: the findings as a table; --dry-run records nothing, a real run records and mails. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { bootPayload, type TestContext } from '../helpers/testPayload'
import { makeColumn, makeDepartment } from '../helpers/fixtures'

let ctx: TestContext
beforeAll(async () => {
  ctx = await bootPayload()
  const dept = await makeDepartment(ctx.payload, { name: '命令行测试局', noticeEmails: [{ email: 'cli@dept.gov.cn' }] })
  await makeColumn(ctx.payload, { kind: 'notice', title: '无内容的通知公告', department: dept.id })
})
afterAll(async () => ctx?.close())

const audit = (...args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['scripts/audit.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation --conditions=development', LOG_LEVEL: 'fatal' },
    timeout: 120_000,
  })

it('--dry-run prints the table and records nothing', async () => {
  const run = audit('--dry-run', '--now', '2026-12-01')
  expect(run.stderr).not.toContain('巡检失败')
  expect(run.status).toBe(0)
  expect(run.stdout).toContain('试运行')
  expect(run.stdout).toMatch(/黄色\s+空白栏目\s+无内容的通知公告\s+命令行测试局/)
  expect(run.stdout).toMatch(/共 \d+ 项：红色 \d+ 项，黄色 \d+ 项。/)
  expect((await ctx.payload.count({ collection: 'audit-notices' })).totalDocs).toBe(0)
})

it('without --dry-run records the notices and sends the digest', async () => {
  const run = audit('--now=2026-12-01')
  expect(run.status).toBe(0)
  expect(run.stdout).toMatch(/督办通知：新增 \d+/)
  expect(run.stdout).toContain('邮件 已发送：cli@dept.gov.cn')
  expect((await ctx.payload.count({ collection: 'audit-notices', where: { subjectTitle: { equals: '无内容的通知公告' } } })).totalDocs).toBe(1)
})

it('refuses a malformed --now with a Chinese message', () => {
  const run = audit('--now', '十二月')
  expect(run.status).toBe(2)
  expect(run.stderr).toContain('--now 的日期格式不正确')
})
