/**
 * Signing a letter is recorded in the host's approval register (the workflow plugin's 发布审批台账, append-only), which
 * this plugin never imports: the host names the register's slug and the `req.context` key it accepts records under.
 * At config time the register's `subject` learns the letters and its `action` the signature.
 */
import type { CollectionConfig, CollectionSlug, Field, PayloadRequest } from 'payload'
import type { Id } from '../../../domain/ids'
import type { LettersContext } from './context'
import { SIGN_ACTION } from './defaults'

const named = (field: Field, name: string) => 'name' in field && field.name === name

/** The register with the letters among its subjects and the signature among its actions. */
export const withLetterSubjects = (register: CollectionConfig, lettersSlug: string): CollectionConfig => {
  const subject = register.fields.find((field) => named(field, 'subject'))
  if (!subject || subject.type !== 'relationship') throw new Error(`审批台账“${register.slug}”没有 subject 关系字段，无法记录告知书的签发`)
  return {
    ...register,
    fields: register.fields.map((field): Field => {
      if (field.type === 'relationship' && named(field, 'subject')) {
        const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
        return { ...field, relationTo: targets.includes(lettersSlug as CollectionSlug) ? targets : [...targets, lettersSlug as CollectionSlug] } as Field
      }
      if (field.type === 'select' && named(field, 'action') && !field.options.some((o) => (typeof o === 'string' ? o : o.value) === SIGN_ACTION.value)) {
        return { ...field, options: [...field.options, { ...SIGN_ACTION }] }
      }
      return field
    }),
  }
}

export const registerHasDepartment = (register: CollectionConfig) => register.fields.some((field) => named(field, 'department'))

export type SignatureRecord = { letter: { id: Id; title: string; department: Id | null }; opinion: string | null; at: Date }

/** One row in the register for a signature, inside the request's transaction. */
export const recordSignature = async (ctx: LettersContext, req: PayloadRequest, record: SignatureRecord) => {
  const register = ctx.approvalRegister
  if (!register) return null
  const user = req.user as (Record<string, unknown> & { id: Id }) | null
  const data: Record<string, unknown> = {
    subject: { relationTo: ctx.lettersSlug, value: record.letter.id },
    subjectTitle: record.letter.title,
    action: SIGN_ACTION.value,
    actor: user?.id ?? null,
    actorName: user ? String(user.name ?? user.email ?? '') : '系统',
    actorRoles: ctx.users.rolesOf(user),
    opinion: record.opinion,
    at: record.at.toISOString(),
  }
  if (register.department) data.department = record.letter.department
  return req.payload.create({ collection: register.slug as CollectionSlug, data: data as never, context: { [register.context]: true }, overrideAccess: true, depth: 0, req })
}
