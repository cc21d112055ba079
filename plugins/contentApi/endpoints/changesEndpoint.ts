/** `GET /api/public/changes?since=&limit=&cursor=`: the public change feed, oldest first, one page at a time. */
import type { Endpoint, Where } from 'payload'
import { encodeCursor, parseChangeFeedParams } from '../../../domain/contentApi/changeFeedParams'
import { codedError } from '../../../domain/errors'
import type { Id } from '../../../domain/ids'
import { PUBLIC_CHANGES_SLUG } from '../defaults'

type LogRow = { id: Id; seq: number; subjectCollection: string; itemId: string; op: 'upsert' | 'delete'; at: string }

export const changesEndpoint: Endpoint = {
  path: '/public/changes',
  method: 'get',
  handler: async (req) => {
    const parsed = parseChangeFeedParams(req.query ?? {})
    if (!parsed.ok) throw codedError(parsed.code, ...parsed.args)
    const { afterSeq, since, limit } = parsed.params
    const and: Where[] = [{ seq: { greater_than: afterSeq } }, { op: { in: ['upsert', 'delete'] } }]
    if (since) and.push({ at: { greater_than_equal: since } })
    const { docs: rows } = await req.payload.db.find<LogRow>({ collection: PUBLIC_CHANGES_SLUG, where: { and }, sort: 'seq', limit: limit + 1, pagination: false })
    const page = rows.slice(0, limit)
    const numericIds = req.payload.db.defaultIDType === 'number'
    const last = page.length > 0 ? page[page.length - 1].seq : afterSeq
    return Response.json({
      items: page.map((row) => ({
        collection: row.subjectCollection,
        id: numericIds && /^\d+$/.test(row.itemId) ? Number(row.itemId) : row.itemId,
        op: row.op,
        at: new Date(row.at).toISOString(),
      })),
      nextCursor: encodeCursor(last),
      hasMore: rows.length > limit,
    })
  },
}
