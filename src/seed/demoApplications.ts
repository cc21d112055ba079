/**
 * A year of 依申请公开 applications for the demo county 临江县, so that the register, the audit and table 三 of the annual
 * report have numbers in them. `demoApplications` is pure and deterministic (a fixed seed): about 110 applications
 * received over the 420 days before `today`, each with a history drawn along a legal path of the clock
 * (domain/applications/clock.ts) and cut at `today`, so the recent ones are still open at the step they reached.
 * `seedDemoApplications` writes them through the Local API inside the seed's transaction.
 */
import type { Payload, PayloadRequest } from 'payload'
import { annualTable, type TableApplication } from '../../domain/applications/annualTable'
import { CLOCK_DEFAULTS, clockProblems, clockState, type ClockSettings } from '../../domain/applications/clock'
import { pageFee } from '../../domain/applications/fees'
import type { ApplicantType, ApplicationChannel, ApplicationOutcome } from '../../domain/applications/vocabulary'
import { parseDate, shiftDate, type WorkingDayCalendar } from '../../domain/calendar'
import { computeOrganizationCodeCheck, computeUsccCheck } from '../../domain/organizationCode'
import { residentIdCheckChar } from '../../domain/precheck/residentId'
import { clockEvents, newTrackingNumber, registerFields, stateOf, SYSTEM_WRITE, type HistoryEntry } from '../../plugins/applications'
import { DEMO_AREA_CODE, type DepartmentKey } from './demoData'

/** Who signs a step: the handling department's staff, or the 政务公开办's 终审领导 (an extension, 条例33). */
export type DemoActor = 'handler' | 'approver'
export type DemoHistoryEntry = Omit<HistoryEntry, 'by'> & { by?: DemoActor }

export type DemoApplicant = {
  name: string
  idType?: 'resident-id'
  idNumber?: string
  organization?: string
  organizationCode?: string
  contactPerson?: string
  phone: string
  email?: string
  address: string
}

export type DemoApplication = {
  channel: ApplicationChannel
  receivedAt: string
  department: DepartmentKey
  applicantType: ApplicantType
  applicant: DemoApplicant
  description: string
  purpose: string
  delivery: 'post' | 'email' | 'pickup' | 'fax'
  history: DemoHistoryEntry[]
}

/** The generator's knobs: how many, over how many days, and the seed. */
export const DEMO_APPLICATIONS = {
  seed: 20261201,
  /** Applications drawn over the window, besides the recent ones placed on purpose (RECENT below). */
  count: 100,
  windowDays: 420,
  /** The rare closings (逾期不补正, 逾期未缴费, 补正后仍不明确) are received this many days before today, so they close. */
  rareFrom: 300,
  rareTo: 70,
} as const

// ---------------------------------------------------------------------------------------------------------
// Chance and the working days
// ---------------------------------------------------------------------------------------------------------

type Rng = () => number

/** mulberry32: a small seeded PRNG, so the demo is the same on every machine. */
const mulberry32 = (seed: number): Rng => {
  let state = seed | 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1))
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!
const weighted = <T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T => {
  let left = rng() * items.reduce((sum, [, w]) => sum + w, 0)
  for (const [item, w] of items) {
    left -= w
    if (left < 0) return item
  }
  return items[items.length - 1]![0]
}
const shuffle = <T>(rng: Rng, items: T[]): T[] => {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

/**
 * Working days as the office would plan them: the calendar's answer, or Monday to Friday in a year nobody has entered
 * yet (the clock itself keeps bounds there; the demo only needs plausible days).
 */
const workdays = (calendar: WorkingDayCalendar) => {
  const working = (day: string) => calendar.workingDayOrUnknown(day) ?? ![0, 6].includes(parseDate(day).getUTCDay())
  const step = (day: string, n: number, direction: 1 | -1) => {
    let current = day
    for (let left = n; left > 0; ) {
      current = shiftDate(current, direction)
      if (working(current)) left--
    }
    return current
  }
  return {
    working,
    after: (day: string, n: number) => step(day, n, 1),
    before: (day: string, n: number) => step(day, n, -1),
    /** The day itself when it is a working day, else the working day before it. */
    onOrBefore: (day: string) => (working(day) ? day : step(day, 1, -1)),
  }
}

// ---------------------------------------------------------------------------------------------------------
// Who applies, and for what
// ---------------------------------------------------------------------------------------------------------

const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '胡', '朱', '高', '何', '郭', '罗', '彭', '熊', '余', '万', '程', '涂', '龚', '邓', '汪', '雷', '夏', '肖']
const MALE_NAMES = ['建国', '志强', '伟', '军', '涛', '勇', '海军', '国强', '文斌', '明', '俊杰', '浩', '磊', '刚', '红兵', '德华', '家豪', '子轩', '长青', '先锋', '永福', '新民']
const FEMALE_NAMES = ['秀英', '桂兰', '丽', '娟', '敏', '静', '玉梅', '春燕', '红梅', '晓燕', '慧', '婷', '雪梅', '丹', '倩', '欣怡', '雨涵', '凤英', '翠华', '金凤']
const PHONE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '180', '181', '182', '183', '185', '186', '187', '188', '189']
/** Reserved mail domains (RFC 2606): the demo must never mail a real person. */
const MAIL_DOMAINS = ['example.com', 'example.net', 'example.org']
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** Where applicants live: the county's towns with their villages or streets (the subjects name them). */
const HOMES = [
  { town: '城关镇', places: ['东关村', '西门村', '杨林村', '建设路', '人民大道', '滨江路', '解放路'] },
  { town: '河口镇', places: ['柳湾村', '沙洲村', '新河村', '河口街'] },
  { town: '石桥乡', places: ['石门村', '桥头村', '白果村'] },
  { town: '东城街道', places: ['东苑社区', '江畔社区'] },
  { town: '西城街道', places: ['西湖社区', '文昌社区'] },
] as const
type Home = { town: string; place: string }

const BRANDS = ['鑫达', '宏远', '恒泰', '楚天', '润丰', '金桥', '盛源', '安居', '江汉', '瑞丰', '华信', '永盛']
const COMPANY_TRADES = ['建材', '建筑工程', '置业', '物流', '农业开发', '环保科技', '商贸', '市政工程', '劳务']
const LAW_FIRMS = ['楚江', '汉临', '江诚', '正衡', '明理']
const RESEARCH = ['临江县农业科学研究所', '临江县水产科学研究所', '湖北临江乡村振兴研究院']
const PUBLIC_INTEREST = [
  ['临江县慈善总会', '51'],
  ['临江县环保志愿者协会', '51'],
  ['临江县助残公益服务中心', '52'],
] as const

type SubjectContext = { year: number; home: Home }
type Subject = {
  department: DepartmentKey
  weight: number
  who: readonly ApplicantType[]
  description: (c: SubjectContext) => string
  purpose: string
}

const village = (home: Home) => (home.place.endsWith('村') ? `${home.town}${home.place}` : '城关镇东关村')

/** What the county's residents, firms and lawyers ask for (about thirty subjects, weighted by how often they come). */
const SUBJECTS: readonly Subject[] = [
  { department: 'bgs', weight: 5, who: ['person', 'legal-service', 'other-org'], description: ({ year, home }) => `${year}年${village(home)}集体土地征收的征地补偿安置方案及县人民政府的批准文件`, purpose: '核实本户征地补偿款的计算依据' },
  { department: 'bgs', weight: 3, who: ['person', 'legal-service'], description: ({ year }) => `城北片区国有土地上房屋征收决定及补偿方案（${year}年），含社会稳定风险评估结论`, purpose: '了解房屋征收补偿标准，维护自身合法权益' },
  { department: 'bgs', weight: 2, who: ['person', 'company'], description: ({ year }) => `县人民政府${year}年关于城区农贸市场搬迁的常务会议纪要及搬迁方案`, purpose: '了解农贸市场搬迁安排和摊位安置办法' },
  { department: 'fgj', weight: 2, who: ['person', 'public-interest', 'company', 'research'], description: () => '临江县城南污水处理厂提标改造工程可行性研究报告及其批复', purpose: '了解项目选址及对周边环境的影响' },
  { department: 'fgj', weight: 1, who: ['person', 'public-interest', 'research'], description: ({ year }) => `${year}年城区管道天然气销售价格调整的成本监审报告及价格听证会材料`, purpose: '了解燃气价格调整依据' },
  { department: 'czj', weight: 2, who: ['person'], description: ({ year, home }) => `${year}年度${village(home)}本户“一卡通”惠民惠农补贴资金发放明细`, purpose: '核对本户补贴是否足额到账' },
  { department: 'czj', weight: 2, who: ['company'], description: ({ year }) => `${year}年县城区道路清扫保洁服务政府采购项目的采购合同及履约验收报告`, purpose: '参与下一期采购投标前了解项目情况' },
  { department: 'jyj', weight: 3, who: ['person'], description: ({ year }) => `${year}年县城区义务教育阶段学校招生划片方案及划片依据`, purpose: '了解子女入学所属学区' },
  { department: 'jyj', weight: 1, who: ['person', 'public-interest'], description: ({ year }) => `${year}年县城区民办幼儿园收费标准备案材料`, purpose: '了解幼儿园收费是否经过备案' },
  { department: 'mzj', weight: 5, who: ['person', 'public-interest'], description: ({ year, home }) => `${year}年${home.town}城乡居民最低生活保障对象名单及低保资金发放情况`, purpose: '了解低保评定是否公平' },
  { department: 'mzj', weight: 2, who: ['person'], description: () => '本人申请特困人员救助供养的审核审批材料及不予批准的依据', purpose: '了解申请未获批准的原因' },
  { department: 'mzj', weight: 2, who: ['person', 'public-interest', 'research'], description: ({ year }) => `${year}年全县民办养老机构运营补贴发放名单及补贴金额`, purpose: '了解养老服务补贴政策执行情况' },
  { department: 'mzj', weight: 1, who: ['person', 'public-interest'], description: ({ year }) => `${year}年临江县社会组织年度检查结论及行政处罚情况`, purpose: '了解相关社会组织的合规情况' },
  { department: 'nyncj', weight: 2, who: ['person', 'other-org', 'research'], description: ({ year, home }) => `${year}年${village(home)}耕地地力保护补贴面积、补贴标准及发放名册`, purpose: '核对本户补贴面积' },
  { department: 'nyncj', weight: 2, who: ['person', 'legal-service'], description: ({ home }) => `${village(home)}本户土地承包经营权确权登记颁证的测绘图及公示材料`, purpose: '解决承包地界址纠纷' },
  { department: 'nyncj', weight: 1, who: ['company', 'other-org'], description: ({ year }) => `${year}年度高标准农田建设项目的招标文件、中标结果及竣工验收报告`, purpose: '了解项目建设情况' },
  { department: 'zjj', weight: 4, who: ['person', 'legal-service'], description: () => '城关镇老城区棚户区改造项目的补偿标准、安置方式及实施方案', purpose: '了解本户棚改补偿安置标准' },
  { department: 'zjj', weight: 3, who: ['person', 'company', 'legal-service'], description: () => '临江大道（滨江路至火车站段）拓宽改造工程的建设工程规划许可证及附图', purpose: '了解道路拓宽对临街房屋的影响' },
  { department: 'zjj', weight: 2, who: ['person', 'legal-service'], description: () => '“江畔华府”项目商品房预售许可证及预售资金监管协议', purpose: '购房前核实项目手续是否齐全' },
  { department: 'zjj', weight: 2, who: ['person'], description: ({ year }) => `${year}年县城老旧小区改造计划及本小区改造项目清单`, purpose: '了解本小区是否列入改造计划' },
  { department: 'zjj', weight: 1, who: ['company'], description: () => '城南工业园标准化厂房二期项目的建筑工程施工许可证及竣工验收备案表', purpose: '办理厂房租赁手续需要' },
  { department: 'wjj', weight: 1, who: ['person', 'legal-service'], description: ({ year }) => `${year}年县卫生健康局对县城某民营医院作出的行政处罚决定书`, purpose: '了解医疗纠纷涉及医院的处罚情况' },
  { department: 'wjj', weight: 1, who: ['research', 'public-interest'], description: ({ year }) => `临江县${year}年法定传染病疫情统计数据（按乡镇分）`, purpose: '课题研究使用' },
  { department: 'cgz', weight: 3, who: ['person'], description: ({ year, home }) => `${village(home)}${year}年村级财务收支明细及集体土地租赁合同`, purpose: '村务监督，了解集体收入去向' },
  { department: 'cgz', weight: 3, who: ['person', 'legal-service'], description: () => '城关镇人民政府对本人房屋作出的限期拆除决定及相关调查笔录、现场勘验材料', purpose: '准备申请行政复议' },
  { department: 'cgz', weight: 1, who: ['person', 'public-interest'], description: ({ year }) => `城关镇${year}年农村人居环境整治项目资金使用情况`, purpose: '了解整治资金使用情况' },
  { department: 'hkz', weight: 2, who: ['person', 'company', 'other-org'], description: ({ home }) => `河口镇${home.place.endsWith('村') ? home.place : '柳湾村'}村道硬化工程的招投标资料及工程决算`, purpose: '了解本村道路工程质量问题的责任单位' },
  { department: 'hkz', weight: 1, who: ['person', 'research'], description: ({ year }) => `河口镇${year}年防汛物资采购及使用台账`, purpose: '了解防汛物资管理情况' },
  { department: 'sqx', weight: 1, who: ['person'], description: () => '石桥乡易地扶贫搬迁集中安置点安置房分配名单及分配办法', purpose: '了解安置房分配是否公平' },
  { department: 'dcjd', weight: 1, who: ['person'], description: ({ year }) => `东城街道${year}年既有住宅加装电梯补贴申报审批材料`, purpose: '本单元申请加装电梯参考' },
  { department: 'xcjd', weight: 1, who: ['person'], description: ({ year }) => `西城街道${year}年城市更新项目居民意见征询结果`, purpose: '了解本片区是否纳入城市更新' },
]

const APPLICANT_TYPE_WEIGHTS: ReadonlyArray<readonly [ApplicantType, number]> = [
  ['person', 70],
  ['company', 12],
  ['legal-service', 6],
  ['research', 4],
  ['public-interest', 4],
  ['other-org', 4],
]

const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => String(int(rng, 0, 9))).join('')
const phone = (rng: Rng) => pick(rng, PHONE_PREFIXES) + digits(rng, 8)

/** A resident of the county: area code 421123, born 1950–2002, the check character by GB 11643. */
const residentId = (rng: Rng, male: boolean): string => {
  const birth = `${int(rng, 1950, 2002)}${String(int(rng, 1, 12)).padStart(2, '0')}${String(int(rng, 1, 28)).padStart(2, '0')}`
  const sequence = int(rng, 0, 49) * 2 + (male ? 1 : 0)
  const body = `${DEMO_AREA_CODE}${birth}${String(int(rng, 0, 9))}${String(sequence).padStart(2, '0')}`
  return body + residentIdCheckChar(body)
}

/** 统一社会信用代码: 登记管理部门与机构类别 + area code + organisation code (with its check) + check. */
const creditCode = (rng: Rng, prefix: string): string => {
  const orgBody = (prefix === '91' ? 'MA' : '') + Array.from({ length: prefix === '91' ? 6 : 8 }, () => pick(rng, [...USCC_CHARS])).join('')
  const body = `${prefix}${DEMO_AREA_CODE}${orgBody}${computeOrganizationCodeCheck(orgBody)}`
  return body + computeUsccCheck(body)
}

const person = (rng: Rng) => {
  const male = rng() < 0.55
  return { name: pick(rng, SURNAMES) + pick(rng, male ? MALE_NAMES : FEMALE_NAMES), male }
}

const addressOf = (rng: Rng, home: Home) => (home.place.endsWith('村') ? `临江县${home.town}${home.place}${int(rng, 1, 9)}组${int(rng, 1, 60)}号` : `临江县${home.town}${home.place}${int(rng, 1, 200)}号`)

const applicantOf = (rng: Rng, type: ApplicantType, home: Home, online: boolean): DemoApplicant => {
  const contact = person(rng)
  const tel = phone(rng)
  const email = online || rng() < 0.2 ? `lj${tel.slice(-6)}@${pick(rng, MAIL_DOMAINS)}` : undefined
  const address = addressOf(rng, home)
  if (type === 'person') {
    return { name: contact.name, idType: 'resident-id', idNumber: residentId(rng, contact.male), phone: tel, ...(email ? { email } : {}), address }
  }
  const [organization, prefix] =
    type === 'company'
      ? [`临江县${pick(rng, BRANDS)}${pick(rng, COMPANY_TRADES)}有限公司`, '91']
      : type === 'legal-service'
        ? [`湖北${pick(rng, LAW_FIRMS)}律师事务所`, '31']
        : type === 'research'
          ? [pick(rng, RESEARCH), '12']
          : type === 'public-interest'
            ? pick(rng, PUBLIC_INTEREST)
            : rng() < 0.5
              ? [`临江县${village(home)}村民委员会`, '54']
              : [`临江县${pick(rng, BRANDS)}种植专业合作社`, '93']
  return { name: organization, organization, organizationCode: creditCode(rng, prefix), contactPerson: contact.name, phone: tel, ...(email ? { email } : {}), address }
}

// ---------------------------------------------------------------------------------------------------------
// The paths through the clock
// ---------------------------------------------------------------------------------------------------------

type Path = 'straight' | 'correction' | 'lapsed' | 'extension' | 'third-party' | 'agency' | 'fee' | 'unpaid'

/** How the drawn applications go (the rest go straight to a reply). */
const PATH_COUNTS: ReadonlyArray<readonly [Path, number]> = [
  ['lapsed', 2],
  ['unpaid', 2],
  ['fee', 4],
  ['correction', 12],
  ['extension', 8],
  ['third-party', 6],
  ['agency', 5],
]
/** Of the corrected ones, so many are still unclear after the 补正 (table 三（四）3). */
const STILL_UNCLEAR = 3

/**
 * The outcomes of the applications answered along the ordinary paths (straight, 补正, extension, 征求其他机关意见):
 * with those of the third-party and fee paths, about 40 % 予以公开, 15 % 部分公开, 18 % 本机关不掌握.
 */
const OUTCOME_DECK: ReadonlyArray<readonly [ApplicationOutcome, number]> = [
  ['granted', 35],
  ['partly-granted', 12],
  ['unavailable:not-held', 18],
  ['unavailable:needs-creation', 3],
  ['refused:process-information', 2],
  ['refused:internal-affairs', 1],
  ['refused:third-party', 1],
  ['refused:enforcement-file', 1],
  ['refused:administrative-query', 2],
  ['refused:prohibited-by-law', 1],
  ['not-handled:petition', 2],
  ['not-handled:repeat', 2],
  ['not-handled:publication', 1],
  ['not-handled:confirmation', 1],
  ['other:other', 1],
]
/** What an extended or jointly consulted application plausibly ends in. */
const SUBSTANTIVE: readonly ApplicationOutcome[] = ['granted', 'partly-granted', 'unavailable:not-held', 'unavailable:needs-creation', 'refused:process-information', 'refused:third-party', 'refused:internal-affairs']

const ANSWER_REASONS: Record<ApplicationOutcome, string> = {
  granted: '经审查，所申请信息属于可以公开的政府信息，予以公开，已按申请人要求的方式提供',
  'partly-granted': '所申请信息中含有不应公开的内容，作区分处理后公开其余部分（条例第三十七条）',
  'refused:state-secret': '所申请信息属于国家秘密，不予公开（条例第十四条）',
  'refused:prohibited-by-law': '所申请信息属于法律、行政法规禁止公开的信息，不予公开（条例第十四条）',
  'refused:security-stability': '公开后可能危及国家安全、公共安全、经济安全、社会稳定，不予公开（条例第十四条）',
  'refused:third-party': '所申请信息涉及第三方商业秘密，第三方不同意公开且不公开不会对公共利益造成重大影响，不予公开（条例第十五条）',
  'refused:internal-affairs': '所申请信息属于人事管理、后勤管理、内部工作流程等内部事务信息，不予公开（条例第十六条第一款）',
  'refused:process-information': '所申请信息属于讨论记录、过程稿、请示报告等过程性信息，不予公开（条例第十六条第二款）',
  'refused:enforcement-file': '所申请信息属于行政执法案卷信息，不予公开（条例第十六条第二款）',
  'refused:administrative-query': '所申请信息属于工商、不动产登记资料等有专门查询规定的信息，告知申请人按相应规定办理（条例第三十六条第七项）',
  'unavailable:not-held': '经检索，本机关未制作或获取该政府信息，告知申请人该信息不存在（条例第三十六条第四项）',
  'unavailable:needs-creation': '所申请信息需要本机关对现有政府信息进行加工、分析，不予提供（条例第三十八条）',
  'unavailable:still-unclear': '补正后申请内容仍不明确，无法确定所需政府信息，不予处理（条例第三十条）',
  'not-handled:petition': '申请人以政府信息公开申请的形式进行信访、投诉、举报，告知其通过相应渠道提出（条例第三十九条第一款）',
  'not-handled:repeat': '申请人重复申请公开已答复的相同政府信息，告知不予重复处理（条例第三十六条第六项）',
  'not-handled:publication': '申请人要求提供公开出版物，告知其获取途径（条例第三十九条第二款）',
  'not-handled:excessive': '申请人无正当理由大量、反复申请，告知不予处理（条例第三十五条）',
  'not-handled:confirmation': '申请人要求本机关确认或重新出具已获取的信息，不作为政府信息公开申请处理（条例第三十九条第二款）',
  'other:no-correction': '申请人无正当理由逾期不补正，不再处理（条例第三十条）',
  'other:unpaid-fee': '申请人逾期未缴纳信息处理费，视为放弃申请（国办函〔2020〕109号）',
  'other:other': '申请人撤回申请，本机关终止办理',
}

const RECEIPT_REASONS: Record<Exclude<ApplicationChannel, 'transfer'>, string> = {
  online: '网上申请，系统自动确认收到',
  letter: '信函申请，以签收之日为收到申请之日',
  'in-person': '申请人当面提交，当场登记',
  fax: '传真申请，双方确认之日收到',
}
const CORRECTION_REASONS = [
  '申请描述的“相关文件”指向不明，请补充文件名称、文号或形成时间',
  '所需信息涉及多个年度，请明确具体年度及所涉地块位置',
  '未提供身份证明，请补充身份证件复印件',
  '请明确所涉村组、户主姓名及地块编号',
  '申请内容为咨询事项，请明确所需政府信息的具体名称',
]
const EXTENSION_REASONS = [
  '所需信息涉及多个科室和年度，需调档汇总，经政务公开工作机构负责人同意延长答复期限（条例第三十三条）',
  '所需信息数量较大，需逐页审查区分处理，经政务公开工作机构负责人同意延长答复期限（条例第三十三条）',
]

type Plan = { path: Path; outcome: ApplicationOutcome }

/** The whole history of a plan, from receipt to its closing, some of which may lie after today. */
const historyOf = (rng: Rng, plan: Plan, channel: Exclude<ApplicationChannel, 'transfer'>, receivedAt: string, calendar: WorkingDayCalendar, settings: ClockSettings): DemoHistoryEntry[] => {
  const days = workdays(calendar)
  const history: DemoHistoryEntry[] = [{ type: 'received', date: receivedAt, reason: RECEIPT_REASONS[channel], ...(channel === 'online' ? {} : { by: 'handler' as const }) }]
  const add = (entry: DemoHistoryEntry) => {
    history.push({ by: 'handler', ...entry })
    return entry.date
  }
  const answer = (date: string) => add({ type: 'answered', date, outcome: plan.outcome, reason: ANSWER_REASONS[plan.outcome] })
  /** Closes a lapsed 补正 or fee on the first day the clock agrees it lapsed, plus a few (never when a bound is unknown). */
  const closeWhen = (lastDay: string | null, phase: 'abandoned' | 'unpaid') => {
    if (lastDay === null) return
    const date = days.after(lastDay, int(rng, 1, 3))
    if (clockState(clockEvents(history), calendar, date, settings).phase !== phase) return
    add({ type: 'abandoned', date, outcome: plan.outcome, reason: ANSWER_REASONS[plan.outcome] })
  }
  const r = receivedAt
  switch (plan.path) {
    case 'straight':
      answer(days.after(r, int(rng, 3, 18)))
      break
    case 'correction':
    case 'lapsed': {
      const requested = add({ type: 'correction-requested', date: days.after(r, int(rng, 1, 6)), days: settings.correctionPeriodDays, reason: pick(rng, CORRECTION_REASONS) })
      if (plan.path === 'lapsed') {
        closeWhen(calendar.addWorkingDaysBounds(requested, settings.correctionPeriodDays).latest, 'abandoned')
        break
      }
      const corrected = add({ type: 'correction-received', date: days.after(requested, int(rng, 2, 12)), reason: '申请人补充了所需信息的名称、年度等特征' })
      answer(days.after(corrected, int(rng, 3, 16)))
      break
    }
    case 'extension': {
      const extension = pick(rng, [10, 15, 20])
      add({ type: 'extended', date: days.after(r, int(rng, 12, 18)), days: extension, reason: pick(rng, EXTENSION_REASONS), by: 'approver' })
      answer(days.after(r, settings.replyDays + int(rng, 1, extension - 1)))
      break
    }
    case 'third-party':
    case 'agency': {
      const party = plan.path === 'agency' ? 'agency' : 'third-party'
      const before = int(rng, 2, 8)
      const started = add({
        type: 'consultation-started',
        date: days.after(r, before),
        party,
        reason: party === 'third-party' ? '所需信息涉及第三方商业秘密或个人隐私，书面征求第三方意见（条例第三十二条）' : '所需信息由本机关与其他机关共同制作，书面征求共同制作机关意见（条例第三十四条）',
      })
      const replied = add({
        type: 'consultation-ended',
        date: days.after(started, int(rng, 3, 14)),
        party,
        reason: party === 'agency' ? '收到共同制作机关的书面意见' : plan.outcome === 'refused:third-party' ? '第三方书面回复不同意公开' : '第三方书面回复同意公开',
      })
      answer(days.after(replied, int(rng, 2, settings.replyDays - 2 - before)))
      break
    }
    case 'fee':
    case 'unpaid': {
      const pages = int(rng, 40, 250)
      const amount = pageFee(pages)
      const notice = add({ type: 'fee-notice', date: days.after(r, int(rng, 5, 12)), method: 'page', pages, amount, reason: `按量计收：提供信息 ${pages} 页，计 ${amount} 元` })
      if (plan.path === 'unpaid') {
        closeWhen(calendar.addWorkingDaysBounds(notice, settings.feePaymentDays).latest, 'unpaid')
        break
      }
      const paid = add({ type: 'fee-paid', date: days.after(notice, int(rng, 3, 10)), amount, reason: '申请人已缴纳信息处理费' })
      answer(days.after(paid, int(rng, 1, 5)))
      break
    }
  }
  return history
}

/** The general plans: the paths' counts, the rest straight, with the outcomes of the deck dealt out. */
const plansOf = (rng: Rng): Plan[] => {
  const deck = shuffle(rng, OUTCOME_DECK.flatMap(([outcome, n]) => Array.from({ length: n }, () => outcome)))
  const deal = (allowed: readonly ApplicationOutcome[] | null): ApplicationOutcome => {
    const index = deck.findIndex((o) => allowed === null || allowed.includes(o))
    return deck.splice(index === -1 ? 0 : index, 1)[0] ?? 'granted'
  }
  const plans: Plan[] = []
  for (const [path, n] of PATH_COUNTS) {
    for (let i = 0; i < n; i++) {
      if (path === 'lapsed') plans.push({ path, outcome: 'other:no-correction' })
      else if (path === 'unpaid') plans.push({ path, outcome: 'other:unpaid-fee' })
      else if (path === 'fee') plans.push({ path, outcome: i === 0 ? 'partly-granted' : 'granted' })
      else if (path === 'third-party') plans.push({ path, outcome: (['granted', 'partly-granted', 'refused:third-party'] as const)[i % 3]! })
      else if (path === 'correction' && i < STILL_UNCLEAR) plans.push({ path, outcome: 'unavailable:still-unclear' })
      else plans.push({ path, outcome: deal(path === 'correction' ? null : SUBSTANTIVE) })
    }
  }
  while (plans.length < DEMO_APPLICATIONS.count) plans.push({ path: 'straight', outcome: deal(null) })
  return plans
}

/** A plan that rarely occurs and must close before today to be counted: received long enough ago. */
const isRare = (plan: Plan) => plan.path === 'lapsed' || plan.path === 'unpaid' || plan.outcome === 'unavailable:still-unclear'

/**
 * The recent applications placed on purpose, as of today (working days before today): two close to their last day
 * (yellow in the audit), two awaiting a correction, one consulting a third party, one awaiting the fee, and a few in
 * progress or just received. Their planned later steps fall after today and are cut.
 */
const RECENT: ReadonlyArray<{ ago: number; steps: ReadonlyArray<Omit<DemoHistoryEntry, 'date'> & { after: number }> }> = [
  { ago: 18, steps: [] },
  { ago: 29, steps: [{ after: 16, type: 'extended', days: 10, reason: EXTENSION_REASONS[0]!, by: 'approver' }] },
  { ago: 6, steps: [{ after: 3, type: 'correction-requested', days: 15, reason: CORRECTION_REASONS[1]! }] },
  { ago: 9, steps: [{ after: 2, type: 'correction-requested', days: 15, reason: CORRECTION_REASONS[3]! }] },
  { ago: 10, steps: [{ after: 5, type: 'consultation-started', party: 'third-party', reason: '所需信息涉及第三方商业秘密或个人隐私，书面征求第三方意见（条例第三十二条）' }] },
  { ago: 12, steps: [{ after: 8, type: 'fee-notice', method: 'page', pages: 86, amount: pageFee(86), reason: `按量计收：提供信息 86 页，计 ${pageFee(86)} 元` }] },
  {
    ago: 16,
    steps: [
      { after: 1, type: 'correction-requested', days: 15, reason: CORRECTION_REASONS[0]! },
      { after: 5, type: 'correction-received', reason: '申请人补充了所需信息的名称、年度等特征' },
    ],
  },
  {
    ago: 14,
    steps: [
      { after: 3, type: 'consultation-started', party: 'agency', reason: '所需信息由本机关与其他机关共同制作，书面征求共同制作机关意见（条例第三十四条）' },
      { after: 8, type: 'consultation-ended', party: 'agency', reason: '收到共同制作机关的书面意见' },
    ],
  },
  { ago: 2, steps: [] },
  { ago: 1, steps: [] },
]

// ---------------------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------------------

/**
 * About 110 applications received over the 420 days before `today` (`yyyy-MM-dd`, Beijing), oldest first, each
 * history legal on the clock (checked: a history `clockProblems` refuses throws) and cut at `today`.
 */
export const demoApplications = (today: string, calendar: WorkingDayCalendar, settings: ClockSettings = CLOCK_DEFAULTS): DemoApplication[] => {
  const rng = mulberry32(DEMO_APPLICATIONS.seed)
  const days = workdays(calendar)

  // Receipt days of the drawn applications: working days in the window, oldest first.
  const dates: string[] = []
  while (dates.length < DEMO_APPLICATIONS.count) {
    const day = shiftDate(today, -int(rng, 1, DEMO_APPLICATIONS.windowDays))
    if (days.working(day)) dates.push(day)
  }
  dates.sort()
  // The rare closings go to old enough days, the rest anywhere.
  const plans = plansOf(rng)
  const rare = plans.filter(isRare)
  const oldSlots = shuffle(
    rng,
    dates.map((_, i) => i).filter((i) => dates[i]! >= shiftDate(today, -DEMO_APPLICATIONS.rareFrom) && dates[i]! <= shiftDate(today, -DEMO_APPLICATIONS.rareTo)),
  )
  const slots: Array<Plan | null> = dates.map(() => null)
  rare.forEach((plan, i) => {
    slots[oldSlots[i]!] = plan
  })
  const others = shuffle(rng, plans.filter((plan) => !isRare(plan)))
  for (let i = 0; i < slots.length; i++) slots[i] ??= others.pop()!

  const applications: DemoApplication[] = []
  const draw = (receivedAt: string, plan: Plan | null, history: (channel: Exclude<ApplicationChannel, 'transfer'>) => DemoHistoryEntry[]): void => {
    const channel = weighted<Exclude<ApplicationChannel, 'transfer'>>(rng, [['online', 60], ['letter', 20], ['in-person', 15], ['fax', 5]])
    const delivery = channel === 'online' ? (rng() < 0.7 ? 'email' : 'post') : channel === 'letter' ? 'post' : channel === 'in-person' ? (rng() < 0.7 ? 'pickup' : 'post') : rng() < 0.5 ? 'fax' : 'post'
    const homeGroup = pick(rng, HOMES)
    const home: Home = { town: homeGroup.town, place: pick(rng, homeGroup.places) }
    let applicantType = weighted(rng, APPLICANT_TYPE_WEIGHTS)
    const subject = weighted(rng, SUBJECTS.filter((s) => s.who.includes(applicantType)).map((s) => [s, s.weight] as const))
    let applicant = applicantOf(rng, applicantType, home, channel === 'online')
    const year = Number(receivedAt.slice(0, 4)) - (rng() < 0.3 ? 1 : 0)
    let description = subject.description({ year, home })
    // 重复申请: the same applicant asks again for what they were already answered.
    const earlier = plan?.outcome === 'not-handled:repeat' ? [...applications].reverse().find((a) => a.history.some((e) => e.type === 'answered' && e.date < receivedAt)) : undefined
    if (earlier) {
      applicantType = earlier.applicantType
      applicant = earlier.applicant
      description = earlier.description
    }
    const cut = history(channel).filter((entry) => entry.date <= today)
    const problems = clockProblems(clockEvents(cut), settings)
    if (problems.length > 0) throw new Error(`演示申请（${receivedAt}）的办理记录不合法：${problems.join('；')}`)
    applications.push({ channel, receivedAt, department: earlier?.department ?? subject.department, applicantType, applicant, description, purpose: earlier?.purpose ?? subject.purpose, delivery, history: cut })
  }

  slots.forEach((plan, i) => draw(dates[i]!, plan, (channel) => historyOf(rng, plan!, channel, dates[i]!, calendar, settings)))
  for (const recent of RECENT) {
    const receivedAt = days.before(days.onOrBefore(today), recent.ago)
    draw(receivedAt, null, (channel) => [
      { type: 'received', date: receivedAt, reason: RECEIPT_REASONS[channel], ...(channel === 'online' ? {} : { by: 'handler' as const }) },
      ...recent.steps.map(({ after, ...step }) => ({ by: 'handler' as const, ...step, date: days.after(receivedAt, after) })),
    ])
  }
  return applications.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
}

/** The step that closed an application (答复, or 视为放弃申请办结), if any. */
export const closingOf = (history: readonly DemoHistoryEntry[]) => history.find((entry) => entry.type === 'answered' || entry.type === 'abandoned')

/** What table 三 reads of a demo application. */
export const tableRowOf = (application: DemoApplication): TableApplication => {
  const closing = closingOf(application.history)
  return { applicantType: application.applicantType, receivedAt: application.receivedAt, concludedAt: closing?.date ?? null, outcome: (closing?.outcome as ApplicationOutcome | undefined) ?? null }
}

/** Table 三 of a year over the demo applications. */
export const demoAnnualTable = (year: number, applications: readonly DemoApplication[]) => annualTable(year, applications.map(tableRowOf))

// ---------------------------------------------------------------------------------------------------------
// Writing them
// ---------------------------------------------------------------------------------------------------------

export type SeedApplicationsOptions = {
  /** The seed's day (`yyyy-MM-dd`, Beijing): nothing later is recorded, the register's state is as of it. */
  today: string
  calendar: WorkingDayCalendar
  /** A fresh request inside the seed's transaction. */
  req: () => Promise<PayloadRequest>
  departmentId: (key: DepartmentKey) => number | string
  /** The staff member who handles the department's applications (its 信息员). */
  handlerOf: (key: DepartmentKey) => number | string
  /** Who approves extensions: the 政务公开办's 终审领导. */
  approver: number | string
  settings?: ClockSettings
  /** The register's slug (default: the applications plugin's default, 'applications'). */
  collection?: string
}

/** A Beijing working-hours instant on `day`, for the entries' 登记时间. */
const registeredAt = (day: string, index: number) => new Date(`${day}T${String(9 + (index % 8)).padStart(2, '0')}:${String((index * 17) % 60).padStart(2, '0')}:00.000+08:00`).toISOString()

/**
 * Writes the demo applications through the Local API as the plugin's own writes (`SYSTEM_WRITE`), with the register's
 * fields computed by the plugin's clock as of `today`. Returns how many it created.
 */
export const seedDemoApplications = async (payload: Payload, options: SeedApplicationsOptions): Promise<number> => {
  const { today, calendar, req, departmentId, handlerOf, approver, settings = CLOCK_DEFAULTS, collection = 'applications' } = options
  const used = new Set<string>()
  let created = 0
  for (const application of demoApplications(today, calendar, settings)) {
    const history: HistoryEntry[] = application.history.map((entry, i) => ({
      ...entry,
      by: entry.by === 'approver' ? approver : entry.by === 'handler' ? handlerOf(application.department) : undefined,
      at: registeredAt(entry.date, created + i),
    }))
    const closing = closingOf(application.history)
    const fields = registerFields(stateOf(history, calendar, today, settings), history)
    // Numbers are drawn at random: a number drawn twice would break the transaction on the unique index, so redraw.
    let trackingNumber = newTrackingNumber(application.receivedAt)
    while (used.has(trackingNumber)) trackingNumber = newTrackingNumber(application.receivedAt)
    used.add(trackingNumber)
    const { department, history: _history, ...rest } = application
    await payload.create({
      collection: collection as 'applications',
      data: {
        ...rest,
        trackingNumber,
        department: departmentId(department),
        history,
        ...fields,
        answeredAt: closing?.type === 'abandoned' ? closing.date : fields.answeredAt,
        outcome: closing?.outcome ?? null,
      } as never,
      overrideAccess: true,
      depth: 0,
      context: { [SYSTEM_WRITE]: true },
      req: await req(),
    })
    created++
  }
  return created
}
