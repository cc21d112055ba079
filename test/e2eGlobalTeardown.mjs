// After the browser specs: removes the demo county that test/e2eGlobalSetup.mjs seeded (the build stays for reuse).
import fs from 'node:fs'

export default async function e2eGlobalTeardown() {
  if (process.env.E2E_DEMO_TEMPLATE) fs.rmSync(process.env.E2E_DEMO_TEMPLATE, { recursive: true, force: true })
}
