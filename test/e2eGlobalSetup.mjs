// Before the browser specs (jest's globalSetup of the e2e project): one production build (`npm run build` into
// .next-e2e, reused while newer than the sources) and one demo county (a SQLite file and its media, under a random
// strong password), which test/helpers/appProcess.ts's startDemoApp copies for every server it starts. A development
// server compiles each admin page on its first visit, minutes apiece on a loaded 2-core machine, and every spec
// seeded the county anew; this is what kept the browser run near 45 minutes. `npm run dev` keeps its own spec
// (devQuickStart). E2E_SERVER=dev runs every spec on `npm run dev` with the demo seed instead, as before.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureProductionBuild, seedDemoDatabase } from '../scripts/productionBuild.mjs'

export const E2E_DIST_DIR = '.next-e2e'

export default async function e2eGlobalSetup() {
  if (process.env.E2E_SERVER === 'dev') return
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  // Without a browser only the Eleventy spec runs, and it needs neither.
  if (!fs.existsSync(chromium)) return
  console.log(`\ne2e: ${ensureProductionBuild(E2E_DIST_DIR, process.env.E2E_BUILD || 'auto')}`)
  const template = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-e2e-demo-'))
  const password = `E2e#${randomBytes(6).toString('hex')}Zq9`
  console.log(`e2e: ${seedDemoDatabase(template, password)}`)
  process.env.E2E_DIST_DIR = E2E_DIST_DIR
  process.env.E2E_DEMO_TEMPLATE = template
  process.env.E2E_DEMO_PASSWORD = password
}
