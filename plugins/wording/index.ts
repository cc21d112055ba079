/**
 * Wording plugin (用语校对): the 易错词 list (common wrong-character pairs, seeded) and the 严重表述 list (wrong official
 * names, leaders' titles), both kept by the web office and fed to the workflow's pre-check, whose findings carry the
 * correction to the review panel. Seeds 000 (文字准确) and 004 (坚决杜绝表述不规范和错别字).
 */
import type { CollectionSlug, Config, Payload, PayloadRequest } from 'payload'
import { actorRules, userModel, type UserModel } from '../../domain/actors'
import { withWordingSource } from '../../domain/precheck'
import { SEED_SERIOUS, SEED_TYPOS, SERIOUS_SLUG, TYPOS_SLUG } from './defaults'
import { wordingList } from './collections/wordingList'
import { loadWordingMatcher } from './loadMatcher'

export { SEED_SERIOUS, SEED_TYPOS, SERIOUS_SLUG, TYPOS_SLUG } from './defaults'

export type WordingPluginOptions = {
  /** Fill an empty 易错词 / 严重表述 list with the seed lists at start (default true). */
  seed?: boolean
  /** false: the collections stay (same schema) but the pre-check does not use them. */
  enabled?: boolean
  users?: Partial<UserModel>
}

const seedWhenEmpty = async (payload: Payload, slug: string, rows: ReadonlyArray<Record<string, unknown>>) => {
  const { totalDocs } = await payload.count({ collection: slug as CollectionSlug, overrideAccess: true })
  if (totalDocs > 0) return
  for (const data of rows) await payload.create({ collection: slug as CollectionSlug, data, overrideAccess: true }).catch(() => undefined)
}

export const wordingPlugin =
  (options: WordingPluginOptions = {}) =>
  (config: Config): Config => {
    const actors = actorRules(userModel(options.users))
    const lists = [
      { slug: SERIOUS_SLUG, kind: 'serious-wording' as const },
      { slug: TYPOS_SLUG, kind: 'common-typo' as const },
    ]
    const collections = [
      wordingList({ slug: TYPOS_SLUG, singular: '易错词', description: '预审时提示的常见错别字及其正确写法', levels: ['review', 'warn'] }, actors),
      wordingList({ slug: SERIOUS_SLUG, singular: '严重表述', description: '领导姓名与职务、机构和法规名称等不得写错的表述；预审时提示正确写法', levels: ['block', 'review', 'warn'], withCategory: true }, actors),
    ]
    const enabled = options.enabled !== false
    const custom = (config.custom ?? {}) as Record<string, unknown>
    return {
      ...config,
      collections: [...(config.collections ?? []), ...collections],
      custom: enabled ? withWordingSource<PayloadRequest>(custom, { name: 'wording', load: (req) => loadWordingMatcher(req, lists) }) : custom,
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (options.seed === false) return
        await seedWhenEmpty(payload, TYPOS_SLUG, SEED_TYPOS.map(([wrong, correct]) => ({ wrong, correct, level: 'review' })))
        await seedWhenEmpty(payload, SERIOUS_SLUG, SEED_SERIOUS.map(([wrong, correct, category]) => ({ wrong, correct, category, level: 'review' })))
      },
    }
  }
