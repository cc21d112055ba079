/** 成文日期 between the settings' first day and a few days ahead, whenever it is typed or changed. */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { plausibleDateError } from '../../domain/plausibleDate'
import { RULES_DEFAULTS } from '../../domain/rulesDefaults'
import { getSettings } from '../settings/getSettings'
import { WORKFLOW_CONTEXT } from '../../plugins/workflow'
import { fieldErrors } from '../validation/fieldRefusal'

const sameInstant = (a: unknown, b: unknown) => a !== undefined && b !== undefined && a !== null && b !== null && new Date(a as string).getTime() === new Date(b as string).getTime()

/** Why a typed 成文日期 is implausible under the settings' range, or null. `stored` is the value it replaces. */
export const formedAtProblem = async (req: PayloadRequest, value: unknown, stored?: unknown): Promise<string | null> => {
  // Only what a person types is checked; a stored value is the workflow's to carry, never to refuse.
  if (sameInstant(value, stored)) return null
  const content = ((await getSettings(req)).content ?? {}) as Partial<typeof RULES_DEFAULTS.content>
  const range = {
    earliest: content.formedAtEarliest || RULES_DEFAULTS.content.formedAtEarliest,
    maxFutureDays: content.formedAtMaxFutureDays ?? RULES_DEFAULTS.content.formedAtMaxFutureDays,
  }
  return plausibleDateError(value, '成文日期', range, new Date())
}

export const plausibleFormedAt: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (req.context?.[WORKFLOW_CONTEXT] || !('formedAt' in data)) return data
  const message = await formedAtProblem(req, data.formedAt, operation === 'update' ? originalDoc?.formedAt : undefined)
  if (message) throw fieldErrors(collection, [{ path: 'formedAt', message }], req)
  return data
}
