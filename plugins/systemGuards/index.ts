/**
 * Guards every collection needs, whoever defined it: system timestamps are never client-settable, and
 * Payload's own edit locks are taken only in one's own name on what one may edit (`guardDocumentLocks`,
 * applied to the built config).
 */
import type { Config } from 'payload'
import { OPTIONS_KEY } from './defaults'
import { protectTimestamps } from './hooks/protectTimestamps'
import type { SystemGuardsOptions } from './types'

export { guardDocumentLocks } from './hooks/guardDocumentLocks'
export type { SystemGuardsOptions } from './types'

export const systemGuardsPlugin =
  (options: SystemGuardsOptions = {}) =>
  (config: Config): Config => ({
    ...config,
    custom: { ...config.custom, [OPTIONS_KEY]: options },
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeChange: [protectTimestamps, ...(collection.hooks?.beforeChange ?? [])] },
    })),
  })
