// `tsx scripts/seedDemoDatabase.ts <DATABASE_URI>`: a SQLite database holding the demo county, ready for `npm start`.
// The schema is the working tree's (a development push on the empty database, uncommitted schema changes included),
// every committed migration is recorded as applied (so `npm start` finds nothing to migrate; the migrations
// themselves are test/e2e/productionStart.test.ts's subject), and the demo accounts get DEMO_PASSWORD. Production
// never seeds (src/server.ts), so the browser specs and the admin bench, which run the production build, start from
// a copy of such a file (test/helpers/demoDatabase.ts). Prints `SEEDED` when done.
import path from 'node:path'

const uri = process.argv[2]
if (!uri?.startsWith('file:')) {
  console.error('用法：tsx scripts/seedDemoDatabase.ts file:<SQLite 文件路径>')
  process.exit(2)
}

const main = async () => {
  process.env.DATABASE_URI = uri
  const { default: config } = await import('../src/payload.config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config, key: `seed-demo-${path.basename(uri)}` })
  const { seedDemo } = await import('../src/seed/seedDemo')
  await seedDemo(payload)
  await payload.delete({ collection: 'payload-migrations', where: { batch: { equals: -1 } }, overrideAccess: true })
  const { migrations } = await import('../migrations/sqlite/index')
  for (const { name } of migrations) await payload.create({ collection: 'payload-migrations', data: { name, batch: 1 }, overrideAccess: true })
  await payload.destroy()
  console.log('SEEDED')
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
