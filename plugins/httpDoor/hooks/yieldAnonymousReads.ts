/**
 * Before each read an anonymous HTTP client causes (a page, a join, a batch of populated relations), let the
 * requests that are waiting run first. On SQLite a GraphQL operation never waits for I/O, so without this one
 * costly query holds the event loop from its first read to its last; with it, light requests slip in between
 * its reads, and the GraphQL slots (src/server/graphqlHandler.ts) bound how many such queries interleave.
 */
import type { CollectionBeforeOperationHook } from 'payload'

export const yieldAnonymousReads: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation === 'read' || operation === 'count') && !req.user && req.payloadAPI !== 'local') {
    await new Promise((resolve) => setImmediate(resolve))
  }
  return args
}
