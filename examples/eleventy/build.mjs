// Builds the site: syncs the store from the change feed (incremental after the first run), then renders every page.
// GONGKAI_API (default http://localhost:3000), OUT_DIR (default _site), STORE_FILE (default .cache/store.json).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Eleventy } from '@11ty/eleventy'
import { sync } from './lib/sync.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const api = process.env.GONGKAI_API || 'http://localhost:3000'
const out = path.resolve(process.env.OUT_DIR || path.join(here, '_site'))
process.env.STORE_FILE = path.resolve(process.env.STORE_FILE || path.join(here, '.cache/store.json'))

await sync({ api, storeFile: process.env.STORE_FILE, log: console.log })
// Pages of withdrawn items must disappear: render into a clean directory.
fs.rmSync(out, { recursive: true, force: true })
const eleventy = new Eleventy(path.join(here, 'src'), out, { configPath: path.join(here, 'eleventy.config.mjs'), quietMode: true })
await eleventy.write()
console.log(`built ${out}`)
