/**
 * `POST /api/{letters}/draft` {application, kind, facts?}: a draft from the kind's current template and the
 * application (read with the user's access), `facts` giving or overriding values by placeholder (`{"第三方": "…"}`).
 * Answers 201 with the letter and the placeholders still to fill.
 */
import { addDataAndFileToRequest, type CollectionSlug, type Endpoint } from 'payload'
import { unfilledIn } from '../../../../domain/applications/letters'
import { codedError } from '../../../../domain/errors'
import type { LettersContext } from '../context'
import { LETTER_FACTS } from '../defaults'

export const draftEndpoint = (ctx: LettersContext): Endpoint => ({
  path: '/draft',
  method: 'post',
  handler: async (req) => {
    if (!req.user || !ctx.actors.isStaff(req)) throw codedError('auth.required')
    await addDataAndFileToRequest(req)
    const body = (req.data && typeof req.data === 'object' ? req.data : {}) as Record<string, unknown>
    const facts = body.facts && typeof body.facts === 'object' && !Array.isArray(body.facts) ? (body.facts as Record<string, unknown>) : {}
    const doc = (await req.payload.create({
      collection: ctx.lettersSlug as CollectionSlug,
      data: { application: body.application, kind: body.kind } as never,
      context: { [LETTER_FACTS]: facts },
      overrideAccess: false,
      user: req.user,
      depth: 0,
      req,
    })) as unknown as { id: string | number; body?: string | null }
    return Response.json({ doc, unfilled: unfilledIn(doc.body ?? '') }, { status: 201 })
  },
})
