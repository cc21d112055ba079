/** Before a 人工扣分 is saved or deleted: a valid quarter not yet frozen, and an item of the rubric entered by hand. */
import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionSlug, PayloadRequest } from 'payload'
import { codedError } from '../../domain/errors'
import { isQuarterKey } from '../../domain/inspection/model'
import type { ResolvedInspectionOptions } from './options'
import { refusal } from './refusal'
import { loadInspectionSettings } from './compute'

const refuseFrozen = async ({ snapshots }: ResolvedInspectionOptions, quarter: string, req: PayloadRequest) => {
  const frozen = await req.payload.count({ collection: snapshots as CollectionSlug, where: { quarter: { equals: quarter } }, overrideAccess: true, req })
  if (frozen.totalDocs > 0) throw codedError('inspection.deduction-frozen', quarter)
}

export const checkDeduction =
  (resolved: ResolvedInspectionOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data } as { quarter?: unknown; item?: unknown }
    if (!isQuarterKey(merged.quarter)) throw refusal(resolved.deductions, req, codedError('inspection.deduction-quarter', String(merged.quarter ?? '')))
    const settings = await loadInspectionSettings(req.payload, req)
    if (!settings.rubric.some((item) => item.key === merged.item && item.auditRules.length === 0)) throw refusal(resolved.deductions, req, codedError('inspection.deduction-item', String(merged.item ?? '')))
    if (originalDoc?.quarter) await refuseFrozen(resolved, originalDoc.quarter, req)
    await refuseFrozen(resolved, merged.quarter, req)
    return data
  }

export const keepFrozenDeduction =
  (resolved: ResolvedInspectionOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const doc = (await req.payload.findByID({ collection: resolved.deductions as CollectionSlug, id, depth: 0, overrideAccess: true, disableErrors: true, req })) as { quarter?: string } | null
    if (doc?.quarter) await refuseFrozen(resolved, doc.quarter, req)
  }
