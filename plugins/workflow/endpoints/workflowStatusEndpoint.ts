/**
 * GET /api/{collection}/:id/workflow — what the review panel shows: state, findings, signatures, the actions this user
 * may take, whether the website still shows an older published version (`changedSincePublished`) and whether this
 * user may throw the edit away (`canDiscard`, 撤销修改).
 */
import type { Endpoint } from 'payload'
import { codedError } from '../../../domain/errors'
import type { UserLike } from '../../../domain/actors'
import { findingKey } from '../../../domain/precheck'
import { availableActions } from '../../../domain/workflow/refusals'
import { discardRefusal } from '../../../domain/workflow/discard'
import { idOf } from '../../../domain/ids'
import { REGISTER_SLUG } from '../defaults'
import { collectionOptionsOf, optionsOf } from '../options'
import { registerLine, type RegisterRow, type WorkflowRow } from '../item'
import { assessItem } from '../actions/assessItem'
import { publishedAndLatest } from '../actions/discardChanges'

export const workflowStatusEndpoint = (collection: string): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw codedError('auth.required')
    const id = req.routeParams?.id as string
    const { slug, departmentField } = collectionOptionsOf(req.payload, collection)
    const item = (await req.payload.findByID({ collection: slug, id, draft: true, depth: 0, overrideAccess: false, user: req.user, req })) as unknown as WorkflowRow
    // What the website shows: the main row, when published; its content differs from the version being edited?
    const { published, changed } = await publishedAndLatest(req, collection, item.id)
    // Findings of the content as it is now (stored findings may predate the last edit or term list change).
    const { hash, findings, workflowItem } = await assessItem(req, collection, item, { rescan: true })
    const records = await req.payload.find({
      collection: REGISTER_SLUG,
      where: { and: [{ 'subject.value': { equals: item.id } }, { 'subject.relationTo': { equals: collection } }] },
      sort: '-at',
      limit: 50,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const { users } = optionsOf(req.payload)
    const me = req.user as UserLike
    const roles = users.rolesOf(me)
    const department = users.departmentOf(me)
    const discardable =
      discardRefusal({ reviewState: workflowItem.reviewState, department: idOf(item[departmentField]), published: Boolean(published), changed }, { roles, department }) === null
    return Response.json({
      id: item.id,
      reviewState: workflowItem.reviewState,
      published: Boolean(published),
      changedSincePublished: changed,
      canDiscard: discardable,
      forcePublished: workflowItem.forcePublished,
      publishAt: item.publishAt ?? null,
      actions: availableActions(workflowItem, { id: req.user.id, roles, department }, new Date()),
      findings: findings.map((f) => ({ ...f, key: findingKey(f), acknowledged: workflowItem.acknowledgedKeys.includes(findingKey(f)) })),
      signatures: (item.signatures ?? []).map((s) => ({ stage: s.stage, userName: s.userName, opinion: s.opinion, at: s.at, valid: s.contentHash === hash })),
      records: (records.docs as unknown as RegisterRow[]).map(registerLine),
    })
  },
})
