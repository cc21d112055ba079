/**
 * `npm run audit [-- --dry-run] [-- --now 2026-12-01]`: runs the daily audit by hand and prints the findings as a
 * table; without --dry-run it records the notices and sends the digests, like the scheduled run.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureSqliteDirectory } from '../src/lib/databaseUri'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const dryRun = args.includes('--dry-run')
const nowArg = args.find((a) => a.startsWith('--now='))?.slice(6) ?? (args.includes('--now') ? args[args.indexOf('--now') + 1] : undefined)

// A bare date means that day at the default schedule time, 08:30 in Asia/Shanghai.
const now = nowArg ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(nowArg) ? `${nowArg}T08:30:00+08:00` : nowArg) : new Date()
if (Number.isNaN(now.getTime())) {
  console.error(`--now 的日期格式不正确：${nowArg}（例如 2026-12-01 或 2026-12-01T08:30:00+08:00）`)
  process.exit(2)
}

process.chdir(root)
ensureSqliteDirectory()
process.env.LOG_LEVEL ??= 'warn'
// A one-off script: the scheduled tasks belong to the server.
process.env.SCHEDULER = 'off'

const { default: config } = await import('../src/payload.config')
const { getPayload } = await import('payload')
const { runAudit, formatFindings, ruleTitle } = await import('../plugins/audit')
const { readSettings } = await import('../hooks/settings/getSettings')

const payload = await getPayload({ config, key: 'server' })
let exitCode = 0
try {
  const result = await runAudit(payload, { now, dryRun })
  const { docs } = await payload.find({ collection: 'departments', pagination: false, depth: 0, overrideAccess: true, select: { name: true } })
  const names = new Map(docs.map((d) => [String(d.id), String(d.name)]))
  const settings = await readSettings(payload)
  console.log(`政务公开自动巡检 ${now.toISOString()}${dryRun ? '（试运行：不记录、不发送）' : ''}\n`)
  console.log(formatFindings(result.findings, names, settings.audit.timeZone, (rule) => ruleTitle(payload, rule)))
  for (const error of result.errors) console.error(`规则 ${error.rules} 未能运行：${error.message}`)
  if (result.notices) console.log(`督办通知：新增 ${result.notices.created}，更新 ${result.notices.updated}，持续 ${result.notices.unchanged}，销号 ${result.notices.resolved}。`)
  for (const email of result.emails ?? []) {
    console.log(`邮件 ${email.status === 'sent' ? '已发送' : '发送失败'}：${[...email.to, ...email.cc].join(', ') || '（无收件人）'}，${email.notices} 项${email.error ? `（${email.error}）` : ''}`)
  }
  if (result.errors.length) exitCode = 1
} catch (error) {
  console.error('巡检失败：', (error as Error).message)
  exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)
