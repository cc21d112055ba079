/**
 * Puts src/admin/FieldRefusals.tsx into the edit view of every collection with drafts, so that a refusal of a
 * 保存草稿 shows under its field like that of any other save (hooks/validation/fieldRefusal.ts sends path and label).
 */
import type { Config, Plugin } from 'payload'
import { withBeforeDocumentControls } from './beforeDocumentControls'

export const FIELD_REFUSALS_COMPONENT = '/src/admin/FieldRefusals#FieldRefusals'

export const showFieldRefusals: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.versions && typeof collection.versions === 'object' && collection.versions.drafts
      ? withBeforeDocumentControls(collection, FIELD_REFUSALS_COMPONENT)
      : collection,
  ),
})
