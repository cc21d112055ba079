// The date runs of `npm test -- dates`: the unit tests and the date-sensitive integration files (SQLite) again, each
// time with the machine's clock moved by Debian's faketime (libfaketime) to an instant that has broken tests before.
// A test that passes today but depends on today's date fails in one of them.
import { spawnSync } from 'node:child_process'

/** Instants in Beijing time (the portal's time zone), with why each one. */
export const DATE_RUNS = [
  { at: '2026-12-31T23:30:00+08:00', why: 'the last half hour of 2026 in Beijing (the year turns during the run)' },
  { at: '2026-02-17T10:00:00+08:00', why: 'Spring Festival 2026, before the demo data was written' },
  // One run for the years chinese-days 1.5.7 does not know (there were two, 2027-02-10 and 2028-07-01; CI's 45 minutes
  // needed the time): a leap day, with 2027 unknown before it, shortly after the annual reports' 31 January.
  { at: '2028-02-29T09:00:00+08:00', why: '29 February 2028: a leap day, in and after years the holiday calendar does not know' },
]

/**
 * Path patterns: every unit test, and the integration files whose outcome a date could decide (deadlines, audits,
 * scheduling, the calendar, the demo seed, date validation). indexNumber.test.ts is left out: it fixes its clock, and
 * its 200 parallel creates would add a minute to every run.
 */
export const DATE_SENSITIVE_TESTS = [
  'test/unit/',
  'test/integration/audit.test.ts',
  'test/integration/auditEmail.test.ts',
  'test/integration/auditCli.test.ts',
  'test/integration/auditYearBoundary.test.ts',
  'test/integration/calendarImport.test.ts',
  'test/integration/interpretationLinkage.test.ts',
  'test/integration/scheduler.test.ts',
  'test/integration/workflow.test.ts',
  'test/integration/changeFeed.test.ts',
  'test/integration/seed.test.ts',
  'test/integration/validation.test.ts',
  'test/integration/applications.test.ts',
  'test/integration/applicationsRandom.test.ts',
]

/**
 * The faketime prefix for a run at `at`: the time is given in this machine's local time (what libfaketime reads), it
 * starts there and ticks; child processes (jest workers, `npm run audit`) continue the same clock instead of starting
 * over, and only the wall clock moves (timers and `performance` keep the real monotonic clock).
 */
export const fakeTime = (at) => {
  const d = new Date(at)
  const p = (n) => String(n).padStart(2, '0')
  const local = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
  return { command: ['faketime', '-f', `@${local}`], env: { FAKETIME_DONT_RESET: '1', FAKETIME_DONT_FAKE_MONOTONIC: '1' } }
}

/** Null when faketime moves Node's clock to `at`, else why not (faketime missing, or not taking effect). */
export const fakeTimeProblem = (at) => {
  const { command, env } = fakeTime(at)
  const probe = spawnSync(command[0], [...command.slice(1), process.execPath, '-e', 'process.stdout.write(String(Date.now()))'], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  })
  if (probe.error) return `faketime not found (${probe.error.message}); apt-get install faketime`
  const seen = Number(probe.stdout)
  if (probe.status !== 0 || !Number.isFinite(seen)) return `faketime failed: ${probe.stderr.trim() || `exit ${probe.status}`}`
  if (Math.abs(seen - Date.parse(at)) > 60_000) return `faketime did not move Node's clock: ${new Date(seen).toISOString()} instead of ${new Date(at).toISOString()}`
  return null
}
