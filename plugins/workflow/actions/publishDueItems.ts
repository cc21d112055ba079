/** The scheduled pass: publishes scheduled items whose time has come, as the robot user, re-checking each first. */
import { createLocalReq, type Payload } from 'payload'
import { randomBytes } from 'node:crypto'
import type { Id } from '../../../domain/ids'
import { optionsOf } from '../options'
import { performTransition } from './performTransition'

type Robot = { id: Id; name: string }

export const schedulerUser = async (payload: Payload): Promise<Robot> => {
  const { userSlug, userNameField, robotUser } = optionsOf(payload)
  const found = await payload.find({ collection: userSlug, where: { email: { equals: robotUser.email } }, limit: 1, depth: 0, overrideAccess: true })
  if (found.docs[0]) return found.docs[0] as unknown as Robot
  // A named actor for the register, never a person: no department, the least role (`data`), a password nobody
  // knows (of every character class, as password rules ask), and a login the host may refuse anyway.
  return (await payload.create({
    collection: userSlug,
    // The host's user fields (name, roles) are the options' business, not the generated types'.
    data: {
      ...robotUser.data,
      // Named by the users' title field (a host titling users by email keeps the email).
      [userNameField]: robotUser.name,
      email: robotUser.email,
      password: `${randomBytes(32).toString('base64url')}Aa1!`,
    } as never,
    overrideAccess: true,
  })) as unknown as Robot
}

export type PublishSummary = { published: Array<{ collection: string; id: Id }>; refused: Array<{ collection: string; id: Id; reason: string }> }

export const publishDueItems = async (payload: Payload, now = new Date()): Promise<PublishSummary> => {
  const summary: PublishSummary = { published: [], refused: [] }
  // The robot account is made when there is something to publish, not before: on a new installation an account made
  // by the first pass would close the admin's create-first-user screen (Payload allows it only while no user exists).
  let robot: Robot | null = null
  const { robotUser } = optionsOf(payload)
  for (const { slug: collection } of Object.values(optionsOf(payload).collections)) {
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
        robot ??= await schedulerUser(payload)
        await performTransition(await createLocalReq({}, payload), {
          collection,
          id: item.id,
          action: 'publish-scheduled',
          actor: { id: robot.id, name: robotUser.name, system: true },
          now,
        })
        summary.published.push({ collection, id: item.id })
        await optionsOf(payload).faultPoint?.('publish-scheduled:after-item')
      } catch (error) {
        // One bad item must not hold up the others; it stays scheduled and shows in the audit.
        payload.logger.error({ err: error, msg: `scheduled publication refused`, collection, id: item.id })
        summary.refused.push({ collection, id: item.id, reason: (error as Error).message })
      }
    }
  }
  return summary
}
