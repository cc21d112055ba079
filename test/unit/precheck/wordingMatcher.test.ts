import { buildWordingMatcher, precheck, type WordingEntry } from '../../../domain/precheck'
import { SEED_SERIOUS, SEED_TYPOS } from '../../../plugins/wording/defaults'

const typo = (wrong: string, correct: string, level?: string): WordingEntry => ({ wrong, correct, kind: 'common-typo', level })
const serious = (wrong: string, correct: string, note?: string): WordingEntry => ({ wrong, correct, kind: 'serious-wording', note })
const found = (entries: WordingEntry[], text: string) => buildWordingMatcher(entries).scan(text).map((m) => [m.wrong, m.correct, m.offset])

describe('易错词 matching', () => {
  it('finds each wrong form with its correction and offset', () => {
    expect(found([typo('按装', '安装'), typo('既使', '即使')], '既使下雨，也要按装完毕。')).toEqual([
      ['既使', '即使', 0],
      ['按装', '安装', 7],
    ])
  })

  it('finds nothing in correct text', () => {
    expect(found(SEED_TYPOS.map(([w, c]) => typo(w, c)), '即使下雨也要安装完毕，再接再厉，截至目前一如既往。')).toEqual([])
  })

  it('overlapping wrong forms: the leftmost wins, then the longest; no two findings share a character', () => {
    const list = [typo('在接再厉', '再接再厉'), typo('接再', '接着'), typo('再厉', '再励'), typo('厉害', '利害')]
    expect(found(list, '大家在接再厉害')).toEqual([['在接再厉', '再接再厉', 2]])
    expect(found([typo('ab', 'AB'), typo('bc', 'BC')], 'abc')).toEqual([['ab', 'AB', 0]])
    expect(found([typo('bc', 'BC'), typo('abcd', 'ABCD')], 'xabcd')).toEqual([['abcd', 'ABCD', 1]])
  })

  it('a wrong form written inside its own correct form is not reported', () => {
    // A listed wrong form that is a piece of its correction is reported only where the correction is not written.
    expect(found([typo('身作', '以身作则')], '以身作则')).toEqual([])
    expect(found([typo('身作', '以身作则')], '身作')).toEqual([['身作', '以身作则', 0]])
  })

  it('is width- and case-insensitive and keeps offsets of the original text', () => {
    expect(found([typo('GDP总植', 'GDP总值')], '全年ＧＤＰ总植增长')).toEqual([['GDP总植', 'GDP总值', 2]])
  })

  it('ignores blank entries and entries whose correction is the same; a 严重表述 outranks a 易错词 of the same form', () => {
    const matcher = buildWordingMatcher([typo(' ', 'x'), typo('同', '同'), typo('国务院办公室', '国务院办公厅'), serious('国务院办公室', '国务院办公厅', '机构名称')])
    expect(matcher.size).toBe(1)
    expect(matcher.scan('国务院办公室印发')).toEqual([{ wrong: '国务院办公室', correct: '国务院办公厅', kind: 'serious-wording', level: 'review', note: '机构名称', offset: 0, end: 6 }])
  })

  it('the seed lists hold a few dozen pairs, none its own correction', () => {
    expect(SEED_TYPOS.length).toBeGreaterThanOrEqual(30)
    expect(SEED_TYPOS.every(([w, c]) => w !== c)).toBe(true)
    expect(new Set(SEED_TYPOS.map(([w]) => w)).size).toBe(SEED_TYPOS.length)
    expect(SEED_SERIOUS.length).toBeGreaterThanOrEqual(5)
  })
})

describe('precheck › wording findings', () => {
  const matchers = [buildWordingMatcher([serious('中华人名共和国', '中华人民共和国', '国名'), typo('按装', '安装', 'review'), typo('既使', '即使', 'warn')])]

  it('reports 严重表述 and 易错词 at their level with the suggestion, in title and body', () => {
    const findings = precheck({ title: '关于按装路灯的通知', texts: [{ field: 'body', text: '根据《中华人名共和国政府信息公开条例》，既使……' }] }, undefined, matchers)
    expect(findings.map((f) => [f.level, f.kind, f.field, f.offset, f.message, f.suggestion])).toEqual([
      ['review', 'common-typo', 'title', 2, '疑似错别字“按装”，应为“安装”', '安装'],
      ['review', 'serious-wording', 'body', 3, '严重表述错误“中华人名共和国”，应为“中华人民共和国”（国名）', '中华人民共和国'],
      ['warn', 'common-typo', 'body', 20, '疑似错别字“既使”，应为“即使”', '即使'],
    ])
  })

  it('the excerpt masks an identity number next to a typo', () => {
    const [finding] = precheck({ texts: [{ field: 'body', text: '按装人110101199003074514' }] }, undefined, matchers).filter((f) => f.kind === 'common-typo')
    expect(finding!.excerpt).not.toContain('199003074514')
  })

  it('without wording matchers nothing changes', () => {
    expect(precheck({ title: '关于按装路灯的通知', texts: [] })).toEqual([])
  })
})
