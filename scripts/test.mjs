// `npm test`: unit tests, then the integration suite on SQLite and on PostgreSQL side by side (a throwaway cluster
// unless TEST_DATABASE_URI is given), on MongoDB when TEST_MONGODB_URI is set, then the end-to-end tests (one
// production build and one seeded demo county for all of them: test/e2eGlobalSetup.mjs).
// `npm test -- dates` (only when named) runs the unit tests and the date-sensitive integration files under faketime
// at other dates (scripts/testDates.mjs). `npm test -- all` is every part and the date runs (what .ci/run runs): the
// date runs start when the integration runs end, beside the browser tests.
// REQUIRE_POSTGRES=1 / REQUIRE_BROWSER=1 / REQUIRE_FAKETIME=1 (set by .ci/run) turn a missing part into a failure.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startCluster } from './pgCluster.mjs'
import { DATE_RUNS, DATE_SENSITIVE_TESTS, fakeTime, fakeTimeProblem } from './testDates.mjs'

const args = process.argv.slice(2)
const OPT_IN = ['dates']
const only = (name) => args.includes('all') || (args.length === 0 && !OPT_IN.includes(name)) || args.includes(name)
const results = []
const skipped = []
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-jest-'))

/** The jest command line and its report file for one labelled run. */
const jestCommand = (label, projects, extraArgs = [], { patterns = [], wrapper = [] } = {}) => {
  const outputFile = path.join(outDir, `${label.replace(/[^\w.-]+/g, '_')}.json`)
  const command = [
    ...wrapper,
    process.execPath,
    '--experimental-vm-modules',
    'node_modules/jest/bin/jest.js',
    ...patterns,
    '--selectProjects',
    ...[projects].flat(),
    '--json',
    `--outputFile=${outputFile}`,
    ...extraArgs,
    ...(process.env.JEST_ARGS ? process.env.JEST_ARGS.split(' ') : []),
  ]
  return { command, outputFile }
}

/** Records a finished run from its exit status and jest's JSON report. */
const record = (label, status, outputFile, started) => {
  console.log(`(${label}: ${Math.round((Date.now() - started) / 1000)} s)`)
  let passed = 0
  let failed = 0
  let total = 0
  if (fs.existsSync(outputFile)) {
    const report = JSON.parse(fs.readFileSync(outputFile, 'utf8'))
    passed = report.numPassedTests
    failed = report.numFailedTests + (report.numRuntimeErrorTestSuites || 0)
    total = report.numTotalTests
  }
  const ok = status === 0 && total > 0
  if (!ok && failed === 0) failed = 1
  results.push({ label, passed, failed, ok })
}

/** Runs jest on `projects`; `patterns` narrow it to some test files; `wrapper` prefixes the command (faketime). */
const jest = (label, projects, env = {}, extraArgs = [], options = {}) => {
  const { command, outputFile } = jestCommand(label, projects, extraArgs, options)
  console.log(`\n=== ${label} ===`)
  const started = Date.now()
  const run = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '--no-deprecation', ...env } })
  record(label, run.status, outputFile, started)
}

/**
 * The same, in the background: its output goes to a file and is printed whole when it ends, so that two runs side by
 * side (the integration suite on SQLite and on PostgreSQL, one core each) do not interleave their lines.
 */
const jestInBackground = (label, projects, env = {}, extraArgs = [], options = {}) =>
  new Promise((resolve) => {
    const { command, outputFile } = jestCommand(label, projects, extraArgs, options)
    const logFile = path.join(outDir, `${label.replace(/[^\w.-]+/g, '_')}.log`)
    const log = fs.openSync(logFile, 'w')
    console.log(`\n=== ${label} (started; its output follows when it ends) ===`)
    const started = Date.now()
    const child = spawn(command[0], command.slice(1), { stdio: ['ignore', log, log], env: { ...process.env, NODE_OPTIONS: '--no-deprecation', ...env } })
    child.on('close', (status) => {
      fs.closeSync(log)
      console.log(`\n=== ${label} ===`)
      process.stdout.write(fs.readFileSync(logFile, 'utf8'))
      record(label, status, outputFile, started)
      resolve()
    })
  })

const requirePart = (flag, message) => {
  if (process.env[flag] === '1') {
    console.error(`\n✗ ${message}（${flag}=1 要求必须运行）`)
    results.push({ label: message, passed: 0, failed: 1, ok: false })
  } else {
    console.warn(`\n! SKIPPED: ${message}`)
    skipped.push(message)
  }
}

if (only('unit')) jest('unit', 'unit')
// The integration suite on SQLite and on PostgreSQL side by side: jest gives each one worker on a two-core machine,
// and one after the other they took 16 of CI's 45 minutes.
const integration = []
const sqliteRun = only('sqlite') ? jestInBackground('integration-sqlite', 'integration', { TEST_DB: 'sqlite' }) : Promise.resolve()
integration.push(sqliteRun)
const databaseRuns = [sqliteRun]

if (only('postgres')) {
  let cluster = null
  let uri = process.env.TEST_DATABASE_URI
  if (!uri) {
    cluster = await startCluster().catch((error) => {
      console.error(`could not start a PostgreSQL cluster: ${error.message}`)
      return null
    })
    uri = cluster?.uri
  }
  if (uri) {
    const postgresRun = jestInBackground('integration-postgres', 'integration', { TEST_DB: 'postgres', TEST_DATABASE_URI: uri }).finally(() => cluster?.stop())
    integration.push(postgresRun)
    databaseRuns.push(postgresRun)
  } else {
    requirePart('REQUIRE_POSTGRES', 'PostgreSQL integration run: no PostgreSQL server found (apt-get install postgresql, or set TEST_DATABASE_URI)')
  }
}
// The browser tests start when the SQLite run ends, beside the PostgreSQL run (the longer one, PostgreSQL-only tests
// included), so that both cores stay busy until the end instead of one idling while PostgreSQL finishes.
if (only('e2e')) {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  integration.push(
    sqliteRun.then(() => {
      if (fs.existsSync(chromium)) return jestInBackground('e2e', 'e2e', { CHROMIUM_PATH: chromium }, ['--runInBand'])
      // Without a browser the tests that need none still run (the Eleventy site needs Node only).
      requirePart('REQUIRE_BROWSER', `end-to-end browser tests: ${chromium} not found (apt-get install chromium)`)
      return jestInBackground('e2e (no browser)', 'e2e', {}, ['--runInBand', 'test/e2e/eleventySite.test.ts'])
    }),
  )
}
// The date runs start when both integration runs have ended, beside the browser tests' remainder (one after another:
// each run is jest on SQLite under its own faked clock).
const dateRuns = only('dates')
  ? Promise.all(databaseRuns).then(async () => {
      const problem = fakeTimeProblem(DATE_RUNS[0].at)
      if (problem) return requirePart('REQUIRE_FAKETIME', `date runs: ${problem}`)
      // Two workers ran a date in 2.7 min instead of 4 (measured on 2 cores, alone).
      const workers = `--maxWorkers=${Math.max(2, os.availableParallelism() - 1)}`
      for (const { at, why } of DATE_RUNS) {
        const { command, env } = fakeTime(at)
        await jestInBackground(`dates ${at} (${why})`, ['unit', 'integration'], { TEST_DB: 'sqlite', ...env }, [workers], { patterns: DATE_SENSITIVE_TESTS, wrapper: command })
      }
    })
  : Promise.resolve()
await Promise.all([...integration, dateRuns])

if (only('mongodb')) {
  if (process.env.TEST_MONGODB_URI) jest('integration-mongodb', 'integration', { TEST_DB: 'mongodb' })
  else {
    console.warn('\n! SKIPPED: MongoDB integration run (set TEST_MONGODB_URI=mongodb://… to run it; no MongoDB server can be installed here)')
    skipped.push('MongoDB (TEST_MONGODB_URI not set)')
  }
}

fs.rmSync(outDir, { recursive: true, force: true })
const passed = results.reduce((sum, r) => sum + r.passed, 0)
const failed = results.reduce((sum, r) => sum + r.failed, 0)
console.log('\n=== summary ===')
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.label}: ${r.passed} passed, ${r.failed} failed`)
for (const s of skipped) console.log(`- skipped: ${s}`)
console.log(`Tests: ${passed} passed, ${failed} failed`)
process.exit(results.every((r) => r.ok) && results.length > 0 ? 0 : 1)
