/** Seeds the shipped 标准目录 (data/standardCatalogue.ts) once: only when there is no 领域 yet, so the county's edits stay. */
import type { CollectionSlug, Payload } from 'payload'
import { STANDARD_CATALOGUE, type SeedDomain } from './data/standardCatalogue'
import { catalogueOptions } from './options'

export const seedCatalogue = async (payload: Payload, data: readonly SeedDomain[] = STANDARD_CATALOGUE): Promise<boolean> => {
  const { domains, matters } = catalogueOptions(payload)
  const { totalDocs } = await payload.count({ collection: domains as CollectionSlug, overrideAccess: true })
  if (totalDocs > 0) return false
  for (const [i, d] of data.entries()) {
    const domain = await payload.create({ collection: domains as CollectionSlug, data: { code: d.code, name: d.name, order: i + 1, lead: d.lead, aliases: d.aliases ?? null } as never, overrideAccess: true, depth: 0 })
    for (const [j, mt] of d.matters.entries()) {
      await payload.create({
        collection: matters as CollectionSlug,
        data: { ...mt, audience: [...mt.audience], mode: [...mt.mode], level: [...mt.level], domain: domain.id, order: j + 1 } as never,
        overrideAccess: true,
        depth: 0,
      })
    }
  }
  payload.logger.info({ msg: `已导入基层政务公开标准目录：${data.length} 个领域` })
  return true
}
