/** A letter as the signed-in user may see it (another department's is not found), or a coded refusal. */
import type { CollectionSlug, PayloadRequest } from 'payload'
import { codedError } from '../../../../domain/errors'
import type { Id } from '../../../../domain/ids'
import type { LettersContext } from '../context'

export type LetterRow = {
  id: Id
  title?: string | null
  kind: string
  body?: string | null
  status?: string | null
  department?: unknown
  application?: unknown
  drafter?: unknown
  signer?: unknown
  signedAt?: string | null
}

export const findLetter = async (ctx: LettersContext, req: PayloadRequest): Promise<LetterRow> => {
  if (!req.user || !ctx.actors.isStaff(req)) throw codedError('auth.required')
  const id = String(req.routeParams?.id ?? '')
  const letter = (await req.payload
    .findByID({ collection: ctx.lettersSlug as CollectionSlug, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
    .catch(() => null)) as LetterRow | null
  if (!letter) throw codedError('applications.letter-missing')
  return letter
}
