/** A column without an explicit update cycle takes the default for its kind from the settings. */
import type { CollectionBeforeChangeHook } from 'payload'
import { defaultCycleDays } from '../../domain/rulesDefaults'
import { getSettings } from '../settings/getSettings'

export const defaultColumnCycle: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const kind = data.kind ?? originalDoc?.kind
  const kindChanged = originalDoc && data.kind && data.kind !== originalDoc.kind
  const explicit = data.updateCycleDays !== undefined && data.updateCycleDays !== null && !(kindChanged && data.updateCycleDays === originalDoc?.updateCycleDays)
  if (!kind || explicit) return data
  const settings = await getSettings(req)
  data.updateCycleDays = defaultCycleDays(kind, settings.columns)
  return data
}
