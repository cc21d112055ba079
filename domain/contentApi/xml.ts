/** RSS 2.0 and sitemap documents as strings; every text is escaped and stripped of characters XML forbids. */

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except surrogates halves and U+FFFE/FFFF.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export const escapeXml = (value: unknown): string =>
  String(value ?? '')
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

export type RssItem = { title: string; link: string; guid: string; pubDate: Date | null; description: string }
export type RssChannel = { title: string; link: string; selfLink: string; description: string; items: RssItem[]; lastBuildDate?: Date }

export const renderRss = (channel: RssChannel): string => {
  const items = channel.items
    .map((item) =>
      [
        '<item>',
        `<title>${escapeXml(item.title)}</title>`,
        `<link>${escapeXml(item.link)}</link>`,
        `<guid isPermaLink="false">${escapeXml(item.guid)}</guid>`,
        item.pubDate ? `<pubDate>${item.pubDate.toUTCString()}</pubDate>` : '',
        `<description>${escapeXml(item.description)}</description>`,
        '</item>',
      ].join(''),
    )
    .join('\n')
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(channel.link)}</link>`,
    `<atom:link href="${escapeXml(channel.selfLink)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(channel.description)}</description>`,
    '<language>zh-CN</language>',
    channel.lastBuildDate ? `<lastBuildDate>${channel.lastBuildDate.toUTCString()}</lastBuildDate>` : '',
    items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n')
}

export type SitemapEntry = { loc: string; lastmod?: string | null }

export const renderSitemap = (entries: Iterable<SitemapEntry>): string => {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
  for (const entry of entries) {
    const lastmod = entry.lastmod ? `<lastmod>${escapeXml(new Date(entry.lastmod).toISOString())}</lastmod>` : ''
    lines.push(`<url><loc>${escapeXml(entry.loc)}</loc>${lastmod}</url>`)
  }
  lines.push('</urlset>', '')
  return lines.join('\n')
}

/** `{id}` / `{slug}` placeholders of a public-site path, joined to the site's base URL. */
export const publicUrl = (base: string, pattern: string, values: Record<string, string | number>): string => {
  const path = pattern.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(String(values[key] ?? '')))
  return `${base.replace(/\/+$/, '')}${path.startsWith('/') ? '' : '/'}${path}`
}
