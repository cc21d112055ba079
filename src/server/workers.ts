/**
 * SERVER_WORKERS=N (default 1): the server as N worker processes on one port (node:cluster), so that one machine's
 * cores all serve. Each worker is an instance as in docs/operations.md → 多实例 (the same database, the same uploads);
 * the first starts alone — it migrates and seeds — and the others follow once it listens, without the scheduler
 * (SCHEDULER=off), which runs in the first only. A worker that dies after it started is started again; one that
 * fails to start stops the server with its exit code. SIGTERM/SIGINT reach every worker, each finishing its requests.
 */
import cluster, { type Worker } from 'node:cluster'

/** How many workers SERVER_WORKERS asks for (1 unless it is an integer from 2 to 64). */
export const workerCount = (env: Record<string, string | undefined> = process.env): number => {
  const raw = env.SERVER_WORKERS?.trim()
  if (!raw) return 1
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`SERVER_WORKERS 应为 1 到 64 之间的整数：${raw}`)
  return n
}

export const isClusterPrimary = (count: number): boolean => count > 1 && cluster.isPrimary

export const runPrimary = (count: number, log: (line: string) => void = (line) => console.log(line)): void => {
  let stopping = false
  let exitCode = 0
  const live = new Set<Worker>()
  let othersStarted = false
  const start = (index: number): Worker => {
    // The first worker keeps the scheduler setting; the others never run it.
    const worker = cluster.fork({ GONGKAI_WORKER: String(index), ...(index > 1 ? { SCHEDULER: 'off' } : {}) })
    let listened = false
    live.add(worker)
    worker.once('listening', () => {
      listened = true
      // Once, after the first worker's first start (a restarted first worker finds the others running).
      if (index === 1 && !othersStarted) {
        othersStarted = true
        for (let i = 2; i <= count; i++) start(i)
      }
    })
    worker.once('exit', (code, signal) => {
      live.delete(worker)
      if (stopping) {
        exitCode = Math.max(exitCode, code ?? 0)
        if (live.size === 0) process.exit(exitCode)
        return
      }
      if (!listened) {
        log(`工作进程 ${index} 启动失败（退出码 ${code ?? signal}），服务停止`)
        stopAll(code || 1)
        return
      }
      log(`工作进程 ${index} 意外退出（${code ?? signal}），正在重新启动`)
      setTimeout(() => start(index), 1000).unref()
    })
    return worker
  }
  const stopAll = (code = 0) => {
    if (stopping) return
    stopping = true
    exitCode = code
    if (live.size === 0) process.exit(exitCode)
    for (const worker of live) worker.process.kill('SIGTERM')
  }
  process.on('SIGTERM', () => stopAll())
  process.on('SIGINT', () => stopAll())
  log(`以 ${count} 个工作进程启动（SERVER_WORKERS），主进程 pid ${process.pid}`)
  start(1)
}
