/** The per-minute pass: publishes scheduled items whose time has come, as the robot user 定时发布, re-checking each first. */
import { createLocalReq, type Payload } from 'payload'
import { performTransition } from './performTransition'
import { SCHEDULER_USER } from '../defaults'
import { randomBytes } from 'node:crypto'

type Robot = { id: number | string; name: string }

export const schedulerUser = async (payload: Payload): Promise<Robot> => {
  const found = await payload.find({ collection: 'users', where: { email: { equals: SCHEDULER_USER.email } }, limit: 1, depth: 0, overrideAccess: true })
  if (found.docs[0]) return found.docs[0] as Robot
  // A named actor for the register, never a person: no department, the least role, a password nobody knows (of
  // every character class, as the password rules ask), and a login that refuses it anyway (plugins/security).
  return (await payload.create({
    collection: 'users',
    data: {
      email: SCHEDULER_USER.email,
      name: SCHEDULER_USER.name,
      roles: ['editor'],
      password: `${randomBytes(32).toString('base64url')}Aa1!`,
    } as never,
    overrideAccess: true,
  })) as Robot
}

export type PublishSummary = { published: Array<{ collection: string; id: number | string }>; refused: Array<{ collection: string; id: number | string; reason: string }> }

export const publishDueItems = async (payload: Payload, now = new Date()): Promise<PublishSummary> => {
  const summary: PublishSummary = { published: [], refused: [] }
  const robot = await schedulerUser(payload)
  for (const collection of ['documents', 'interpretations'] as const) {
    const due = await payload.find({
      collection,
      draft: true,
      where: { and: [{ reviewState: { equals: 'scheduled' } }, { publishAt: { less_than_equal: now.toISOString() } }] },
      limit: 200,
      depth: 0,
      overrideAccess: true,
    })
    for (const item of due.docs) {
      try {
        await performTransition(await createLocalReq({}, payload), {
          collection,
          id: item.id,
          action: 'publish-scheduled',
          actor: { id: robot.id, name: robot.name, system: true },
          now,
        })
        summary.published.push({ collection, id: item.id })
      } catch (error) {
        // One bad item must not hold up the others; it stays scheduled and shows in the audit.
        payload.logger.error({ err: error, msg: `scheduled publication refused`, collection, id: item.id })
        summary.refused.push({ collection, id: item.id, reason: (error as Error).message })
      }
    }
  }
  return summary
}
