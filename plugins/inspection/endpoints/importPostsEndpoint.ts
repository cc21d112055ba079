/**
 * `POST /api/new-media-posts/import`: the platforms' monthly CSV export (docs/inspection.md) into the post log, as a
 * multipart `file` (the export as saved, UTF-8 or GB18030) or JSON `{ csv }`. All rows or none: any bad row refuses
 * the whole file, naming each row.
 */
import { addDataAndFileToRequest, commitTransaction, initTransaction, killTransaction, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'
import { codedError } from '../../../domain/errors'
import { idOf } from '../../../domain/ids'
import { decodeCsv, parseCsv, postImportRows } from '../../../domain/inspection/postImport'
import { labelOf, PLATFORMS } from '../../../domain/vocabulary'
import { IMPORT_CONTEXT } from '../checkPostEntry'
import type { ResolvedInspectionOptions } from '../options'

const csvOf = async (req: PayloadRequest): Promise<string> => {
  await addDataAndFileToRequest(req)
  if (req.file?.data) return decodeCsv(req.file.data)
  const csv = (req.data as { csv?: unknown } | undefined)?.csv
  return typeof csv === 'string' ? csv : ''
}

export const importPostsEndpoint = ({ actors, users, posts, newMediaAccounts }: ResolvedInspectionOptions): Endpoint => ({
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!actors.isStaff(req)) throw codedError('auth.required')
    if (!actors.hasRole(req.user, 'admin', 'editor')) throw codedError('inspection.import-forbidden')
    const text = await csvOf(req)
    if (!text.trim()) throw codedError('inspection.import-empty')
    const parsed = postImportRows(parseCsv(text))
    if (!parsed.ok && 'missing' in parsed) throw codedError('inspection.import-header', parsed.missing.join('、'))
    if (!parsed.ok) throw codedError('inspection.import-rows', parsed.problems.join('；'))
    const own = actors.hasRole(req.user, 'admin') ? null : users.departmentOf(req.user)
    const accounts = await req.payload.find({
      collection: newMediaAccounts as CollectionSlug,
      where: { accountId: { in: [...new Set(parsed.rows.map((r) => r.accountId))] } },
      select: { accountId: true, platform: true, department: true, name: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const byKey = new Map((accounts.docs as unknown as Array<Record<string, unknown>>).map((a) => [`${a.platform}|${a.accountId}`, a]))
    const problems: string[] = []
    const matched = parsed.rows.flatMap((row) => {
      const account = byKey.get(`${row.platform}|${row.accountId}`)
      if (!account) return problems.push(`第 ${row.row} 行：找不到${labelOf(PLATFORMS, row.platform as never)}账号“${row.accountId}”`), []
      if (own !== null && String(idOf(account.department)) !== String(own)) return problems.push(`第 ${row.row} 行：账号“${row.accountId}”不属于本部门`), []
      return [{ ...row, account: account.id as string | number }]
    })
    if (problems.length) throw codedError('inspection.import-rows', problems.join('；'))
    req.context[IMPORT_CONTEXT] = true
    const owns = await initTransaction(req)
    try {
      let created = 0
      let updated = 0
      for (const row of matched) {
        const existing = await req.payload.find({ collection: posts as CollectionSlug, where: { and: [{ account: { equals: row.account } }, { month: { equals: row.month } }] }, limit: 1, depth: 0, overrideAccess: true, req })
        const data = { account: row.account, month: row.month, count: row.count }
        if (existing.docs[0]) {
          await req.payload.update({ collection: posts as CollectionSlug, id: existing.docs[0].id, data: data as never, overrideAccess: true, req })
          updated++
        } else {
          await req.payload.create({ collection: posts as CollectionSlug, data: data as never, overrideAccess: true, req })
          created++
        }
      }
      if (owns) await commitTransaction(req)
      req.payload.logger.info({ created, updated, user: req.user?.id }, '政务新媒体发文记录已导入')
      return Response.json({ rows: matched.length, created, updated })
    } catch (error) {
      if (owns) await killTransaction(req)
      throw error
    }
  },
})
