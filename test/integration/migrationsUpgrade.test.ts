/**
 * The production migrations (`npm start` applies them, `prodMigrations`) on the database a county already has: the
 * schema of the release before the newest migration, with rows in it, takes the newest migration and keeps its
 * data; and every migration applies in order to an empty database. SQLite and PostgreSQL, through the committed
 * migration files themselves (a drizzle client of the dialect, as Payload runs them).
 * The SQLite migration of issue 16 rebuilt `settings` copying columns it was adding, and failed on any database.
 */
import { createClient } from '@libsql/client'
import { sql } from 'drizzle-orm'
import { drizzle as drizzleLibsql } from 'drizzle-orm/libsql'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { migrations as sqliteMigrations } from '../../migrations/sqlite/index'
import { migrations as postgresMigrations } from '../../migrations/postgres/index'
import { freshDatabase, testDialect } from '../helpers/testPayload'

const dialect = testDialect()
const describeSql = dialect === 'mongodb' ? describe.skip : describe

type Migration = { name: string; up: (args: any) => Promise<void> }
type Runner = { exec: (text: string) => Promise<void>; rows: (text: string) => Promise<Array<Record<string, unknown>>>; close: () => Promise<void> }

const open = async (uri: string): Promise<{ db: unknown; runner: Runner }> => {
  if (dialect === 'sqlite') {
    const client = createClient({ url: uri })
    const db = drizzleLibsql(client)
    return {
      db,
      runner: {
        exec: async (text) => void (await client.execute(text)),
        rows: async (text) => (await client.execute(text)).rows.map((row) => ({ ...row })),
        close: async () => client.close(),
      },
    }
  }
  const pool = new pg.Pool({ connectionString: uri, max: 2 })
  const db = drizzlePg(pool)
  return {
    db,
    runner: {
      exec: async (text) => void (await pool.query(text)),
      rows: async (text) => (await pool.query(text)).rows,
      close: async () => pool.end(),
    },
  }
}

const migrationsOf = (): Migration[] => (dialect === 'sqlite' ? sqliteMigrations : postgresMigrations) as Migration[]

describeSql('production migrations on an existing database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-migrations-'))
  const databases: Array<{ drop: () => Promise<void> }> = []
  afterAll(async () => {
    for (const database of databases) await database.drop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const migrateTo = async (db: unknown, list: Migration[]) => {
    for (const migration of list) {
      try {
        await migration.up({ db, payload: null, req: null })
      } catch (error) {
        throw new Error(`migration ${migration.name} failed: ${(error as Error).message} ${String((error as { cause?: unknown }).cause ?? '')}`)
      }
    }
  }

  it('every migration applies in order to an empty database', async () => {
    const database = await freshDatabase(dialect, fs.mkdtempSync(path.join(dir, 'empty-')))
    databases.push(database)
    const { db, runner } = await open(database.uri)
    try {
      await migrateTo(db, migrationsOf())
      const tables = await runner.rows(dialect === 'sqlite' ? "SELECT name FROM sqlite_master WHERE type = 'table'" : "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'")
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['documents', 'settings', 'catalogue_matters', 'link_checks']))
    } finally {
      await runner.close()
    }
  }, 300_000)

  it("a county at the previous release's schema keeps its settings, departments and documents through the newest migration", async () => {
    const database = await freshDatabase(dialect, fs.mkdtempSync(path.join(dir, 'upgrade-')))
    databases.push(database)
    const { db, runner } = await open(database.uri)
    const list = migrationsOf()
    try {
      await migrateTo(db, list.slice(0, -1))
      const now = new Date().toISOString()
      // Rows as the previous release wrote them (its own columns only; the rest take their defaults).
      await runner.exec(`INSERT INTO settings (id, reassessment_days, index_number_format, updated_at, created_at) VALUES (1, 200, '{code}-{year}-{serial:4}', '${now}', '${now}')`)
      await runner.exec(`INSERT INTO departments (id, name, code, kind, updated_at, created_at) VALUES (7, '县教育局', '620702074', 'department', '${now}', '${now}')`)
      await runner.exec(`INSERT INTO columns (id, title, slug, kind, status, updated_at, created_at) VALUES (3, '工作动态', 'news', 'news', 'open', '${now}', '${now}')`)
      await runner.exec(
        `INSERT INTO documents (id, title, column_id, department_id, index_number, formed_at, kind, disclosure, review_state, updated_at, created_at, _status) VALUES (11, '升级前的信息', 3, 7, '620702074/2026-00001', '${now}', 'news', 'proactive', 'published', '${now}', '${now}', 'published')`,
      )
      await migrateTo(db, list.slice(-1))
      const [settings] = await runner.rows('SELECT reassessment_days, index_number_format FROM settings WHERE id = 1')
      expect(Number(settings.reassessment_days)).toBe(200)
      expect(settings.index_number_format).toBe('{code}-{year}-{serial:4}')
      const [department] = await runner.rows('SELECT name, code FROM departments WHERE id = 7')
      expect(department).toEqual({ name: '县教育局', code: '620702074' })
      const [document] = await runner.rows('SELECT title, index_number, review_state FROM documents WHERE id = 11')
      expect(document).toEqual({ title: '升级前的信息', index_number: '620702074/2026-00001', review_state: 'published' })
    } finally {
      await runner.close()
    }
  }, 300_000)
})
