/**
 * Inspection plugin (季度检查与通报): the quarterly rubric, colours, scores and ranking per department, the quarter's
 * figures, the new-media post log and the frozen snapshots. Reads the audit's notices and the host's items by slug;
 * see docs/inspection.md. Needs the audit plugin first (its 督办通知 are the findings).
 */
import type { CollectionConfig, Config, Endpoint } from 'payload'
import { actorRules, userModel } from '../../domain/actors'
import { INSPECTION_KEY, SLUGS } from './defaults'
import type { ResolvedInspectionOptions } from './options'
import type { InspectionPluginOptions } from './types'
import { newMediaPosts } from './collections/NewMediaPosts'
import { inspectionSnapshots } from './collections/InspectionSnapshots'
import { inspectionDeductions } from './collections/InspectionDeductions'
import { inspectionYearScores } from './collections/InspectionYearScores'
import { withInspectionSettings } from './settings'
import { quarterEndpoint } from './endpoints/quarterEndpoint'
import { yearEndpoint } from './endpoints/yearEndpoint'
import { freezeEndpoint } from './endpoints/freezeEndpoint'
import { importPostsEndpoint } from './endpoints/importPostsEndpoint'
import { withDashboard } from './components/withDashboard'
import { bulletinCollections, bulletinEndpoints, withBulletinGlobals } from './bulletin'

export type { InspectionPluginOptions } from './types'
export { computeQuarter, freezeQuarter, loadInspectionSettings, loadQuarter } from './compute'
export { inspectionOptions, type ResolvedInspectionOptions } from './options'
export { bulletinRectificationRule, BULLETIN_RULE_ID, BULLETINS_SLUG, type BulletinAuditRule } from './bulletin'

export const inspectionPlugin =
  (options: InspectionPluginOptions = {}) =>
  (config: Config): Config => {
    const users = userModel(options.users)
    const actors = actorRules(users)
    const slugs = Object.fromEntries(Object.entries(SLUGS).map(([key, value]) => [key, (options as Record<string, unknown>)[key] ?? value])) as ResolvedInspectionOptions
    const collections = config.collections ?? []
    const resolved: ResolvedInspectionOptions = {
      ...slugs,
      register: collections.some((c) => c.slug === slugs.applications) ? slugs.applications : null,
      domainGrades: options.domainGrades ?? null,
      users,
      actors,
    }
    const enabled = options.enabled !== false
    // Added by the plugin (the 通报 generator and the dashboard append theirs here).
    const ownCollections: CollectionConfig[] = [
      { ...newMediaPosts(resolved), endpoints: enabled ? [importPostsEndpoint(resolved)] : [] },
      inspectionSnapshots(resolved),
      inspectionDeductions(resolved),
      inspectionYearScores(resolved),
      ...bulletinCollections(resolved),
    ]
    const ownEndpoints: Endpoint[] = [quarterEndpoint(resolved), yearEndpoint(resolved), freezeEndpoint(resolved), ...bulletinEndpoints(resolved)]
    return {
      ...config,
      // The 季度检查看板 (plugins/inspection/components): a root view and its nav link.
      admin: enabled ? withDashboard(config.admin, { notices: resolved.notices, yearScores: resolved.yearScores }) : config.admin,
      collections: [...collections, ...ownCollections],
      endpoints: [...(config.endpoints ?? []), ...(enabled ? ownEndpoints : [])],
      globals: withBulletinGlobals(withInspectionSettings(config.globals ?? [], resolved), resolved),
      custom: { ...(config.custom ?? {}), [INSPECTION_KEY]: resolved },
    }
  }
