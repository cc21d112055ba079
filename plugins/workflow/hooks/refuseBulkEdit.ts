/**
 * A reviewed collection has bulk edit switched off (`disableBulkEdit`), which Payload refuses in English before any
 * hook runs; the refusal reaches the caller in Chinese, as the workflow's own: publishing goes through the reviews.
 */
import type { AfterErrorHook } from 'payload'
import { codedError } from '../../../domain/errors'

export const refuseBulkEdit: AfterErrorHook = ({ collection, error, req }) => {
  if (!collection || error.message !== `Collection ${collection.slug} has disabled bulk edit`) return undefined
  const data = (req.data ?? {}) as Record<string, unknown>
  const refusal = codedError(data._status === 'published' ? 'workflow.direct-publish' : data.reviewState !== undefined ? 'workflow.direct-state' : 'auth.forbidden')
  return { status: refusal.status, response: { errors: [{ message: refusal.message }] } }
}
