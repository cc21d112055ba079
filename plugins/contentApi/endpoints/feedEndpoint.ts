/** `GET /api/public/columns/:slug/feed.xml`: RSS 2.0 of a public column's latest public items. */
import type { Endpoint } from 'payload'
import { lexicalPlainText } from '../../../domain/lexicalText'
import { publicUrl, renderRss } from '../../../domain/contentApi/xml'
import { anonymousReq, apiBase, publicSettings, siteBase, xmlResponse } from './publicReq'

const DESCRIPTION_CHARS = 200

export const feedEndpoint: Endpoint = {
  path: '/public/columns/:slug/feed.xml',
  method: 'get',
  handler: async (req) => {
    const slug = String(req.routeParams?.slug ?? '')
    const anon = await anonymousReq(req)
    const { docs: columns } = await req.payload.find({ collection: 'columns', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: false, req: anon })
    const column = columns[0] as { id: number | string; title: string; slug: string; updatedAt?: string } | undefined
    if (!column) return Response.json({ errors: [{ message: `栏目不存在或未公开：${slug}` }] }, { status: 404 })
    const settings = await publicSettings(req)
    const base = siteBase(req, settings)
    const { docs } = await req.payload.find({
      collection: 'documents',
      where: { column: { equals: column.id } },
      sort: '-publishedAt',
      limit: settings.publicSite.feedItems,
      depth: 0,
      overrideAccess: false,
      req: anon,
    })
    const items = (docs as Array<Record<string, any>>).map((doc) => {
      const text = lexicalPlainText(doc.disclosure === 'partial' ? doc.publicBody : doc.body).replace(/\s+/g, ' ').trim()
      return {
        title: String(doc.title ?? ''),
        link: publicUrl(base, settings.publicSite.documentPath, { id: doc.id }),
        guid: `documents/${doc.id}`,
        pubDate: doc.publishedAt ? new Date(doc.publishedAt) : null,
        description: text.length > DESCRIPTION_CHARS ? `${text.slice(0, DESCRIPTION_CHARS)}…` : text,
      }
    })
    const origin = apiBase(req)
    return xmlResponse(
      renderRss({
        title: column.title,
        link: publicUrl(base, settings.publicSite.columnPath, { slug: column.slug }),
        selfLink: `${origin}/api/public/columns/${encodeURIComponent(column.slug)}/feed.xml`,
        description: `${column.title}（政府信息公开）`,
        items,
        lastBuildDate: items[0]?.pubDate ?? undefined,
      }),
      'application/rss+xml',
    )
  },
}
