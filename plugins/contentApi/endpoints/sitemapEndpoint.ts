/** `GET /api/public/sitemap.xml`: every public column, document and interpretation page of the public site. */
import type { Endpoint, PayloadRequest } from 'payload'
import { publicUrl, renderSitemap, type SitemapEntry } from '../../../domain/contentApi/xml'
import { anonymousReq, publicSettings, siteBase, xmlResponse } from './publicReq'

const PAGE = 1000

const allPublic = async (anon: PayloadRequest, collection: 'columns' | 'documents' | 'interpretations', select: Record<string, true>) => {
  const rows: Array<Record<string, any>> = []
  for (let page = 1; ; page++) {
    const result = await anon.payload.find({ collection, limit: PAGE, page, depth: 0, select, sort: 'id', overrideAccess: false, req: anon })
    rows.push(...(result.docs as Array<Record<string, any>>))
    if (!result.hasNextPage) return rows
  }
}

export const sitemapEndpoint: Endpoint = {
  path: '/public/sitemap.xml',
  method: 'get',
  handler: async (req) => {
    const anon = await anonymousReq(req)
    const settings = await publicSettings(req)
    const base = siteBase(req, settings)
    const { publicSite } = settings
    const entries: SitemapEntry[] = [{ loc: publicUrl(base, '/', {}) }, { loc: publicUrl(base, publicSite.newMediaPath, {}) }]
    for (const column of await allPublic(anon, 'columns', { slug: true, updatedAt: true })) {
      entries.push({ loc: publicUrl(base, publicSite.columnPath, { slug: column.slug }), lastmod: column.updatedAt })
    }
    for (const doc of await allPublic(anon, 'documents', { updatedAt: true })) {
      entries.push({ loc: publicUrl(base, publicSite.documentPath, { id: doc.id }), lastmod: doc.updatedAt })
    }
    for (const doc of await allPublic(anon, 'interpretations', { updatedAt: true })) {
      entries.push({ loc: publicUrl(base, publicSite.interpretationPath, { id: doc.id }), lastmod: doc.updatedAt })
    }
    return xmlResponse(renderSitemap(entries), 'application/xml')
  },
}
