// Writes src/payload-types.ts and the admin import map from the config (called by scripts/generate.mjs).
const { default: configPromise } = await import('../src/payload.config')
const config = await configPromise
const { generateTypes } = await import('payload/node')
const { generateImportMap } = await import('payload')
await generateTypes(config, { log: false })
await generateImportMap(config, { log: false, force: true })
process.exit(0)

export {}
