/**
 * Two signatures at once (issue 17, load): two reviewers approve the same item at the same moment, or one returns
 * it while the other approves. Each transition reads the item's state, checks it and writes the next one in
 * one transaction; without a lock on the item's row between the read and the write (PostgreSQL runs both
 * transactions side by side, READ COMMITTED), both read the same state and both sign it: two 初审 entries for one
 * transition. With the row locked, the second waits for the first's commit, reads the new state and is refused.
 * Runs on each database of the suite; SQLite and MongoDB order write transactions themselves.
 */
import { bootPayload, type TestContext } from '../helpers/testPayload'
import { act, crewFor, makeColumn, makeDepartment, makeDocument, makeUser } from '../helpers/fixtures'
import type { Id } from '../../domain/ids'

let ctx: TestContext

beforeAll(async () => {
  ctx = await bootPayload()
})

afterAll(async () => {
  await ctx?.close()
})

const entries = async (id: Id) =>
  (
    await ctx.payload.find({
      collection: 'approval-records',
      where: { 'subject.value': { equals: id }, 'subject.relationTo': { equals: 'documents' } },
      depth: 0,
      overrideAccess: true,
      pagination: false,
      sort: 'createdAt',
    })
  ).docs as Array<{ action: string; fromState: string; toState: string }>

/** A department's crew, a second reviewer, and six of its items submitted (several, so that the race is met whatever the scheduling). */
const submittedItems = async () => {
  const department = (await makeDepartment(ctx.payload)).id
  const column = await makeColumn(ctx.payload)
  const crew = await crewFor(ctx.payload, department)
  const second = await makeUser(ctx.payload, ['reviewer'], department)
  const ids: Id[] = []
  for (let i = 0; i < 6; i++) {
    const doc = await makeDocument(ctx.payload, { column: column.id, department }, { draft: true })
    await act(ctx.payload, crew.editor, { collection: 'documents', id: doc.id, action: 'submit' })
    ids.push(doc.id)
  }
  return { crew, second, ids }
}

describe('concurrent transitions of one item', () => {
  it('two reviewers approving at once: one is signed, the other refused, one register entry', async () => {
    const { crew, second, ids } = await submittedItems()
    const outcomes = await Promise.all(
      ids.flatMap((id) => [crew.reviewer, second].map((reviewer) => act(ctx.payload, reviewer, { collection: 'documents', id, action: 'approve' }).then(() => 'signed', (error: Error) => error.message))),
    )
    for (let i = 0; i < ids.length; i++) {
      const pair = outcomes.slice(i * 2, i * 2 + 2)
      expect(pair.filter((o) => o === 'signed')).toHaveLength(1)
      const register = await entries(ids[i])
      expect(register.map((r) => `${r.action}:${r.fromState}->${r.toState}`)).toEqual(['submit:draft->submitted', 'approve:submitted->first-reviewed'])
      const item = await ctx.payload.findByID({ collection: 'documents', id: ids[i], draft: true, depth: 0, overrideAccess: true })
      expect(item.reviewState).toBe('first-reviewed')
    }
  })

  it('a return and an approval at once: one of them, and the register agrees with the state', async () => {
    const { crew, second, ids } = await submittedItems()
    const outcomes = await Promise.all(
      ids.flatMap((id) => [
        act(ctx.payload, second, { collection: 'documents', id, action: 'return', opinion: '请补充政策依据' }).then(() => 'return', () => null),
        act(ctx.payload, crew.reviewer, { collection: 'documents', id, action: 'approve' }).then(() => 'approve', () => null),
      ]),
    )
    for (let i = 0; i < ids.length; i++) {
      const done = outcomes.slice(i * 2, i * 2 + 2).filter(Boolean)
      expect(done).toHaveLength(1)
      const register = await entries(ids[i])
      const item = await ctx.payload.findByID({ collection: 'documents', id: ids[i], draft: true, depth: 0, overrideAccess: true })
      expect(register.map((r) => r.action)).toEqual(['submit', done[0]])
      expect(register.at(-1)!.toState).toBe(item.reviewState)
    }
  })
})
