/** 成文日期 between the settings' first day and a few days ahead, whenever it is typed or changed. */
import type { CollectionBeforeChangeHook } from 'payload'
import { plausibleDateError } from '../../domain/plausibleDate'
import { RULES_DEFAULTS } from '../../domain/rulesDefaults'
import { getSettings } from '../settings/getSettings'
import { WORKFLOW_CONTEXT } from '../../plugins/workflow'
import { fieldErrors } from '../validation/fieldRefusal'

const sameInstant = (a: unknown, b: unknown) => a !== undefined && b !== undefined && a !== null && b !== null && new Date(a as string).getTime() === new Date(b as string).getTime()

export const plausibleFormedAt: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  // Only what a person types is checked; a stored value is the workflow's to carry, never to refuse.
  if (req.context?.[WORKFLOW_CONTEXT] || !('formedAt' in data)) return data
  if (operation === 'update' && sameInstant(data.formedAt, originalDoc?.formedAt)) return data
  const content = ((await getSettings(req)).content ?? {}) as Partial<typeof RULES_DEFAULTS.content>
  const range = {
    earliest: content.formedAtEarliest || RULES_DEFAULTS.content.formedAtEarliest,
    maxFutureDays: content.formedAtMaxFutureDays ?? RULES_DEFAULTS.content.formedAtMaxFutureDays,
  }
  const message = plausibleDateError(data.formedAt, '成文日期', range, new Date())
  if (message) throw fieldErrors(collection, [{ path: 'formedAt', message }], req)
  return data
}
