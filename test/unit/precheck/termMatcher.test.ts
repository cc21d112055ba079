/** Specification of the sensitive-term matcher (敏感词). */
import { describe, expect, it } from '@jest/globals'

import { buildTermMatcher, type SensitiveTerm } from '../../../domain/precheck'
import { mulberry32, pick } from './generators'

const term = (
  t: string,
  level: SensitiveTerm['level'] = 'review',
  category = 'custom',
  note?: string,
): SensitiveTerm => ({
  term: t,
  level,
  category,
  note,
})

const HAN = [...'政府信息公开保密审查发布县乡镇街道财政教育卫生交通水利农业林业民政人事规划项目资金预算决算招标采购']

/** 10,000 distinct terms of 2 to 6 Chinese characters, a few with Latin letters. */
function generateTerms(seed: number): string[] {
  const random = mulberry32(seed)
  const terms = new Set<string>()
  while (terms.size < 10_000) {
    const length = 2 + Math.floor(random() * 5)
    let t = ''
    for (let i = 0; i < length; i++) t += pick(random, HAN)
    if (terms.size % 50 === 0) t += pick(random, ['VPN', 'Wi-Fi', 'App', 'QQ群'])
    terms.add(t)
  }
  return [...terms]
}

describe('buildTermMatcher', () => {
  it('finds each of 10,000 generated terms at its offset in a text built from them', () => {
    const terms = generateTerms(1)
    const matcher = buildTermMatcher(terms.map((t) => term(t)))
    expect(matcher.size).toBe(10_000)
    const random = mulberry32(2)
    const planted = Array.from({ length: 500 }, () => pick(random, terms))
    let text = ''
    const offsets: Array<[string, number]> = []
    for (const t of planted) {
      text += '，'
      offsets.push([t, text.length])
      text += t
    }
    const found = new Set(matcher.scan(text).map((m) => `${m.term}@${m.offset}`))
    expect(offsets.filter(([t, offset]) => !found.has(`${t}@${offset}`))).toEqual([])
  })

  it('reports only terms that really are at the reported offsets', () => {
    const terms = generateTerms(3)
    const matcher = buildTermMatcher(terms.map((t) => term(t)))
    const text = terms.slice(0, 300).join('的')
    const matches = matcher.scan(text)
    expect(matches.length).toBeGreaterThanOrEqual(300)
    expect(
      matches.filter((m) => text.slice(m.offset, m.offset + m.term.length).toLowerCase() !== m.term.toLowerCase()),
    ).toEqual([])
  })

  it('reports overlapping and nested terms, each at its own offset', () => {
    const matcher = buildTermMatcher([term('内部'), term('内部资料'), term('资料室'), term('部资')])
    expect(matcher.scan('这是内部资料室').map((m) => [m.term, m.offset])).toEqual(
      expect.arrayContaining([
        ['内部', 2],
        ['内部资料', 2],
        ['部资', 3],
        ['资料室', 4],
      ]),
    )
    expect(matcher.scan('这是内部资料室')).toHaveLength(4)
  })

  it('reports every occurrence of a term', () => {
    const matcher = buildTermMatcher([term('翻墙')])
    expect(matcher.scan('翻墙，再翻墙').map((m) => m.offset)).toEqual([0, 4])
  })

  it.each([['vpn'], ['VPN'], ['Vpn'], ['ＶＰＮ'], ['ｖｐｎ']])(
    'matches the term “VPN” in “%s” regardless of case and width',
    (written) => {
      const matcher = buildTermMatcher([term('VPN', 'block', 'political')])
      expect(matcher.scan(`使用${written}访问`)).toEqual([
        { term: 'VPN', level: 'block', category: 'political', note: null, offset: 2 },
      ])
    },
  )

  it('matches a lower-case term against upper-case text', () => {
    expect(
      buildTermMatcher([term('wi-fi')])
        .scan('免费WI-FI覆盖')
        .map((m) => m.offset),
    ).toEqual([2])
  })

  it.each([[''], ['   '], ['\t\n']])('ignores the blank term %j', (blank) => {
    const matcher = buildTermMatcher([term(blank), term('最佳')])
    expect(matcher.size).toBe(1)
    expect(matcher.scan('   最佳').map((m) => m.term)).toEqual(['最佳'])
  })

  it('trims the spaces around a term', () => {
    expect(
      buildTermMatcher([term('  国家级  ')])
        .scan('国家级示范')
        .map((m) => [m.term, m.offset]),
    ).toEqual([['国家级', 0]])
  })

  it.each([
    [['warn', 'review', 'block'], 'block'],
    [['block', 'warn'], 'block'],
    [['warn', 'review'], 'review'],
    [['review', 'warn'], 'review'],
  ] as const)('keeps the strictest of the levels %j given to one term', (levels, strictest) => {
    const matcher = buildTermMatcher(levels.map((level, i) => term(i % 2 ? '最高级' : '最高级 ', level)))
    expect(matcher.size).toBe(1)
    expect(matcher.scan('最高级').map((m) => m.level)).toEqual([strictest])
  })

  it('treats terms differing only in case as one term', () => {
    const matcher = buildTermMatcher([term('App', 'warn'), term('APP', 'review'), term('app', 'warn')])
    expect(matcher.size).toBe(1)
    expect(matcher.scan('下载app')).toEqual([
      { term: 'APP', level: 'review', category: 'custom', note: null, offset: 2 },
    ])
  })

  it('keeps the category and note of the strictest entry', () => {
    const matcher = buildTermMatcher([
      term('第一', 'warn', 'wording'),
      term('第一', 'block', 'advertising', '广告法禁用'),
    ])
    expect(matcher.scan('全国第一')).toEqual([
      { term: '第一', level: 'block', category: 'advertising', note: '广告法禁用', offset: 2 },
    ])
  })

  it('finds nothing with an empty list', () => {
    const matcher = buildTermMatcher([])
    expect(matcher.size).toBe(0)
    expect(matcher.scan('任何文本')).toEqual([])
  })

  it('finds nothing in an empty text', () => {
    expect(buildTermMatcher([term('最佳')]).scan('')).toEqual([])
  })

  it('keeps offsets in UTF-16 units after characters outside the BMP', () => {
    expect(
      buildTermMatcher([term('国家级')])
        .scan('𠀀𠀁国家级')
        .map((m) => m.offset),
    ).toEqual([4])
  })
})
