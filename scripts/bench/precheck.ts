/**
 * Benchmark of the pre-check on a long document: about 200,000 characters of county-government prose with a
 * few ID numbers, cards, mobiles, markings and terms sprinkled in, against 10,000 sensitive terms.
 * Run: NODE_OPTIONS=--conditions=development npx tsx scripts/bench/precheck.ts
 */
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

import { buildTermMatcher, precheck, type SensitiveTerm } from '../../domain/precheck'

const TEXT_CHARS = 200_000
const TERMS = 10_000
const RUNS = 30
const WARMUP = 5

function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SENTENCES = [
  '为深入贯彻落实党中央、国务院关于防汛抗旱工作的决策部署，切实做好今年汛期各项工作，',
  '县人民政府办公室经研究决定，在全县范围内开展防汛安全隐患排查整治专项行动。',
  '各乡镇人民政府、街道办事处，县直各单位要高度重视，压实属地管理责任和行业监管责任。',
  '2025年全县实现地区生产总值186.4亿元，同比增长6.2%，一般公共预算收入完成12.3亿元。',
  '严格执行24小时值班和领导带班制度，值班电话：0712-1234567，传真：0712-7654321。',
  '做好保密工作，依法保护商业秘密和个人隐私，未经审查的信息不得在网上发布。',
  '根据《中华人民共和国政府信息公开条例》第二十条规定，现将有关情况公告如下：',
  '统一社会信用代码91350100M000100Y43的企业已按要求完成整改，经复核符合验收标准。',
  '加快推进乡村振兴战略，持续改善农村人居环境，完成户厕改造3200户，新建农村公路45公里。',
  '本通知自印发之日起施行，有效期五年，由县发展和改革局负责解释。\n',
  '申请人对本决定不服的，可以在收到本决定书之日起六十日内依法申请行政复议。',
  '县财政局、县审计局要加强对专项资金使用情况的监督检查，确保资金安全高效运行。',
] as const

const PLANTED = [
  '联系人身份证号11010519491231002X，',
  '退款账户6222021234567890128，',
  '联系人张科长，手机13912345678。',
  '机密★1年',
  '本材料为内部资料，',
] as const

const HAN = [
  ...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞',
]

function buildDocument(random: () => number): string {
  const parts: string[] = []
  let length = 0
  let planted = 0
  while (length < TEXT_CHARS) {
    const sentence = SENTENCES[Math.floor(random() * SENTENCES.length)]!
    parts.push(sentence)
    length += sentence.length
    // About one planted item per 10,000 characters: a long document with a handful of real problems.
    if (random() < sentence.length / 10_000) {
      const item = PLANTED[planted++ % PLANTED.length]!
      parts.push(item)
      length += item.length
    }
  }
  return parts.join('')
}

function buildTerms(random: () => number): SensitiveTerm[] {
  const levels = ['block', 'review', 'warn'] as const
  const categories = ['classified', 'privacy', 'political', 'advertising', 'wording', 'custom'] as const
  const seen = new Set<string>()
  const terms: SensitiveTerm[] = [
    { term: '最佳', level: 'warn', category: 'advertising' },
    { term: '乡村振兴', level: 'warn', category: 'wording' },
    { term: '专项资金', level: 'review', category: 'custom' },
  ]
  while (terms.length < TERMS) {
    const size = 2 + Math.floor(random() * 4)
    let term = ''
    for (let i = 0; i < size; i++) term += HAN[Math.floor(random() * HAN.length)]
    if (seen.has(term)) continue
    seen.add(term)
    terms.push({
      term,
      level: levels[Math.floor(random() * levels.length)]!,
      category: categories[Math.floor(random() * categories.length)]!,
    })
  }
  return terms
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

export async function benchPrecheck(): Promise<{
  name: string
  textChars: number
  terms: number
  medianMs: number
  p95Ms: number
  buildMs: number
  runs: number
  findings: number
}> {
  const random = mulberry32(20260315)
  const text = buildDocument(random)
  const terms = buildTerms(random)

  const buildStart = performance.now()
  const matcher = buildTermMatcher(terms)
  const buildMs = performance.now() - buildStart

  const input = {
    title: '关于开展防汛安全隐患排查整治专项行动的通知',
    docNumber: '县政办发〔2026〕12号',
    texts: [{ field: 'body', text }],
  }
  let findings = 0
  for (let i = 0; i < WARMUP; i++) findings = precheck(input, matcher).length

  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    precheck(input, matcher)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 100) / 100
  return {
    name: 'precheck',
    textChars: text.length,
    terms: matcher.size,
    medianMs: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    buildMs: round(buildMs),
    runs: RUNS,
    findings,
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchPrecheck(), null, 2))
}
