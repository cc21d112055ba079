/**
 * `npm run seed`: writes the demo county portal into an empty database. Never in production; never twice
 * (a database that already has users is left alone, with or without `--force`).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureSqliteDirectory } from '../src/lib/databaseUri.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

if (process.env.NODE_ENV === 'production') {
  console.error('生产环境（NODE_ENV=production）不写入演示数据：演示账号使用公开的默认密码，不能出现在生产系统中。')
  process.exit(1)
}

const force = process.argv.slice(2).includes('--force')

// Relative `file:` paths are relative to the project root, as in `npm run dev`.
process.chdir(root)
ensureSqliteDirectory()

// Node exits with 13 when a top-level await never settles, without a word: say what happened.
process.on('exit', (code) => {
  if (code === 13 || process.exitCode === 13) console.error('载入系统配置时中断（Node 退出码13：顶层 await 未完成），演示数据未写入。请使用 npm run seed 运行。')
})

// A one-off script: the scheduled tasks belong to the server.
process.env.SCHEDULER = 'off'
const { default: config } = await import('../src/payload.config.js')
const { getPayload } = await import('payload')
const { DEMO_ACCOUNTS, demoPassword, describeSeedSummary, seedDemo } = await import('../src/seed/seedDemo.js')
const { ROLES, labelOf } = await import('../domain/vocabulary.js')

const payload = await getPayload({ config, key: 'server' })
let exitCode = 0
try {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) {
    console.log(
      force
        ? `数据库中已有${totalDocs}个用户，演示数据已经写入过；--force 也不会重复写入。如需重新生成，请先删除或清空数据库。`
        : `数据库中已有${totalDocs}个用户，演示数据已经写入过（或系统已在使用），本次不再写入。`,
    )
  } else {
    const started = Date.now()
    const summary = await seedDemo(payload)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    console.log(`已写入演示数据（用时${seconds}秒）：${describeSeedSummary(summary)}。`)
    console.log('演示账号：')
    for (const account of DEMO_ACCOUNTS) {
      console.log(`  ${account.email}  ${account.name}（${account.departmentName}，${account.roles.map((role) => labelOf(ROLES, role)).join('、')}）`)
    }
    console.log(process.env.DEMO_PASSWORD ? '密码为环境变量 DEMO_PASSWORD 的值。' : `密码：${demoPassword()}（可通过环境变量 DEMO_PASSWORD 修改）`)
  }
} catch (error) {
  console.error('写入演示数据失败：', error)
  exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)
