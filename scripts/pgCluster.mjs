// A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temp dir, listen on a free loopback port.
import { execFileSync, spawnSync } from 'node:child_process'
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
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start'])
  const uri = `postgres://postgres@127.0.0.1:${port}/postgres`
  return {
    uri,
    dir,
    stop: () => {
      try {
        run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
