/**
 * The letter's own fields are the plugin's: on creation it takes the application (read with the user's access, so only
 * one's own department's), its department, the drafter and, when no text is given, the text from the template; an
 * edit keeps them and is refused once the letter is signed. Signing is the sign endpoint's (`LETTER_SYSTEM_WRITE`).
 */
import { ValidationError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type CollectionSlug, type PayloadRequest } from 'payload'
import { isLetterKind, letterKindLabel } from '../../../domain/applications/letters'
import { codedError, messageOf, type ErrorCode } from '../../../domain/errors'
import { idOf } from '../../../domain/ids'
import type { LettersContext } from './context'
import { LETTER_FACTS, LETTER_SYSTEM_WRITE } from './defaults'
import { draftBody, type ApplicationRow } from './draftBody'

/** Fields only the plugin writes. */
export const LETTER_SYSTEM_FIELDS = ['application', 'kind', 'department', 'title', 'status', 'drafter', 'signer', 'signedAt'] as const

const refuseAt = (ctx: LettersContext, req: PayloadRequest, code: ErrorCode, path: string, label: string) =>
  new ValidationError({ collection: ctx.lettersSlug, errors: [{ path, message: messageOf(code), label }] }, req.t)

export const letterFields =
  (ctx: LettersContext): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (req.context?.[LETTER_SYSTEM_WRITE]) return data
    if (operation === 'update') {
      if (originalDoc?.status === 'signed') throw codedError('applications.letter-signed')
      const kept: Record<string, unknown> = { ...data }
      for (const field of LETTER_SYSTEM_FIELDS) kept[field] = originalDoc?.[field]
      return kept
    }
    if (!isLetterKind(data.kind)) throw refuseAt(ctx, req, 'applications.letter-kind-unknown', 'kind', '种类')
    const id = idOf(data.application)
    const application =
      id === null
        ? null
        : ((await req.payload
            .findByID({ collection: ctx.slug as CollectionSlug, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
            .catch(() => null)) as ApplicationRow | null)
    if (!application) throw refuseAt(ctx, req, 'applications.letter-application-required', 'application', '所属申请')
    const given = typeof data.body === 'string' && data.body.trim() ? data.body : null
    const facts = (req.context?.[LETTER_FACTS] ?? {}) as Record<string, unknown>
    const body = given ?? (await draftBody(ctx, req, data.kind, application, facts)).body
    return {
      ...data,
      application: application.id,
      department: idOf(application.department),
      title: `${letterKindLabel(data.kind)} ${application.trackingNumber ?? ''}`.trim(),
      body,
      status: 'draft',
      drafter: req.user?.id ?? null,
      signer: null,
      signedAt: null,
    }
  }

/** A signed letter is a record sent to the applicant: it stays. */
export const keepSigned =
  (ctx: LettersContext): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const letter = await req.payload.findByID({ collection: ctx.lettersSlug as CollectionSlug, id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if ((letter as { status?: string } | null)?.status === 'signed') throw codedError('applications.letter-signed')
  }
