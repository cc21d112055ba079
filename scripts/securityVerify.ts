/**
 * `npm run security:verify`: checks the 安全审计日志's hash chain from the first kept entry to the chain head.
 * Prints OK with the count and the last hash (worth writing down elsewhere: it anchors the log), or the first
 * broken entry and why; exit 0 or 1.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureSqliteDirectory } from '../src/lib/databaseUri'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)
ensureSqliteDirectory()
process.env.LOG_LEVEL ??= 'warn'
// A one-off script: the scheduled tasks belong to the server.
process.env.SCHEDULER = 'off'

const { default: config } = await import('../src/payload.config')
const { getPayload } = await import('payload')
const { verifySecurityLog } = await import('../plugins/security/actions/verifySecurityLog')

const payload = await getPayload({ config, key: 'server' })
let exitCode = 0
try {
  const verdict = await verifySecurityLog(payload)
  if (verdict.ok) {
    console.log(
      verdict.count === 0
        ? '安全审计日志校验通过：日志为空'
        : `安全审计日志校验通过：共 ${verdict.count} 条（第 ${verdict.firstSeq}–${verdict.lastSeq} 条），末条哈希 ${verdict.lastHash}`,
    )
  } else {
    console.error(`安全审计日志校验失败：第 ${verdict.seq} 条${verdict.reason}`)
    exitCode = 1
  }
} catch (error) {
  console.error('安全审计日志校验未能完成：', (error as Error).message)
  exitCode = 2
} finally {
  await payload.destroy()
}
process.exit(exitCode)
