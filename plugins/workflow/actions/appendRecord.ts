/** Appends one entry to the approval register, inside the caller's transaction (pass its req). */
import type { PayloadRequest } from 'payload'
import { RECORD_CONTEXT } from '../collections/ApprovalRecords'
import { REGISTER_SLUG } from '../defaults'
import { collectionOptionsOf, optionsOf } from '../options'
import { idOf, type Id } from '../../../domain/ids'
import type { UserLike } from '../../../domain/actors'

export type RecordInput = {
  collection: string
  item: Record<string, unknown> & { id: Id }
  action: string
  fromState: string
  toState: string
  opinion?: string | null
  precheck?: unknown
  /** The acting user's record (req.user when absent); `actorName` names it where the record cannot (the robot). */
  actor?: (UserLike & { id: Id }) | null
  actorName?: string | null
  at?: Date
}

export const appendRecord = async (req: PayloadRequest, input: RecordInput) => {
  const { users, departments, nameOf } = optionsOf(req.payload)
  const { slug, titleField, departmentField, disclosureField } = collectionOptionsOf(req.payload, input.collection)
  const actor = input.actor ?? ((req.user ?? null) as RecordInput['actor'])
  const latest = await req.payload.findVersions({
    collection: slug,
    where: { parent: { equals: input.item.id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const data: Record<string, unknown> = {
    subject: { relationTo: input.collection, value: input.item.id },
    subjectTitle: String(input.item[titleField] ?? ''),
    version: latest.docs[0] ? String(latest.docs[0].id) : null,
    contentHash: (input.item.contentHash as string | undefined) ?? null,
    action: input.action,
    fromState: input.fromState,
    toState: input.toState,
    actor: actor?.id ?? null,
    actorName: actor ? (input.actorName ?? nameOf(actor) ?? '') : '系统',
    actorRoles: users.rolesOf(actor),
    disclosure: disclosureField ? ((input.item[disclosureField] as string | undefined) ?? null) : null,
    opinion: input.opinion ?? null,
    precheck: input.precheck ?? null,
    at: (input.at ?? new Date()).toISOString(),
  }
  if (departments) data.department = idOf(input.item[departmentField]) ?? users.departmentOf(actor)
  return req.payload.create({
    collection: REGISTER_SLUG,
    // The register's fields depend on the options (department), which the generated types cannot follow.
    data: data as never,
    context: { [RECORD_CONTEXT]: true },
    overrideAccess: true,
    req,
  })
}
