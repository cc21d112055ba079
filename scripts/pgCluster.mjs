// A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temp dir, listen on a free loopback port.
import { execFile, execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const binDirs = () => {
  const dirs = []
  if (process.env.PG_BIN) dirs.push(process.env.PG_BIN)
  const base = '/usr/lib/postgresql'
  if (fs.existsSync(base)) {
    for (const version of fs.readdirSync(base).sort((a, b) => Number(b) - Number(a))) dirs.push(path.join(base, version, 'bin'))
  }
  return dirs
}

export const findPgBin = () => binDirs().find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) ?? null

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/** Runs a PostgreSQL binary, as the `postgres` user when we are root (initdb refuses root). */
const run = (bin, args) => {
  if (isRoot()) {
    const quoted = [bin, ...args].map((a) => `'${String(a).replace(/'/g, `'\\''`)}'`).join(' ')
    return execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', quoted], { stdio: 'pipe' })
  }
  return execFileSync(bin, args, { stdio: 'pipe' })
}

/** `run` without blocking the event loop (a test serving requests in-process while the server stops and starts). */
const runAsync = (bin, args) =>
  new Promise((resolve, reject) => {
    const [file, argv] = isRoot()
      ? ['su', ['postgres', '-s', '/bin/sh', '-c', [bin, ...args].map((a) => `'${String(a).replace(/'/g, `'\\''`)}'`).join(' ')]]
      : [bin, args]
    execFile(file, argv, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)))
  })

export const startCluster = async () => {
  const bin = findPgBin()
  if (!bin) return null
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-pg-'))
  const data = path.join(dir, 'data')
  fs.mkdirSync(data)
  if (isRoot()) {
    fs.chmodSync(dir, 0o755)
    spawnSync('chown', ['-R', 'postgres:postgres', dir])
  }
  const port = await freePort()
  run(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'])
  // Replication from loopback without a password, for startReplica (initdb's own lines say the same today; explicit
  // here so that a changed default does not break the replica tests).
  fs.appendFileSync(path.join(data, 'pg_hba.conf'), '\nhost replication all 127.0.0.1/32 trust\n')
  const options = `${serverOptions(dir, port)} -c wal_level=replica -c max_wal_senders=10 -c full_page_writes=off`
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start'])
  const uri = `postgres://postgres@127.0.0.1:${port}/postgres`
  const pgCtl = path.join(bin, 'pg_ctl')
  return {
    uri,
    dir,
    port,
    /** Stops the server as a restart does (`-m fast`: sessions are ended with 57P01, transactions rolled back). */
    halt: (mode = 'fast') => runAsync(pgCtl, ['-D', data, '-m', mode, '-w', 'stop']),
    /** Starts it again on the same port and data. */
    resume: () => runAsync(pgCtl, ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']),
    stop: stopper(bin, dir, data),
  }
}

/** What every throwaway cluster runs with: loopback on its port, its socket in its dir, no durability (tests only). */
const serverOptions = (dir, port) =>
  `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c max_connections=300`

const stopper = (bin, dir, data) => () => {
  try {
    run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * A hot standby of `primary` (a cluster of startCluster): a base backup taken with `pg_basebackup -R`, so that it
 * streams the primary's WAL from then on, read-only, on a port of its own. `uri` names a database like the primary's.
 */
export const startReplica = async (primary) => {
  const bin = findPgBin()
  if (!bin) return null
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-pg-replica-'))
  const data = path.join(dir, 'data')
  if (isRoot()) {
    fs.chmodSync(dir, 0o755)
    spawnSync('chown', ['-R', 'postgres:postgres', dir])
  }
  const port = await freePort()
  run(path.join(bin, 'pg_basebackup'), ['-D', data, '-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-R', '-X', 'stream', '-c', 'fast'])
  // A standby needs max_connections at least the primary's (both 300 here).
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-o', `${serverOptions(dir, port)} -c hot_standby=on`, '-l', path.join(dir, 'log'), '-w', 'start'])
  return { uri: `postgres://postgres@127.0.0.1:${port}/postgres`, dir, port, stop: stopper(bin, dir, data) }
}
