import { decodeCursor, encodeCursor, parseChangeFeedParams } from '../../domain/contentApi/changeFeedParams'
import { escapeXml, publicUrl, renderRss, renderSitemap } from '../../domain/contentApi/xml'
import { retryDelayMs, signBody, verifySignature } from '../../domain/contentApi/webhookSignature'

describe('change feed parameters', () => {
  it('round-trips a cursor', () => expect(decodeCursor(encodeCursor(12345))).toBe(12345))
  it('defaults to 100 items from the start', () => expect(parseChangeFeedParams({})).toEqual({ ok: true, params: { afterSeq: 0, since: null, limit: 100 } }))
  it('normalises since to UTC', () =>
    expect(parseChangeFeedParams({ since: '2026-11-01T08:00:00+08:00' })).toEqual({ ok: true, params: { afterSeq: 0, since: '2026-11-01T00:00:00.000Z', limit: 100 } }))
  it.each([[{ limit: '500' }, true], [{ limit: '1' }, true], [{ limit: '-1' }, false], [{ limit: ['1', '2'] }, false], [{ since: '2026-13-45' }, false], [{ cursor: 'bm90LWpzb24' }, false]])(
    'accepts %j: %s',
    (query, ok) => expect(parseChangeFeedParams(query).ok).toBe(ok),
  )
})

describe('xml', () => {
  it('escapes markup and drops characters XML forbids', () => expect(escapeXml('a<b>&"c\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&apos;'))
  it('fills page paths', () => expect(publicUrl('https://gk.example.gov.cn/', '/columns/{slug}/', { slug: 'zcwj' })).toBe('https://gk.example.gov.cn/columns/zcwj/'))
  it('renders an RSS item with an RFC 822 date', () => {
    const xml = renderRss({ title: 'T', link: 'l', selfLink: 's', description: 'd', items: [{ title: '<x>', link: 'u', guid: 'g', pubDate: new Date('2026-11-22T00:00:00Z'), description: '' }] })
    expect(xml).toContain('<item><title>&lt;x&gt;</title>')
    expect(xml).toContain('<pubDate>Sun, 22 Nov 2026 00:00:00 GMT</pubDate>')
  })
  it('renders sitemap entries', () => expect(renderSitemap([{ loc: 'https://a/?x=1&y=2' }])).toContain('<loc>https://a/?x=1&amp;y=2</loc>'))
})

describe('webhook signatures', () => {
  it('verifies its own signature and refuses a tampered body', () => {
    const header = signBody('s3cret', '{"id":1}')
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/)
    expect(verifySignature('s3cret', '{"id":1}', header)).toBe(true)
    expect(verifySignature('s3cret', '{"id":2}', header)).toBe(false)
    expect(verifySignature('s3cret', '{"id":1}', undefined)).toBe(false)
  })
  it('doubles the delay per attempt, capped at an hour', () => {
    expect([1, 2, 3].map((a) => retryDelayMs(a, 30))).toEqual([30_000, 60_000, 120_000])
    expect(retryDelayMs(30, 30)).toBe(3_600_000)
  })
})
