// Regenerates what the Payload CLI generates: payload-types.ts, the admin import map, and one migration per
// SQL dialect when the schema changed. `--check` fails (exit 1) when any of them was stale, and restores them.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const check = process.argv.includes('--check')
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const generated = ['src/payload-types.ts', 'src/app/(payload)/admin/importMap.js', 'docs/payload-types.ts']
const dialects = {
  sqlite: 'file:./data/migrations-check.db',
  postgres: 'postgres://gongkai@127.0.0.1:1/gongkai',
}

const payload = (args, env = {}) => {
  const run = spawnSync(path.join(root, 'node_modules/.bin/payload'), args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, PAYLOAD_CONFIG_PATH: 'src/payload.config.ts', NODE_OPTIONS: '--no-deprecation --conditions=development', LOG_LEVEL: 'warn', ...env },
  })
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr)
    throw new Error(`payload ${args.join(' ')} failed`)
  }
  return run.stdout
}

const snapshot = (files) => Object.fromEntries(files.map((f) => [f, fs.existsSync(path.join(root, f)) ? fs.readFileSync(path.join(root, f), 'utf8') : null]))
const listMigrations = (dialect) => fs.readdirSync(path.join(root, 'migrations', dialect)).sort()

const before = snapshot(generated)
const code = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/generateCode.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: '--no-deprecation --conditions=development', LOG_LEVEL: 'warn' },
})
if (code.status !== 0) throw new Error('generating types and the import map failed')
// The types are published for content API consumers in docs/ (docs/content-api.md links them).
fs.writeFileSync(path.join(root, 'docs/payload-types.ts'), fs.readFileSync(path.join(root, 'src/payload-types.ts'), 'utf8'))
const after = snapshot(generated)
const stale = generated.filter((f) => before[f] !== after[f])

for (const [dialect, uri] of Object.entries(dialects)) {
  const dir = path.join(root, 'migrations', dialect)
  const files = listMigrations(dialect)
  const index = fs.readFileSync(path.join(dir, 'index.ts'), 'utf8')
  payload(['migrate:create', 'schema', '--skip-empty'], { DATABASE_URI: uri })
  const added = listMigrations(dialect).filter((f) => !files.includes(f))
  if (added.length > 0) {
    stale.push(...added.map((f) => `migrations/${dialect}/${f}`))
    if (check) {
      for (const f of added) fs.rmSync(path.join(dir, f))
      fs.writeFileSync(path.join(dir, 'index.ts'), index)
    }
  }
}

if (check) {
  for (const f of generated) if (before[f] !== null && before[f] !== after[f]) fs.writeFileSync(path.join(root, f), before[f])
  if (stale.length > 0) {
    console.error(`生成文件已过期，请运行 npm run generate 并提交：\n  ${stale.join('\n  ')}`)
    process.exit(1)
  }
  console.log('generated files are up to date (types, import map, SQLite and PostgreSQL migrations)')
} else {
  console.log(stale.length ? `updated:\n  ${stale.join('\n  ')}` : 'nothing to update')
}
