/** Specification of the automated secrecy/compliance pre-check (保密/合规预审). */
import { describe, expect, it } from '@jest/globals'

import {
  buildTermMatcher,
  type Finding,
  findingKey,
  findingsToReview,
  hasBlockingFindings,
  precheck,
} from '../../../domain/precheck'
import {
  brokenCardChecks,
  brokenIdChecks,
  groupBy4,
  idCheck,
  makeBankCard,
  makeMobile,
  makeResidentId,
  makeUscc,
  mulberry32,
  PROSE,
  usccCheck,
} from './generators'

const NOW = new Date('2026-03-15T04:00:00Z')
const body = (text: string) => precheck({ texts: [{ field: 'body', text }], now: NOW })
const kinds = (findings: Finding[]) => findings.map((f) => f.kind)
const inProse = (planted: string) => `${PROSE[0]}${planted}${PROSE[1]}`

describe('precheck › resident ID numbers', () => {
  const random = mulberry32(11)
  const ids = Array.from({ length: 200 }, () => makeResidentId(random))

  it('blocks a valid resident ID number', () => {
    expect(body('身份证号：11010519491231002X。')).toEqual([
      {
        level: 'block',
        kind: 'resident-id',
        field: 'body',
        offset: 5,
        excerpt: '身份证号：110105********002X。',
        message: '疑似居民身份证号码',
      },
    ])
  })

  it('finds every one of 200 generated valid ID numbers, at its offset', () => {
    const missed = ids.filter((id) => {
      const findings = body(inProse(id))
      return !(findings.length === 1 && findings[0]!.kind === 'resident-id' && findings[0]!.offset === PROSE[0].length)
    })
    expect(missed).toEqual([])
  })

  it('flags nothing for any of the 2,000 checksum-broken variants of those numbers', () => {
    const flagged = ids.flatMap(brokenIdChecks).filter((id) => body(inProse(id)).length > 0)
    expect(flagged).toEqual([])
  })

  it('accepts a lower-case x as the check character', () => {
    expect(kinds(body('号码11010519491231002x'))).toEqual(['resident-id'])
  })

  it.each([
    ['spaces', '110105 19491231 002X', '110105 ******** 002X'],
    ['hyphens', '110105-19491231-002X', '110105-********-002X'],
  ])('finds an ID number spaced 6-8-4 with %s and masks it', (_, written, masked) => {
    expect(body(`证件号${written}`)).toMatchObject([{ kind: 'resident-id', offset: 3, excerpt: `证件号${masked}` }])
  })

  it('finds an ID number written in full-width digits', () => {
    const wide = '11010519491231002X'.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    const findings = body(`证件号${wide}`)
    expect(kinds(findings)).toEqual(['resident-id'])
    expect(findings[0]!.offset).toBe(3)
  })

  it.each([
    ['after today', '20260316'],
    ['before 1900', '18991231'],
    ['on 30 February', '19900230'],
  ])('does not take a number whose birth date is %s for an ID number', (_, birth) => {
    expect(kinds(body(makeResidentId(mulberry32(12), birth)))).not.toContain('resident-id')
  })

  it('does not take an ID number embedded in a longer run of digits for one', () => {
    expect(ids.filter((id) => kinds(body(`1${id}`)).includes('resident-id'))).toEqual([])
  })
})

describe('precheck › bank card numbers', () => {
  const random = mulberry32(21)
  const cards = [16, 17, 18, 19].flatMap((length) => Array.from({ length: 50 }, () => makeBankCard(random, length)))

  it('blocks a bank card number passing Luhn', () => {
    expect(body('收款账号6222021234567890128，户名张三')).toEqual([
      {
        level: 'block',
        kind: 'bank-card',
        field: 'body',
        offset: 4,
        excerpt: '收款账号6222***********0128，户名张三',
        message: '疑似银行卡号',
      },
    ])
  })

  it('finds every one of 200 generated cards of 16 to 19 digits, at its offset', () => {
    const missed = cards.filter((card) => {
      const findings = body(inProse(card))
      return !(findings.length === 1 && findings[0]!.kind === 'bank-card' && findings[0]!.offset === PROSE[0].length)
    })
    expect(missed).toEqual([])
  })

  it('flags no card among the 1,800 variants with a wrong check digit', () => {
    const flagged = cards.flatMap(brokenCardChecks).filter((card) => kinds(body(inProse(card))).includes('bank-card'))
    expect(flagged).toEqual([])
  })

  it.each([
    ['spaces', ' '],
    ['hyphens', '-'],
  ])('finds card numbers grouped in fours with %s', (_, separator) => {
    const missed = cards.filter((card) => {
      const grouped = groupBy4(card, separator)
      const findings = body(inProse(grouped))
      return !(findings.length === 1 && findings[0]!.kind === 'bank-card' && findings[0]!.offset === PROSE[0].length)
    })
    expect(missed).toEqual([])
  })

  it('masks a grouped card number but keeps its separators', () => {
    expect(body('卡号：6222 0212 3456 7890 128')[0]).toMatchObject({
      kind: 'bank-card',
      offset: 3,
      excerpt: '卡号：6222 **** **** ***0 128',
    })
  })

  it.each([
    ['a 15-digit run', '622202123456789'],
    ['a 20-digit run', '62220212345678901283'],
    ['a card inside a longer run of digits', '96222021234567890128'],
  ])('does not flag %s', (_, digits) => {
    expect(kinds(body(`编号${digits}号`))).not.toContain('bank-card')
  })
})

describe('precheck › unified social credit codes', () => {
  const random = mulberry32(31)
  const isResidentIdShaped = (code: string) => /^\d{17}[\dX]$/.test(code) && idCheck(code.slice(0, 17)) === code[17]
  const codes = [
    ...Array.from({ length: 150 }, () => makeUscc(random)),
    ...Array.from({ length: 150 }, () => makeUscc(random, { digitsOnly: true })),
  ].filter((code) => !isResidentIdShaped(code))

  it('never flags the unified social credit code 91350100M000100Y43', () => {
    expect(body('统一社会信用代码：91350100M000100Y43')).toEqual([])
  })

  it('never flags any of about 300 generated unified social credit codes, letters or all digits', () => {
    expect(codes.length).toBeGreaterThan(250)
    expect(codes.filter((code) => body(inProse(`统一社会信用代码${code}`)).length > 0)).toEqual([])
  })

  it('still flags an 18-character token that is both a valid USCC and a valid resident ID', () => {
    // USCC = authority 1, type 1, region 010519…; read as an ID: region 110105, born 1990-03-07.
    let both: string | null = null
    for (let n = 0; n < 1000 && !both; n++) {
      const b = `11010519900307${String(n).padStart(3, '0')}`
      if (idCheck(b) === usccCheck(b)) both = b + idCheck(b)
    }
    expect(both).not.toBeNull()
    expect(kinds(body(`代码${both}`))).toEqual(['resident-id'])
  })
})

describe('precheck › mobile numbers', () => {
  const random = mulberry32(41)
  const mobiles = Array.from({ length: 100 }, () => makeMobile(random))

  it('asks for review of a mobile number', () => {
    expect(body('联系人：王科长，13912345678')).toEqual([
      {
        level: 'review',
        kind: 'mobile-number',
        field: 'body',
        offset: 8,
        excerpt: '联系人：王科长，139****5678',
        message: '手机号码，请确认是否属于可公开的办公电话',
      },
    ])
  })

  it('finds every one of 100 generated mobile numbers, at its offset', () => {
    const missed = mobiles.filter((m) => {
      const findings = body(inProse(m))
      return !(
        findings.length === 1 &&
        findings[0]!.kind === 'mobile-number' &&
        findings[0]!.offset === PROSE[0].length
      )
    })
    expect(missed).toEqual([])
  })

  it.each([
    ['+86 139 1234 5678', '+86 139 **** 5678'],
    ['+8613912345678', '+86139****5678'],
    ['86-13912345678', '86-139****5678'],
    ['139 1234 5678', '139 **** 5678'],
    ['139-1234-5678', '139-****-5678'],
    ['１３９１２３４５６７８', '１３９****５６７８'],
  ])('finds the mobile number written %s and masks it as %s', (written, masked) => {
    const findings = body(`电话${written}。`)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ kind: 'mobile-number', offset: 2, excerpt: `电话${masked}。` })
  })

  it.each([
    ['a landline with area code', '0712-1234567'],
    ['a landline in brackets', '(0712)3456789'],
    ['an eight-digit landline', '010-62345678'],
    ['a service number', '12345'],
    ['a 400 number', '400-888-8888'],
    ['eleven digits starting 12', '12912345678'],
    ['a mobile inside a longer run of digits', '213912345678'],
    ['twelve digits', '139123456789'],
  ])('does not flag %s (%s)', (_, number) => {
    expect(body(`电话：${number}`)).toEqual([])
  })

  it('finds two mobiles separated by a space', () => {
    expect(body('13912345678 15087654321').map((f) => f.offset)).toEqual([0, 12])
  })
})

describe('precheck › classification markings', () => {
  it.each([
    ['机密★1年', '机密★1年'],
    ['秘密★5年', '秘密★5年'],
    ['绝密★长期', '绝密★长期'],
    ['绝密★永久', '绝密★永久'],
    ['秘密★6个月', '秘密★6个月'],
    ['机密★2030年12月31日', '机密★2030年12月31日'],
    ['机密★', '机密★'],
    ['秘密☆1年', '秘密☆1年'],
    ['机密*10年', '机密*10年'],
    ['机密＊２年', '机密*2年'],
    ['机密 ★ 1年', '机密★1年'],
    ['内部资料', '内部资料'],
    ['内部文件', '内部文件'],
    ['注意保密', '注意保密'],
    ['不得外传', '不得外传'],
    ['严禁外传', '严禁外传'],
    ['仅供内部使用', '内部使用'],
    ['秘密文件', '秘密文件'],
  ])('blocks the marking in “%s”', (text, marking) => {
    const findings = body(text)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      level: 'block',
      kind: 'classification-marking',
      offset: text.indexOf(marking[0]!),
      message: `疑似涉密标识“${marking}”`,
    })
  })

  it.each([
    ['做好保密工作'],
    ['依法保护商业秘密和个人隐私'],
    ['保守国家秘密是每个公民的义务'],
    ['机密'],
    ['绝密档案管理'],
    ['五星★级服务'],
    ['加强保密教育，提高保密意识'],
    [PROSE.join('')],
  ])('does not flag the ordinary prose “%s”', (text) => {
    expect(body(text)).toEqual([])
  })

  it('puts the marking text in the excerpt', () => {
    expect(body('机密★1年\n关于印发某某方案的通知。请遵照执行')[0]!.excerpt).toBe('机密★1年 关于印发某某方案的通知…')
  })
})

describe('precheck › title', () => {
  const title = (t: string) => precheck({ title: t, texts: [], now: NOW })

  it.each([['我市'], ['我局'], ['我镇'], ['我中心'], ['我县'], ['我区']])(
    'warns about the self-reference %s in the title',
    (word) => {
      expect(title(`${word}召开防汛工作会议`)).toEqual([
        {
          level: 'warn',
          kind: 'title-self-reference',
          field: 'title',
          offset: 0,
          excerpt: `${word}召开防汛工作会议`,
          message: `标题中使用了“${word}”等自称，应使用规范全称`,
        },
      ])
    },
  )

  it('does not warn about a self-reference in the body', () => {
    expect(body('我县召开防汛工作会议')).toEqual([])
  })

  it('does not warn about a title using the full name', () => {
    expect(title('鄂城区人民政府召开防汛工作会议')).toEqual([])
  })

  it('scans the title for markings and numbers too', () => {
    expect(title('机密★1年 关于13912345678的通知').map((f) => [f.kind, f.field, f.offset])).toEqual([
      ['classification-marking', 'title', 0],
      ['mobile-number', 'title', 8],
    ])
  })
})

describe('precheck › 发文字号', () => {
  const withDocNumber = (docNumber: string | null | undefined) => precheck({ docNumber, texts: [], now: NOW })

  it.each([['鄂州政办函〔2015〕24号'], [''], [null], [undefined]])('accepts %j', (docNumber) => {
    expect(withDocNumber(docNumber)).toEqual([])
  })

  // SPEC: a malformed 发文字号 is a warning at review, with the corrected form to copy.
  it.each([
    ['鄂州政办函[2015]24号', '发文字号年份应使用六角括号〔〕，例如：鄂州政办函〔2015〕24号'],
    ['鄂州政办函〔2015〕024号', '发文字号序号不编虚位，“024”应写作“24”'],
    ['鄂州政办函〔2015〕第24号', '发文字号序号前不加“第”字，“第24号”应写作“24号”'],
    ['鄂州政办函（2015）024号', '发文字号年份应使用六角括号〔〕，例如：鄂州政办函〔2015〕24号'],
  ])('warns about the malformed %s and suggests 鄂州政办函〔2015〕24号', (docNumber, reason) => {
    expect(withDocNumber(docNumber)).toEqual([
      {
        level: 'warn',
        kind: 'doc-number-format',
        field: 'docNumber',
        offset: 0,
        excerpt: docNumber,
        message: `发文字号格式不规范：${reason}；建议改为“鄂州政办函〔2015〕24号”`,
        suggestion: '鄂州政办函〔2015〕24号',
      },
    ])
  })

  it('warns without a suggestion when the number cannot be guessed', () => {
    const [finding] = withDocNumber('鄂州政办函〔15〕号')
    expect(finding).toMatchObject({ level: 'warn', kind: 'doc-number-format' })
    expect(finding!.suggestion).toBeUndefined()
    expect(finding!.message).not.toContain('建议改为')
  })
})

describe('precheck › sensitive terms', () => {
  const matcher = buildTermMatcher([
    { term: '翻墙', level: 'block', category: 'political' },
    { term: '最佳', level: 'warn', category: 'advertising', note: '广告法禁用' },
    { term: '病历', level: 'review', category: 'privacy' },
    { term: '特殊词', level: 'warn', category: 'unknown-category' },
  ])
  const scan = (text: string) => precheck({ texts: [{ field: 'body', text }], now: NOW }, matcher)

  it.each([
    ['翻墙', 'block', '敏感词“翻墙”（政治性）'],
    ['最佳', 'warn', '敏感词“最佳”（广告用语）：广告法禁用'],
    ['病历', 'review', '敏感词“病历”（个人隐私）'],
    ['特殊词', 'warn', '敏感词“特殊词”（unknown-category）'],
  ])('reports the term %s at its own level %s', (t, level, message) => {
    expect(scan(`文中有${t}。`)).toEqual([
      { level, kind: 'term', field: 'body', offset: 3, excerpt: `文中有${t}。`, message, term: t },
    ])
  })

  it('looks for terms only when given a matcher', () => {
    expect(body('翻墙')).toEqual([])
  })

  it('looks for terms in the title as well', () => {
    expect(precheck({ title: '最佳实践', texts: [], now: NOW }, matcher).map((f) => [f.field, f.term])).toEqual([
      ['title', '最佳'],
    ])
  })
})

describe('precheck › excerpts', () => {
  it('keeps 12 characters either side and marks the cuts', () => {
    const before = '一二三四五六七八九十甲乙丙丁'
    const after = '子丑寅卯辰巳午未申酉戌亥天地'
    expect(body(`${before}机密★${after}`)[0]!.excerpt).toBe('…三四五六七八九十甲乙丙丁机密★子丑寅卯辰巳午未申酉戌亥…')
  })

  it('puts the excerpt on one line', () => {
    expect(body('第一行\r\n\t机密★\n第二行')[0]!.excerpt).toBe('第一行 机密★ 第二行')
  })

  it('masks all but the first 6 and last 4 characters of an ID number', () => {
    expect(body('11010519491231002X')[0]!.excerpt).toBe('110105********002X')
  })

  it('masks neighbouring numbers in the excerpt of another finding', () => {
    const findings = body('13912345678 机密★ 6222021234567890128')
    const marking = findings.find((f) => f.kind === 'classification-marking')!
    expect(marking.excerpt).toBe('139****5678 机密★ 6222*******…')
    for (const f of findings) {
      expect(f.excerpt).not.toMatch(/\d{5}/)
    }
  })

  it('never stores a full ID, card or mobile number in any excerpt', () => {
    const random = mulberry32(51)
    const secrets = [makeResidentId(random), makeBankCard(random, 19), makeMobile(random), makeResidentId(random)]
    const text = `申请人${secrets[0]}，账号${secrets[1]}，电话${secrets[2]}，配偶${secrets[3]}，内部资料，最佳。`
    const findings = precheck(
      { texts: [{ field: 'body', text }], now: NOW },
      buildTermMatcher([{ term: '最佳', level: 'warn', category: 'advertising' }]),
    )
    expect(findings).toHaveLength(6)
    const stored = JSON.stringify(findings)
    for (const secret of secrets) expect(stored).not.toContain(secret.slice(6, 11))
  })

  it('does not split a character outside the BMP at the edge of an excerpt', () => {
    const excerpt = body(`${'𠀀'.repeat(10)}机密★`)[0]!.excerpt
    expect(excerpt).toBe(`…${'𠀀'.repeat(6)}机密★`)
    expect(excerpt.isWellFormed?.() ?? true).toBe(true)
  })
})

describe('precheck › offsets', () => {
  it('points each finding at its match in the field’s text', () => {
    const text = `${PROSE.join('')}身份证11010519491231002X，${PROSE[2]}内部资料${PROSE[3]}13912345678，${PROSE[0]}`
    const findings = precheck(
      { texts: [{ field: 'body', text }], now: NOW },
      buildTermMatcher([{ term: '防汛抗旱', level: 'warn', category: 'custom' }]),
    )
    expect(findings.map((f) => [f.kind, text.slice(f.offset, f.offset + 4)])).toEqual([
      ['resident-id', '1101'],
      ['classification-marking', '内部资料'],
      ['mobile-number', '1391'],
      ['term', '防汛抗旱'],
      ['term', '防汛抗旱'],
    ])
  })

  it('counts offsets in UTF-16 units', () => {
    expect(body('𠀀机密★')[0]!.offset).toBe(2)
  })
})

describe('precheck › ordering and duplicates', () => {
  const matcher = buildTermMatcher([
    { term: '最佳', level: 'warn', category: 'advertising' },
    { term: '内部资料', level: 'block', category: 'classified' },
  ])

  it('sorts block before review before warn, then by field order, then by offset', () => {
    const findings = precheck(
      {
        title: '我县最佳做法',
        docNumber: '县政发[2026]1号',
        texts: [
          { field: 'body', text: '最佳。13912345678。秘密★1年' },
          { field: 'attachments:a.docx', text: '13812345678，机密★' },
        ],
        now: NOW,
      },
      matcher,
    )
    expect(findings.map((f) => [f.level, f.field, f.offset, f.kind])).toEqual([
      ['block', 'body', 15, 'classification-marking'],
      ['block', 'attachments:a.docx', 12, 'classification-marking'],
      ['review', 'body', 3, 'mobile-number'],
      ['review', 'attachments:a.docx', 0, 'mobile-number'],
      ['warn', 'title', 0, 'title-self-reference'],
      ['warn', 'title', 2, 'term'],
      ['warn', 'docNumber', 0, 'doc-number-format'],
      ['warn', 'body', 0, 'term'],
    ])
  })

  it('reports a marking that is also a term once for each rule, never twice for the same one', () => {
    const findings = precheck({ texts: [{ field: 'body', text: '内部资料' }], now: NOW }, matcher)
    expect(findings.map((f) => f.kind)).toEqual(['classification-marking', 'term'])
  })

  it('does not repeat a finding when a field is listed twice with the same text', () => {
    const findings = precheck({
      texts: [
        { field: 'body', text: '机密★' },
        { field: 'body', text: '机密★' },
      ],
      now: NOW,
    })
    expect(findings).toHaveLength(1)
  })

  it('returns nothing for an empty item', () => {
    expect(precheck({ title: '', docNumber: null, texts: [] })).toEqual([])
  })
})

describe('precheck › helpers', () => {
  const findings = precheck({
    title: '我局通知',
    texts: [{ field: 'body', text: '13912345678 机密★ 15012345678' }],
    now: NOW,
  })

  it('hasBlockingFindings is true when any finding blocks', () => {
    expect(hasBlockingFindings(findings)).toBe(true)
  })

  it('hasBlockingFindings is false without block findings', () => {
    expect(hasBlockingFindings(findings.filter((f) => f.level !== 'block'))).toBe(false)
    expect(hasBlockingFindings([])).toBe(false)
  })

  it('findingsToReview returns the review findings only', () => {
    expect(findingsToReview(findings).map((f) => [f.kind, f.offset])).toEqual([
      ['mobile-number', 0],
      ['mobile-number', 16],
    ])
  })

  it('findingKey is the same for the same finding found again', () => {
    const again = precheck({
      title: '我局通知',
      texts: [{ field: 'body', text: '13912345678 机密★ 15012345678' }],
      now: NOW,
    })
    expect(again.map(findingKey)).toEqual(findings.map(findingKey))
  })

  it('findingKey differs between findings', () => {
    expect(new Set(findings.map(findingKey)).size).toBe(findings.length)
  })

  it('findingKey keeps two terms starting at the same place apart', () => {
    const m = buildTermMatcher([
      { term: '内部', level: 'review', category: 'custom' },
      { term: '内部资', level: 'review', category: 'custom' },
    ])
    const keys = precheck({ texts: [{ field: 'body', text: '内部资' }], now: NOW }, m)
      .filter((f) => f.kind === 'term')
      .map(findingKey)
    expect(new Set(keys).size).toBe(2)
  })

  it('findingKey does not contain the full number', () => {
    expect(findings.map(findingKey).join()).not.toContain('13912345678')
  })
})
