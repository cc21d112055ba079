/**
 * `POST /api/{letters}/:id/sign` {opinion?}: the department's 终审领导 or the 网站管理员 signs a draft letter; its
 * drafter never does, and a letter with 〔待填写〕 left is refused. The letter's state and the register's row are written
 * in one transaction.
 */
import { addDataAndFileToRequest, commitTransaction, initTransaction, killTransaction, type CollectionSlug, type Endpoint } from 'payload'
import { unfilledIn } from '../../../../domain/applications/letters'
import type { UserLike } from '../../../../domain/actors'
import { codedError } from '../../../../domain/errors'
import { idOf } from '../../../../domain/ids'
import { recordSignature } from '../approvalRegister'
import type { LettersContext } from '../context'
import { LETTER_SYSTEM_WRITE } from '../defaults'
import { findLetter } from './findLetter'

export const signEndpoint = (ctx: LettersContext): Endpoint => ({
  path: '/:id/sign',
  method: 'post',
  handler: async (req) => {
    const letter = await findLetter(ctx, req)
    const user = req.user as UserLike & { id: string | number }
    if (letter.status === 'signed') throw codedError('applications.letter-already-signed')
    const department = idOf(letter.department)
    const maySign =
      ctx.actors.hasRole(user, 'admin') ||
      (ctx.actors.hasRole(user, 'approver') && department !== null && String(ctx.users.departmentOf(user)) === String(department))
    if (!maySign) throw codedError('applications.letter-sign-forbidden')
    if (String(idOf(letter.drafter)) === String(user.id)) throw codedError('applications.letter-own-draft')
    const unfilled = unfilledIn(letter.body ?? '')
    if (unfilled.length > 0) throw codedError('applications.letter-unfilled', unfilled.join('、'))
    await addDataAndFileToRequest(req)
    const opinion = typeof req.data?.opinion === 'string' && req.data.opinion.trim() ? req.data.opinion.trim().slice(0, 2000) : null
    const at = new Date()
    const owns = await initTransaction(req)
    try {
      const signed = await req.payload.update({
        collection: ctx.lettersSlug as CollectionSlug,
        id: letter.id,
        data: { status: 'signed', signer: user.id, signedAt: at.toISOString() } as never,
        context: { [LETTER_SYSTEM_WRITE]: true },
        overrideAccess: true,
        depth: 0,
        req,
      })
      const record = await recordSignature(ctx, req, { letter: { id: letter.id, title: String(letter.title ?? ''), department }, opinion, at })
      if (owns) await commitTransaction(req)
      req.payload.logger.info({ msg: '告知书已签发', letter: letter.id, signer: user.id })
      return Response.json({ id: signed.id, status: 'signed', signer: user.id, signedAt: at.toISOString(), record: record?.id ?? null })
    } catch (error) {
      if (owns) await killTransaction(req)
      throw error
    }
  },
})
