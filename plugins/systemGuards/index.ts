/**
 * Guards every collection needs, whoever defined it: system timestamps are never client-settable, and
 * Payload's own edit locks are taken only in one's own name on what one may edit (`guardDocumentLocks`,
 * applied to the built config).
 */
import type { Config } from 'payload'
import { protectTimestamps } from './hooks/protectTimestamps'

export { guardDocumentLocks } from './hooks/guardDocumentLocks'

export const systemGuardsPlugin =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeChange: [protectTimestamps, ...(collection.hooks?.beforeChange ?? [])] },
    })),
  })
