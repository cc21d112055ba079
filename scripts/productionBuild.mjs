// The production build and the demo database it starts from, shared by the browser specs (test/e2eGlobalSetup.mjs)
// and the admin bench (scripts/bench/adminPages.ts).
//
// - ensureProductionBuild: `npm run build` into a NEXT_DIST_DIR of its own (never `.next`, which development
//   servers of the checkout use), reused while it is newer than every source file.
// - seedDemoDatabase: a folder with `app.db` (the demo county, the working tree's schema, every committed migration
//   recorded as applied, so `npm start` finds nothing to migrate) and the `media` its attachments need, written by
//   scripts/seedDemoDatabase.ts. `npm start` never seeds, so a production server starts from a copy of it.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

const SOURCE_DIRS = ['src', 'collections', 'hooks', 'plugins', 'domain', 'migrations']
const SOURCE_FILES = ['next.config.mjs', 'package-lock.json']

/** The newest modification time of any file the build is made from. */
export const newestSource = () => {
  let newest = 0
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else newest = Math.max(newest, fs.statSync(full).mtimeMs)
    }
  }
  for (const dir of SOURCE_DIRS) if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir))
  for (const file of SOURCE_FILES) if (fs.existsSync(path.join(root, file))) newest = Math.max(newest, fs.statSync(path.join(root, file)).mtimeMs)
  return newest
}

/**
 * Builds into `distDir` unless a build newer than every source file is there. `policy`: 'auto' (that rule),
 * 'always' (rebuild), 'never' (reuse whatever is there). Next's type check is skipped (`npm run typecheck` checks
 * types). Returns what it did, for a log line.
 */
export const ensureProductionBuild = (distDir, policy = 'auto') => {
  if (distDir === '.next') throw new Error('生产构建不放在 .next 中（开发服务器使用该目录），请另设 NEXT_DIST_DIR，例如 .next-e2e')
  const buildId = path.join(root, distDir, 'BUILD_ID')
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0
  if (policy === 'never' || (policy === 'auto' && built > newestSource())) return `reused ${distDir} (${new Date(built).toISOString()})`
  const started = Date.now()
  const run = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', NEXT_DIST_DIR: distDir, NEXT_BUILD_SKIP_TYPECHECK: 'true' },
    maxBuffer: 256 * 1024 * 1024,
  })
  if (run.status !== 0) throw new Error(`npm run build (NEXT_DIST_DIR=${distDir}) failed:\n${run.stdout.slice(-8000)}\n${run.stderr.slice(-8000)}`)
  return `built ${distDir} in ${Math.round((Date.now() - started) / 1000)} s`
}

/** Seeds `dir` (created if missing) with the demo county, its accounts under `password`. Throws with the seeder's output. */
export const seedDemoDatabase = (dir, password) => {
  fs.mkdirSync(dir, { recursive: true })
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    NODE_OPTIONS: '--no-deprecation --conditions=production',
    DEMO_PASSWORD: password,
    PAYLOAD_SECRET: 'seed-demo-secret-0123456789abcdef',
    SCHEDULER: 'off',
    LOG_LEVEL: 'warn',
    MEDIA_DIR: path.join(dir, 'media'),
    MAIL_OUTBOX_DIR: path.join(dir, 'outbox'),
  }
  const started = Date.now()
  const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/seedDemoDatabase.ts', `file:${path.join(dir, 'app.db')}`], {
    cwd: root,
    encoding: 'utf8',
    env,
    maxBuffer: 64 * 1024 * 1024,
  })
  if (!run.stdout?.includes('SEEDED')) throw new Error(`scripts/seedDemoDatabase.ts failed:\n${(run.stdout ?? '').slice(-8000)}\n${(run.stderr ?? '').slice(-8000)}`)
  return `seeded the demo county in ${Math.round((Date.now() - started) / 1000)} s`
}
