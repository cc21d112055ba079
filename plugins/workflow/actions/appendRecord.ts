/** Appends one entry to the approval register, inside the caller's transaction (pass its req). */
import type { PayloadRequest } from 'payload'
import { RECORD_CONTEXT } from '../collections/ApprovalRecords'
import { departmentIdOf, rolesOf } from '../../../hooks/access/roles'
import { idOf, type Id } from '../../../domain/ids'

export type RecordInput = {
  collection: 'documents' | 'interpretations'
  item: Record<string, unknown> & { id: Id }
  action: string
  fromState: string
  toState: string
  opinion?: string | null
  precheck?: unknown
  actor?: { id: Id; name?: string | null; roles?: unknown } | null
  at?: Date
}


export const appendRecord = async (req: PayloadRequest, input: RecordInput) => {
  const actor = input.actor ?? (req.user as RecordInput['actor'])
  const latest = await req.payload.findVersions({
    collection: input.collection,
    where: { parent: { equals: input.item.id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return req.payload.create({
    collection: 'approval-records',
    data: {
      subject: { relationTo: input.collection, value: input.item.id },
      subjectTitle: String(input.item.title ?? ''),
      version: latest.docs[0] ? String(latest.docs[0].id) : null,
      contentHash: (input.item.contentHash as string | undefined) ?? null,
      action: input.action,
      fromState: input.fromState,
      toState: input.toState,
      actor: actor?.id ?? null,
      actorName: actor?.name ?? (actor ? '' : '系统'),
      actorRoles: rolesOf(actor as never),
      department: idOf(input.item.department) ?? departmentIdOf(actor as never),
      disclosure: (input.item.disclosure as string | undefined) ?? null,
      opinion: input.opinion ?? null,
      precheck: input.precheck ?? null,
      at: (input.at ?? new Date()).toISOString(),
    } as never,
    context: { [RECORD_CONTEXT]: true },
    overrideAccess: true,
    req,
  })
}
