/**
 * Which database to open (DATABASE_URI, else the SQLite file of `npm run dev`), without loading any adapter:
 * the scripts call this before they import the config, which reads DATABASE_URI on import.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const DEFAULT_DATABASE_URI = 'file:./data/gongkai.db'

export const databaseUri = (): string => process.env.DATABASE_URI || DEFAULT_DATABASE_URI

/** SQLite does not create the folder of its file. A relative `file:` path is relative to the project root. */
export const ensureSqliteDirectory = (uri: string = databaseUri()): void => {
  if (!uri.startsWith('file:')) return
  fs.mkdirSync(path.dirname(path.resolve(root, uri.replace(/^file:(\/\/)?/, ''))), { recursive: true })
}
