/** `GET /api/public/{groups}/:slug/feed.xml` (Gongkai: a column's feed): RSS 2.0 of a public group's latest public items. */
import type { CollectionSlug, Endpoint } from 'payload'
import { codedError } from '../../../domain/errors'
import { lexicalPlainText } from '../../../domain/lexicalText'
import { publicUrl, renderRss } from '../../../domain/contentApi/xml'
import { optionsOf } from '../options'
import { readSettings } from '../readSettings'
import type { FeedOptions, Row } from '../types'
import { anonymousReq, apiBase, siteBase, xmlResponse } from './publicReq'

const DESCRIPTION_CHARS = 200

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

export const feedEndpoint = ({ groups, items, textOf = (row) => row.body, describe = (title) => title }: FeedOptions): Endpoint => ({
  path: `/public/${groups.collection}/:slug/feed.xml`,
  method: 'get',
  handler: async (req) => {
    const slugField = groups.slugField ?? 'slug'
    const slug = String(req.routeParams?.slug ?? '')
    const anon = await anonymousReq(req)
    const found = await req.payload.find({ collection: groups.collection as CollectionSlug, where: { [slugField]: { equals: slug } }, limit: 1, depth: 0, overrideAccess: false, req: anon })
    const group: Row | undefined = found.docs.map((doc) => ({ ...doc }))[0]
    if (!group) throw codedError('contentApi.feed-not-found', slug)
    const title = text(group[groups.titleField ?? 'title'])
    const groupSlug = text(group[slugField])
    const settings = await readSettings(req.payload)
    const { paths, feedItems } = settings.publicSite
    const base = siteBase(req, settings)
    const { docs } = await req.payload.find({
      collection: items.collection as CollectionSlug,
      where: { [items.groupField]: { equals: group.id } },
      sort: `-${items.dateField}`,
      limit: feedItems,
      depth: 0,
      overrideAccess: false,
      req: anon,
    })
    const entries = docs.map((doc) => {
      const row: Row = { ...doc }
      const plain = lexicalPlainText(textOf(row)).replace(/\s+/g, ' ').trim()
      const date = row[items.dateField]
      return {
        title: text(row[items.titleField ?? 'title']),
        link: publicUrl(base, paths[items.sitePath] ?? '/', { id: row.id }),
        guid: `${items.collection}/${row.id}`,
        pubDate: typeof date === 'string' ? new Date(date) : null,
        description: plain.length > DESCRIPTION_CHARS ? `${plain.slice(0, DESCRIPTION_CHARS)}…` : plain,
      }
    })
    return xmlResponse(
      renderRss({
        title,
        link: publicUrl(base, paths[groups.sitePath] ?? '/', { slug: groupSlug }),
        selfLink: `${apiBase(req)}/api/public/${groups.collection}/${encodeURIComponent(groupSlug)}/feed.xml`,
        description: describe(title),
        items: entries,
        lastBuildDate: entries[0]?.pubDate ?? undefined,
      }),
      'application/rss+xml',
    )
  },
})
