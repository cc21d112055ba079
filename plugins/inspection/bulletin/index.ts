/**
 * The 通报 generator of the inspection plugin: its collection (季度通报), its settings group (系统设置 › 季度通报), the
 * export and draft endpoints, and the 通报整改 audit rule the app registers with the audit plugin.
 */
import type { CollectionConfig, Endpoint, GlobalConfig } from 'payload'
import type { ResolvedInspectionOptions } from '../options'
import { inspectionBulletins } from './collection'
import { createDraftEndpoint } from './createDraftEndpoint'
import { BULLETIN_SETTINGS_GROUP } from './defaults'
import { annexesXlsxEndpoint, bulletinDocxEndpoint } from './exportEndpoints'
import { withBulletinSettings } from './settings'

export { bulletinRectificationRule, type BulletinAuditRule } from './rectificationRule'
export { BULLETIN_RULE_ID, BULLETINS_SLUG } from './defaults'

export const bulletinCollections = (resolved: ResolvedInspectionOptions): CollectionConfig[] => [inspectionBulletins(resolved)]

export const bulletinEndpoints = (resolved: ResolvedInspectionOptions): Endpoint[] => [bulletinDocxEndpoint(resolved), annexesXlsxEndpoint(resolved), createDraftEndpoint(resolved)]

export const withBulletinGlobals = (globals: readonly GlobalConfig[], resolved: ResolvedInspectionOptions): GlobalConfig[] => withBulletinSettings(globals, resolved, BULLETIN_SETTINGS_GROUP)
