/** Before a post-log row is saved: a valid month and count, an account of the user's own department, one row per month. */
import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'
import { idOf } from '../../domain/ids'
import { codedError } from '../../domain/errors'
import { postEntryProblem } from '../../domain/inspection/postLog'
import type { ResolvedInspectionOptions } from './options'
import { refusal } from './refusal'

/** Set by the CSV import, which checks every row first and writes them as `imported`. */
export const IMPORT_CONTEXT = 'inspectionPostImport'

export const checkPostEntry =
  ({ posts, newMediaAccounts, actors, users }: ResolvedInspectionOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data } as Record<string, unknown>
    const problem = postEntryProblem({ month: merged.month, count: merged.count })
    if (problem) throw refusal(posts, req, codedError(problem))
    const accountId = idOf(merged.account)
    const account = accountId === null ? null : await req.payload.findByID({ collection: newMediaAccounts as CollectionSlug, id: accountId, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!account) throw refusal(posts, req, codedError('inspection.post-account'))
    const department = idOf((account as unknown as Record<string, unknown>).department)
    if (actors.isStaff(req) && !actors.hasRole(req.user, 'admin')) {
      const own = users.departmentOf(req.user)
      if (own === null || String(own) !== String(department)) throw refusal(posts, req, codedError('inspection.post-department'))
    }
    const same = await req.payload.find({
      collection: posts as CollectionSlug,
      where: { and: [{ account: { equals: accountId } }, { month: { equals: merged.month } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (same.docs.length) throw refusal(posts, req, codedError('inspection.post-duplicate', String((account as unknown as Record<string, unknown>).name ?? accountId), String(merged.month)))
    return { ...data, department, source: req.context[IMPORT_CONTEXT] ? 'imported' : 'entered' }
  }
