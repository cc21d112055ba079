/** `GET /api/public/sitemap.xml`: the home page, the listed site pages and the page of every public row. */
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'
import { publicUrl, renderSitemap, type SitemapEntry } from '../../../domain/contentApi/xml'
import { optionsOf } from '../options'
import { readSettings } from '../readSettings'
import type { Row } from '../types'
import { anonymousReq, siteBase, xmlResponse } from './publicReq'

const PAGE = 1000

/** The fields a path pattern's `{placeholders}` name, besides the id every row has. */
const placeholdersOf = (pattern: string): string[] => [...pattern.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((name) => name !== 'id')

const allPublic = async (anon: PayloadRequest, collection: string, fields: string[]): Promise<Row[]> => {
  const select = Object.fromEntries([...fields, 'updatedAt'].map((name) => [name, true]))
  const rows: Row[] = []
  for (let page = 1; ; page++) {
    const result = await anon.payload.find({ collection: collection as CollectionSlug, limit: PAGE, page, depth: 0, select, sort: 'id', overrideAccess: false, req: anon })
    rows.push(...result.docs.map((doc) => ({ ...doc })))
    if (!result.hasNextPage) return rows
  }
}

const placeholderValues = (row: Row): Record<string, string | number> =>
  Object.fromEntries(Object.entries(row).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'))

export const sitemapEndpoint: Endpoint = {
  path: '/public/sitemap.xml',
  method: 'get',
  handler: async (req) => {
    const { collections, sitemapPages } = optionsOf(req.payload)
    const anon = await anonymousReq(req)
    const settings = await readSettings(req.payload)
    const base = siteBase(req, settings)
    const { paths } = settings.publicSite
    const entries: SitemapEntry[] = [{ loc: publicUrl(base, '/', {}) }, ...sitemapPages.map((name) => ({ loc: publicUrl(base, paths[name] ?? '/', {}) }))]
    for (const [collection, { sitemapPath }] of Object.entries(collections)) {
      if (!sitemapPath) continue
      const pattern = paths[sitemapPath] ?? '/'
      for (const row of await allPublic(anon, collection, placeholdersOf(pattern))) {
        entries.push({ loc: publicUrl(base, pattern, placeholderValues(row)), lastmod: typeof row.updatedAt === 'string' ? row.updatedAt : null })
      }
    }
    return xmlResponse(renderSitemap(entries), 'application/xml')
  },
}
