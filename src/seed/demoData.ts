/**
 * Demo data of the fictional county 临江县: departments, accounts, the column tree, documents,
 * interpretations, new-media accounts and a starter list of sensitive terms. Pure data, no Payload import;
 * `seedDemo.ts` writes it through the Local API. The dates are written as of 2026-12-01 (`DEMO_ANCHOR_DAY`): the seed
 * moves them by whole weeks to the day it runs (`demoShiftDays`), and turns the new-media `lastPostDaysAgo` into
 * dates before that moment.
 */
import { computeOrganizationCodeCheck, computeUsccCheck, isValidUscc } from '../../domain/organizationCode'
import type {
  ColumnKind, Disclosure, DocumentKind, NON_DISCLOSURE_BASES, ON_REQUEST_REASONS, Role, TOPICS,
} from '../../domain/vocabulary'

/** The six-digit administrative division code the demo gives 临江县, in every unified social credit code below. */
export const DEMO_AREA_CODE = '421123'

/**
 * Mail domain of the departments' notice mailboxes. A reserved domain (RFC 2606) on purpose: the audit emails
 * these addresses, and a plausible `*.gov.cn` domain might belong to a real government.
 */
export const DEMO_NOTICE_EMAIL_DOMAIN = 'linjiang.example'

/** 统一社会信用代码 of a government organ ('1' 机构编制, '1' 机关): 11 + area code + organisation code + check. */
export const governmentUscc = (orgBody8: string, areaCode: string = DEMO_AREA_CODE): string => {
  const orgCode = orgBody8 + computeOrganizationCodeCheck(orgBody8)
  const body17 = `11${areaCode}${orgCode}`
  const code = body17 + computeUsccCheck(body17)
  if (!isValidUscc(code)) throw new Error(`演示数据的统一社会信用代码无效：${code}`)
  return code
}

// ---------------------------------------------------------------------------------------------------------
// 部门
// ---------------------------------------------------------------------------------------------------------

export type DepartmentKey =
  | 'bgs' | 'fgj' | 'czj' | 'jyj' | 'mzj' | 'nyncj' | 'zjj' | 'wjj'
  | 'cgz' | 'hkz' | 'sqx' | 'dcjd' | 'xcjd'

export type DemoDepartment = {
  key: DepartmentKey
  name: string
  kind: 'office' | 'department' | 'township' | 'subdistrict'
  /** 18-character 统一社会信用代码, computed from `orgBody`. */
  code: string
  noticeEmails: string[]
}

const department = (
  key: DepartmentKey,
  name: string,
  kind: DemoDepartment['kind'],
  orgBody: string,
  mailboxes: string[],
): DemoDepartment => ({
  key,
  name,
  kind,
  code: governmentUscc(orgBody),
  noticeEmails: mailboxes.map((box) => `${box}@${DEMO_NOTICE_EMAIL_DOMAIN}`),
})

export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  department('bgs', '县人民政府办公室', 'office', '01121765', ['bangongshi', 'zwgk']),
  department('fgj', '县发展和改革局', 'department', '01121847', ['fgj']),
  department('czj', '县财政局', 'department', '01122306', ['czj']),
  department('jyj', '县教育局', 'department', '01121953', ['jyj']),
  department('mzj', '县民政局', 'department', '01122594', ['mzj']),
  department('nyncj', '县农业农村局', 'department', '01123017', ['nyncj']),
  department('zjj', '县住房和城乡建设局', 'department', '01121538', ['zjj']),
  department('wjj', '县卫生健康局', 'department', '01122740', ['wjj']),
  department('cgz', '城关镇', 'township', '01124185', ['chengguan']),
  department('hkz', '河口镇', 'township', '01124351', ['hekou']),
  department('sqx', '石桥乡', 'township', '01124262', ['shiqiao']),
  department('dcjd', '东城街道', 'subdistrict', 'MB1C2460', ['dongcheng']),
  department('xcjd', '西城街道', 'subdistrict', 'MB1C2479', ['xicheng']),
]

// ---------------------------------------------------------------------------------------------------------
// 演示账号
// ---------------------------------------------------------------------------------------------------------

export const DEFAULT_DEMO_PASSWORD = 'Gongkai@2026'

export type DemoAccount = { email: string; name: string; roles: Role[]; department: DepartmentKey; departmentName: string }

const departmentName = (key: DepartmentKey): string => DEMO_DEPARTMENTS.find((d) => d.key === key)!.name

const account = (email: string, name: string, roles: Role[], key: DepartmentKey): DemoAccount => ({
  email,
  name,
  roles,
  department: key,
  departmentName: departmentName(key),
})

/** The demo accounts (README.md), their roles and departments. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  account('admin@demo.gov.cn', '王海燕', ['admin'], 'bgs'),
  account('editor@demo.gov.cn', '陈晓明', ['editor'], 'bgs'),
  account('reviewer@demo.gov.cn', '刘文静', ['reviewer'], 'bgs'),
  account('secrecy@demo.gov.cn', '赵志刚', ['secrecy'], 'bgs'),
  account('approver@demo.gov.cn', '李国华', ['approver'], 'bgs'),
  account('editor2@demo.gov.cn', '孙丽娟', ['editor'], 'czj'),
  // 三员分立 (等保 2.0): administration split three ways, none of them edits content.
  account('sysadmin@demo.gov.cn', '周建军', ['system-admin'], 'bgs'),
  account('secadmin@demo.gov.cn', '吴敏', ['security-admin'], 'bgs'),
  account('auditor@demo.gov.cn', '郑丽', ['audit-admin'], 'bgs'),
]

// ---------------------------------------------------------------------------------------------------------
// 栏目
// ---------------------------------------------------------------------------------------------------------

export type DemoColumn = {
  title: string
  slug: string
  kind: ColumnKind
  /** Slug of the parent column, created before this one. */
  parent?: string
  /** 保障单位. */
  department?: DepartmentKey
  status?: 'open' | 'closed'
}

/** Parents come before their children. */
export const DEMO_COLUMNS: readonly DemoColumn[] = [
  { title: '工作动态', slug: 'gzdt', kind: 'news', department: 'bgs' },
  { title: '政务要闻', slug: 'zwyw', kind: 'news', parent: 'gzdt', department: 'bgs' },
  { title: '部门动态', slug: 'bmdt', kind: 'news', parent: 'gzdt' },
  { title: '乡镇动态', slug: 'xzdt', kind: 'news', parent: 'gzdt' },
  { title: '通知公告', slug: 'tzgg', kind: 'notice', department: 'bgs' },
  { title: '政策文件', slug: 'zcwj', kind: 'policy', department: 'bgs' },
  { title: '县政府文件', slug: 'xzfwj', kind: 'policy', parent: 'zcwj', department: 'bgs' },
  { title: '县政府办公室文件', slug: 'xzfbgswj', kind: 'policy', parent: 'zcwj', department: 'bgs' },
  { title: '部门文件', slug: 'bmwj', kind: 'policy', parent: 'zcwj' },
  { title: '政策解读', slug: 'zcjd', kind: 'interpretation', department: 'bgs' },
  { title: '人事信息', slug: 'rsxx', kind: 'personnel' },
  { title: '规划计划', slug: 'ghjh', kind: 'plan', department: 'fgj' },
  { title: '公开指南', slug: 'gkzn', kind: 'guide', department: 'bgs' },
  { title: '年度报告', slug: 'ndbg', kind: 'annual-report', department: 'bgs' },
  { title: '机构概况', slug: 'jggk', kind: 'organization' },
  { title: '领导信息', slug: 'ldxx', kind: 'leaders', department: 'bgs' },
  { title: '重点领域', slug: 'zdly', kind: 'area' },
  { title: '财政预决算', slug: 'czyjs', kind: 'area', parent: 'zdly', department: 'czj' },
  { title: '重大建设项目', slug: 'zdjsxm', kind: 'area', parent: 'zdly', department: 'fgj' },
  { title: '公共资源交易', slug: 'ggzyjy', kind: 'area', parent: 'zdly', department: 'zjj' },
  { title: '社会救助', slug: 'shjz', kind: 'area', parent: 'zdly', department: 'mzj' },
  { title: '义务教育', slug: 'ywjy', kind: 'area', parent: 'zdly', department: 'jyj' },
  { title: '涉农补贴', slug: 'snbt', kind: 'area', parent: 'zdly', department: 'nyncj' },
  { title: '第七次全国人口普查', slug: 'dqcqgrkpc', kind: 'topic', department: 'bgs', status: 'closed' },
]

// ---------------------------------------------------------------------------------------------------------
// 政府信息
// ---------------------------------------------------------------------------------------------------------

type Topic = (typeof TOPICS)[number]['value']
type NonDisclosureBasis = (typeof NON_DISCLOSURE_BASES)[number]['value']

export type DemoDocument = {
  /** Local key, for interpretations to point at. */
  key: string
  title: string
  /** Column slug. */
  column: string
  department: DepartmentKey
  docNumber?: string
  /** 成文日期, YYYY-MM-DD (Beijing). */
  formedAt: string
  /** 'published' documents get `publishedAt` = formedAt + publishAfterDays (default 3). */
  status: 'published' | 'draft'
  publishAfterDays?: number
  topic: Topic
  kind?: DocumentKind
  requiresInterpretation?: boolean
  disclosure: Disclosure
  nonDisclosureBasis?: NonDisclosureBasis
  onRequestReason?: (typeof ON_REQUEST_REASONS)[number]['value']
  nonDisclosureReason?: string
  /** Paragraphs of the full text. */
  body: string[]
  /** Paragraphs of the redacted text (部分公开 only). */
  publicBody?: string[]
  validity?: 'valid' | 'amended' | 'repealed' | 'expired'
  /** YYYY-MM-DD. */
  validityChangedAt?: string
}

export const DEMO_DOCUMENTS: readonly DemoDocument[] = [
  // ---- 工作动态 · 政务要闻 ----
  {
    key: 'news-q3-economy',
    title: '临江县召开2026年第三季度经济运行分析会',
    column: 'zwyw',
    department: 'bgs',
    formedAt: '2026-10-16',
    status: 'published',
    publishAfterDays: 1,
    topic: 'economy-state-assets',
    disclosure: 'proactive',
    body: [
      '10月16日，临江县召开2026年第三季度经济运行分析会，通报前三季度全县主要经济指标完成情况，分析当前经济运行中存在的困难和问题，安排部署第四季度重点工作。',
      '会议指出，前三季度全县地区生产总值同比增长5.8%，规模以上工业增加值增长7.2%，固定资产投资增长6.5%，社会消费品零售总额增长5.1%，主要指标保持平稳增长。',
      '会议要求，各乡镇（街道）和县直各部门要紧盯全年目标任务，抓好重大项目建设、工业稳产扩能、消费提振和民生保障，确保全年经济社会发展目标顺利完成。',
    ],
  },
  {
    key: 'news-executive-meeting-28',
    title: '县政府第28次常务会议研究部署秋冬季安全生产等工作',
    column: 'zwyw',
    department: 'bgs',
    formedAt: '2026-09-11',
    status: 'published',
    publishAfterDays: 1,
    topic: 'market-safety-regulation',
    disclosure: 'proactive',
    body: [
      '9月11日，县长主持召开县政府第28次常务会议，传达学习上级有关会议精神，研究部署秋冬季安全生产、森林防火和城乡居民冬季取暖保障等工作。',
      '会议强调，要压紧压实安全生产责任，聚焦道路交通、建筑施工、燃气、消防等重点行业领域，深入开展隐患排查整治，坚决防范和遏制重特大事故发生。',
      '会议还审议通过了《临江县农村低收入群体住房安全保障实施办法》，研究了其他事项。',
    ],
  },
  // ---- 工作动态 · 部门动态 ----
  {
    key: 'news-health-clinic',
    title: '县卫生健康局开展“健康进万家”义诊活动',
    column: 'bmdt',
    department: 'wjj',
    formedAt: '2026-05-20',
    status: 'published',
    publishAfterDays: 1,
    topic: 'health-sports',
    disclosure: 'proactive',
    body: [
      '5月18日至20日，县卫生健康局组织县人民医院、县中医医院和县妇幼保健院的医务人员，深入河口镇、石桥乡开展“健康进万家”义诊活动。',
      '活动中，医务人员为群众提供血压血糖测量、常见病咨询、中医理疗等服务，发放健康教育资料3200余份，为行动不便的老年人提供上门服务。',
      '下一步，县卫生健康局将把义诊活动与家庭医生签约服务结合起来，推动优质医疗资源持续下沉基层。',
    ],
  },
  {
    key: 'news-autumn-grain',
    title: '县农业农村局部署秋粮收购和冬小麦播种工作',
    column: 'bmdt',
    department: 'nyncj',
    formedAt: '2026-10-09',
    status: 'published',
    publishAfterDays: 2,
    topic: 'agriculture-forestry-water',
    disclosure: 'proactive',
    body: [
      '10月9日，县农业农村局召开秋粮收购和冬小麦播种工作推进会，对全县秋收秋种工作进行安排部署。',
      '会议要求，各乡镇农业服务中心要加强农机调度和技术指导，确保秋粮颗粒归仓；要落实冬小麦播种面积，推广宽幅精播、种子包衣等技术，力争一播全苗。',
    ],
  },
  // ---- 工作动态 · 乡镇动态 ----
  {
    key: 'news-hekou-environment',
    title: '河口镇推进农村人居环境整治提升行动',
    column: 'xzdt',
    department: 'hkz',
    formedAt: '2026-06-18',
    status: 'published',
    publishAfterDays: 1,
    topic: 'urban-rural-environment',
    disclosure: 'proactive',
    body: [
      '今年以来，河口镇以“清垃圾、清沟渠、清杂物”为重点，持续推进农村人居环境整治提升行动，累计清理生活垃圾1200余吨、疏浚沟渠35公里。',
      '该镇建立“镇包村、村包组、组包户”的网格化责任体系，每月开展一次“最美庭院”评比，引导群众自觉参与村庄环境管护。',
    ],
  },
  {
    key: 'news-dongcheng-neighbours',
    title: '东城街道举办“邻里节”社区文化活动',
    column: 'xzdt',
    department: 'dcjd',
    formedAt: '2026-08-21',
    status: 'published',
    publishAfterDays: 1,
    topic: 'culture-press-sports',
    disclosure: 'proactive',
    body: [
      '8月21日，东城街道在滨江社区文化广场举办“邻里节”社区文化活动，辖区居民400余人参加。',
      '活动设置了文艺表演、便民服务、政策宣传等环节，街道工作人员现场解答居民关于医保缴费、养老服务等方面的咨询60余人次。',
      '街道负责人表示，将以“邻里节”为载体，持续推进和谐社区建设，增强居民的归属感和幸福感。',
    ],
  },
  {
    key: 'news-shiqiao-camellia',
    title: '石桥乡油茶产业带动群众增收',
    column: 'xzdt',
    department: 'sqx',
    formedAt: '2026-11-10',
    status: 'published',
    publishAfterDays: 2,
    topic: 'agriculture-forestry-water',
    disclosure: 'proactive',
    body: [
      '近日，石桥乡8000亩油茶进入采摘期，各油茶基地一派繁忙景象。',
      '近年来，石桥乡采取“合作社+基地+农户”模式发展油茶产业，带动1300余户群众在家门口就业，户均年增收4000元以上。',
      '该乡还引进油茶加工企业，建成茶油压榨生产线一条，推动油茶产业由种植向加工、销售全链条延伸。',
    ],
  },
  // ---- 通知公告 ----
  {
    key: 'notice-annual-report-2026',
    title: '临江县人民政府办公室关于做好2026年度政府信息公开工作年度报告编制发布工作的通知',
    column: 'tzgg',
    department: 'bgs',
    docNumber: '临政办函〔2026〕41号',
    formedAt: '2026-11-12',
    status: 'published',
    publishAfterDays: 2,
    topic: 'general-affairs',
    kind: 'notice',
    disclosure: 'proactive',
    body: [
      '各乡镇人民政府、街道办事处，县政府各部门：',
      '根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》的规定，现就做好2026年度政府信息公开工作年度报告编制发布工作通知如下。',
      '各单位应于2027年1月31日前，将本单位2026年度政府信息公开工作年度报告在县人民政府门户网站“年度报告”栏目公开，并报县政务公开办备案。',
      '年度报告内容应当真实准确，数据统计口径与上级要求保持一致，不得出现空项、漏项。',
    ],
  },
  {
    key: 'notice-traffic-control',
    title: '县住房和城乡建设局关于滨江大道雨污分流改造施工期间交通管制的公告',
    column: 'tzgg',
    department: 'zjj',
    formedAt: '2026-07-02',
    status: 'published',
    publishAfterDays: 1,
    topic: 'urban-rural-environment',
    disclosure: 'proactive',
    body: [
      '为推进城区雨污分流改造工程建设，滨江大道（人民路至建设路段）将于2026年7月6日至9月30日实行半幅封闭施工。',
      '施工期间，过往车辆请按照现场交通标志绕行，行人注意安全。由此给广大市民出行带来的不便，敬请谅解。',
      '特此公告。',
    ],
  },
  {
    key: 'notice-new-year-duty',
    title: '临江县人民政府办公室关于2027年元旦春节期间值班工作安排的通知',
    column: 'tzgg',
    department: 'bgs',
    formedAt: '2026-11-20',
    status: 'draft',
    topic: 'general-affairs',
    disclosure: 'proactive',
    body: [
      '各乡镇人民政府、街道办事处，县政府各部门：',
      '为确保2027年元旦春节期间各项工作正常运转，及时处置突发事件，现将值班工作有关事项通知如下。',
      '各单位要严格落实领导带班和24小时值班制度，值班人员名单请于12月25日前报县政府总值班室。',
    ],
  },
  // ---- 政策文件 · 县政府文件 ----
  {
    key: 'policy-private-economy',
    title: '临江县人民政府关于印发《临江县促进民营经济高质量发展若干措施》的通知',
    column: 'xzfwj',
    department: 'bgs',
    docNumber: '临政发〔2026〕3号',
    formedAt: '2026-04-08',
    status: 'published',
    publishAfterDays: 4,
    topic: 'economy-state-assets',
    kind: 'policy',
    requiresInterpretation: true,
    disclosure: 'proactive',
    body: [
      '各乡镇人民政府、街道办事处，县政府各部门：',
      '《临江县促进民营经济高质量发展若干措施》已经县人民政府第19次常务会议审议通过，现印发给你们，请认真贯彻执行。',
      '本措施从优化营商环境、加大财政金融支持、降低要素成本、支持创新发展、构建亲清政商关系等五个方面提出20条具体措施，自印发之日起施行，有效期三年。',
    ],
  },
  {
    key: 'policy-medical-insurance',
    title: '临江县人民政府关于印发《临江县城乡居民基本医疗保险实施办法》的通知',
    column: 'xzfwj',
    department: 'bgs',
    docNumber: '临政发〔2026〕9号',
    formedAt: '2026-07-15',
    status: 'published',
    publishAfterDays: 3,
    topic: 'health-sports',
    kind: 'policy',
    requiresInterpretation: true,
    disclosure: 'proactive',
    body: [
      '各乡镇人民政府、街道办事处，县政府各部门：',
      '现将《临江县城乡居民基本医疗保险实施办法》印发给你们，请结合实际认真组织实施。',
      '本办法明确了参保范围、缴费标准、待遇保障、经办服务和基金监督管理等内容，自2026年9月1日起施行。',
    ],
  },
  // ---- 政策文件 · 县政府办公室文件 ----
  {
    key: 'policy-dilapidated-housing-old',
    title: '临江县人民政府办公室关于印发《临江县农村危房改造补助资金管理办法》的通知',
    column: 'xzfbgswj',
    department: 'bgs',
    docNumber: '临政办发〔2026〕5号',
    formedAt: '2026-03-27',
    status: 'published',
    publishAfterDays: 3,
    topic: 'urban-rural-environment',
    kind: 'policy',
    requiresInterpretation: true,
    disclosure: 'proactive',
    validity: 'repealed',
    validityChangedAt: '2026-09-15',
    body: [
      '各乡镇人民政府、街道办事处，县政府有关部门：',
      '《临江县农村危房改造补助资金管理办法》已经县人民政府同意，现印发给你们，请认真遵照执行。',
      '本办法规定了农村危房改造补助对象、补助标准、资金拨付程序和监督检查等事项。',
      '（本文件已由《临江县农村低收入群体住房安全保障实施办法》（临政办发〔2026〕18号）废止。）',
    ],
  },
  {
    key: 'policy-housing-security',
    title: '临江县人民政府办公室关于印发《临江县农村低收入群体住房安全保障实施办法》的通知',
    column: 'xzfbgswj',
    department: 'bgs',
    docNumber: '临政办发〔2026〕18号',
    formedAt: '2026-09-12',
    status: 'published',
    publishAfterDays: 3,
    topic: 'urban-rural-environment',
    kind: 'policy',
    requiresInterpretation: true,
    disclosure: 'proactive',
    body: [
      '各乡镇人民政府、街道办事处，县政府有关部门：',
      '《临江县农村低收入群体住房安全保障实施办法》已经县人民政府第28次常务会议审议通过，现印发给你们，请认真贯彻执行。',
      '本办法自2026年9月15日起施行，《临江县农村危房改造补助资金管理办法》（临政办发〔2026〕5号）同时废止。',
    ],
  },
  {
    key: 'policy-school-dropout',
    title: '临江县人民政府办公室关于进一步加强义务教育控辍保学工作的通知',
    column: 'xzfbgswj',
    department: 'bgs',
    docNumber: '临政办发〔2026〕12号',
    formedAt: '2026-06-03',
    status: 'published',
    publishAfterDays: 4,
    topic: 'science-education',
    kind: 'policy',
    requiresInterpretation: true,
    disclosure: 'proactive',
    body: [
      '各乡镇人民政府、街道办事处，县政府有关部门：',
      '为巩固义务教育普及成果，确保适龄儿童少年依法接受义务教育，经县人民政府同意，现就进一步加强控辍保学工作通知如下。',
      '各乡镇（街道）要落实“双线四级”控辍保学责任制，建立辍学学生动态监测台账；县教育局要会同有关部门做好劝返复学和教育安置工作。',
    ],
  },
  // ---- 政策文件 · 部门文件 ----
  {
    key: 'policy-budget-performance',
    title: '临江县财政局关于印发《临江县县级预算绩效管理办法》的通知',
    column: 'bmwj',
    department: 'czj',
    docNumber: '临财发〔2026〕7号',
    formedAt: '2026-05-12',
    status: 'published',
    publishAfterDays: 3,
    topic: 'finance-audit',
    kind: 'policy',
    requiresInterpretation: true,
    disclosure: 'proactive',
    body: [
      '县直各预算单位：',
      '为全面实施预算绩效管理，提高财政资金使用效益，我局制定了《临江县县级预算绩效管理办法》，现印发给你们，请遵照执行。',
      '本办法对绩效目标管理、绩效运行监控、绩效评价和评价结果应用作出规定，评价结果将作为安排以后年度预算的重要依据。',
    ],
  },
  {
    key: 'policy-farmland-subsidy',
    title: '临江县农业农村局 临江县财政局关于印发《2026年临江县耕地地力保护补贴实施方案》的通知',
    column: 'bmwj',
    department: 'nyncj',
    docNumber: '临农发〔2026〕4号',
    formedAt: '2026-04-20',
    status: 'published',
    publishAfterDays: 3,
    topic: 'agriculture-forestry-water',
    kind: 'policy',
    requiresInterpretation: true,
    disclosure: 'proactive',
    body: [
      '各乡镇人民政府、街道办事处：',
      '现将《2026年临江县耕地地力保护补贴实施方案》印发给你们，请认真组织实施。',
      '2026年耕地地力保护补贴对象为拥有耕地承包权的种地农民，补贴标准为每亩120元，通过“惠民惠农财政补贴资金一卡通”发放到户。',
    ],
  },
  {
    key: 'policy-county-commerce-draft',
    title: '临江县促进县域商业体系建设若干措施（征求意见稿）',
    column: 'bmwj',
    department: 'fgj',
    formedAt: '2026-11-18',
    status: 'draft',
    topic: 'commerce-customs-tourism',
    kind: 'policy',
    requiresInterpretation: true,
    disclosure: 'proactive',
    body: [
      '为加快完善县域商业体系，促进农村消费扩容升级，结合本县实际，制定本措施。',
      '一、完善县乡村三级物流配送体系，支持邮政、快递企业在乡镇设立共同配送中心。',
      '二、支持乡镇商贸中心改造提升，对符合条件的项目给予一次性奖补。',
    ],
  },
  // ---- 人事信息 ----
  {
    key: 'personnel-teachers-2026',
    title: '县教育局2026年公开招聘中小学教师拟聘用人员公示',
    column: 'rsxx',
    department: 'jyj',
    formedAt: '2026-08-05',
    status: 'published',
    publishAfterDays: 1,
    topic: 'labour-personnel-supervision',
    disclosure: 'proactive',
    body: [
      '根据《临江县2026年公开招聘中小学教师公告》，经笔试、面试、体检和考察，现将拟聘用人员名单予以公示。',
      '公示期为2026年8月6日至8月12日（5个工作日）。公示期间，对拟聘用人员有异议的，可向县教育局人事股实名反映。',
    ],
  },
  // ---- 规划计划 ----
  {
    key: 'plan-open-government-2026',
    title: '临江县2026年政务公开工作要点',
    column: 'ghjh',
    department: 'bgs',
    docNumber: '临政办发〔2026〕8号',
    formedAt: '2026-04-28',
    status: 'published',
    publishAfterDays: 3,
    topic: 'general-affairs',
    kind: 'plan',
    disclosure: 'proactive',
    body: [
      '2026年全县政务公开工作要以推进政府治理能力现代化为目标，围绕稳经济、惠民生、优服务加大公开力度，不断提升政务公开质量。',
      '一是加强政策发布解读，政策文件与解读材料同步组织、同步审签、同步发布。二是深化重点领域信息公开，做好财政预决算、重大建设项目、社会救助等领域信息公开。',
      '三是规范政府网站和政务新媒体管理，严格落实信息发布审核制度，确保“先审后发”。',
    ],
  },
  // ---- 公开指南 ----
  {
    key: 'guide-2026',
    title: '临江县人民政府信息公开指南（2026年修订）',
    column: 'gkzn',
    department: 'bgs',
    formedAt: '2026-03-30',
    status: 'published',
    publishAfterDays: 2,
    topic: 'general-affairs',
    disclosure: 'proactive',
    body: [
      '为便于公民、法人和其他组织获取临江县人民政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。',
      '一、主动公开。主动公开的政府信息通过县人民政府门户网站、政府公报、政务新媒体和政务服务中心等途径公开。',
      '二、依申请公开。申请人可通过网上申请、信函申请或当面申请等方式，向县人民政府办公室提出政府信息公开申请。',
      '三、监督和救济。申请人认为行政机关在政府信息公开工作中侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。',
    ],
  },
  // ---- 年度报告 ----
  {
    key: 'annual-report-2025',
    title: '临江县人民政府2025年政府信息公开工作年度报告',
    column: 'ndbg',
    department: 'bgs',
    formedAt: '2026-03-24',
    status: 'published',
    publishAfterDays: 3,
    topic: 'general-affairs',
    disclosure: 'proactive',
    body: [
      '本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。',
      '2025年，全县通过政府门户网站主动公开政府信息4562条，收到政府信息公开申请37件，均在法定期限内答复。',
      '本报告所列数据统计期限自2025年1月1日起至2025年12月31日止。',
    ],
  },
  // ---- 机构概况 ----
  {
    key: 'organization-fgj',
    title: '县发展和改革局主要职责和内设机构',
    column: 'jggk',
    department: 'fgj',
    formedAt: '2026-04-02',
    status: 'published',
    publishAfterDays: 1,
    topic: 'state-council-organization',
    disclosure: 'proactive',
    body: [
      '县发展和改革局是县人民政府工作部门，负责拟订并组织实施全县国民经济和社会发展战略、中长期规划和年度计划。',
      '内设办公室、发展规划股、投资股、产业发展股、价格管理股和能源股。',
    ],
  },
  // ---- 重点领域 ----
  {
    key: 'area-budget-2026',
    title: '临江县2026年县级一般公共预算和政府性基金预算',
    column: 'czyjs',
    department: 'czj',
    formedAt: '2026-03-26',
    status: 'published',
    publishAfterDays: 5,
    topic: 'finance-audit',
    disclosure: 'proactive',
    body: [
      '经县第十八届人民代表大会第五次会议审查批准，现将临江县2026年县级一般公共预算和政府性基金预算予以公开。',
      '2026年县级一般公共预算收入安排12.6亿元，一般公共预算支出安排31.8亿元；政府性基金预算收入安排8.2亿元。',
      '具体预算表格及说明详见附件。',
    ],
  },
  {
    key: 'area-projects-2026',
    title: '临江县2026年重大建设项目计划',
    column: 'zdjsxm',
    department: 'fgj',
    docNumber: '临发改〔2026〕15号',
    formedAt: '2026-04-15',
    status: 'published',
    publishAfterDays: 4,
    topic: 'economy-state-assets',
    kind: 'plan',
    disclosure: 'proactive',
    body: [
      '2026年全县共安排重大建设项目86个，总投资286亿元，年度计划投资72亿元。',
      '其中，产业项目41个，基础设施项目23个，社会民生项目22个。各项目责任单位要倒排工期、挂图作战，确保项目按期推进。',
    ],
  },
  {
    key: 'area-bid-result-partial',
    title: '城关镇老旧小区改造项目（二期）中标结果公告',
    column: 'ggzyjy',
    department: 'zjj',
    formedAt: '2026-09-24',
    status: 'published',
    publishAfterDays: 1,
    topic: 'urban-rural-environment',
    disclosure: 'partial',
    nonDisclosureBasis: 'art15-personal-privacy',
    nonDisclosureReason:
      '公告中项目经理的身份证明材料编号和个人手机号码属于个人隐私，公开后可能对其合法权益造成损害，依据《条例》第十五条予以删除后公开。',
    body: [
      '城关镇老旧小区改造项目（二期）于2026年9月20日在县公共资源交易中心开标，经评标委员会评审，现将中标结果公告如下。',
      '中标人：临江县宏远建筑工程有限公司；中标价：1862.35万元；工期：240日历天。',
      '项目经理：周建平，注册建造师证书编号：鄂242XXXXXXXXXX，联系电话：139XXXX2671。',
      '对本公告有异议的，请于公告期满前以书面形式向招标人提出。',
    ],
    publicBody: [
      '城关镇老旧小区改造项目（二期）于2026年9月20日在县公共资源交易中心开标，经评标委员会评审，现将中标结果公告如下。',
      '中标人：临江县宏远建筑工程有限公司；中标价：1862.35万元；工期：240日历天。',
      '对本公告有异议的，请于公告期满前以书面形式向招标人提出。',
    ],
  },
  {
    key: 'area-minimum-living-partial',
    title: '2026年10月城乡最低生活保障新增对象名单公示',
    column: 'shjz',
    department: 'mzj',
    formedAt: '2026-10-28',
    status: 'published',
    publishAfterDays: 2,
    topic: 'civil-affairs-relief',
    disclosure: 'partial',
    nonDisclosureBasis: 'art15-personal-privacy',
    nonDisclosureReason:
      '名单中保障对象的家庭住址、联系电话等属于个人隐私，依据《条例》第十五条不予公开，仅公开姓名（部分隐去）、所在村（社区）和保障人数。',
    body: [
      '根据《社会救助暂行办法》和省、市有关规定，经乡镇（街道）审核、县民政局审批，现将2026年10月城乡最低生活保障新增对象名单公示如下。',
      '城关镇：刘建华，保障人数2人，家庭住址：城关镇南湖社区6栋2单元301室，联系电话：138XXXX4502；河口镇：陈桂英，保障人数1人，家庭住址：河口镇柳林村三组，联系电话：135XXXX7719。',
      '公示期为7天。如有异议，请向县民政局社会救助股反映，监督电话：0713-6000118。',
    ],
    publicBody: [
      '根据《社会救助暂行办法》和省、市有关规定，经乡镇（街道）审核、县民政局审批，现将2026年10月城乡最低生活保障新增对象名单公示如下。',
      '城关镇南湖社区：刘*华，保障人数2人；河口镇柳林村：陈*英，保障人数1人。',
      '公示期为7天。如有异议，请向县民政局社会救助股反映，监督电话：0713-6000118。',
    ],
  },
  {
    key: 'area-student-aid-partial',
    title: '2026年秋季学期义务教育家庭经济困难寄宿生生活费补助名单公示',
    column: 'ywjy',
    department: 'jyj',
    formedAt: '2026-10-20',
    status: 'published',
    publishAfterDays: 3,
    topic: 'science-education',
    disclosure: 'partial',
    nonDisclosureBasis: 'art15-personal-privacy',
    nonDisclosureReason: '受助学生监护人的姓名和联系电话属于个人隐私，且涉及未成年人，依据《条例》第十五条予以删除后公开。',
    body: [
      '根据义务教育家庭经济困难学生生活费补助政策，经学生申请、学校评议和县教育局审核，现将2026年秋季学期补助名单公示如下。',
      '石桥乡中心学校：王*涵（七年级），监护人：王德军，联系电话：137XXXX3380；河口镇初级中学：李*轩（八年级），监护人：张秀兰，联系电话：158XXXX0926。',
      '补助标准为小学每生每年1000元、初中每生每年1250元，按学期发放。',
    ],
    publicBody: [
      '根据义务教育家庭经济困难学生生活费补助政策，经学生申请、学校评议和县教育局审核，现将2026年秋季学期补助名单公示如下。',
      '石桥乡中心学校：王*涵（七年级）；河口镇初级中学：李*轩（八年级）。',
      '补助标准为小学每生每年1000元、初中每生每年1250元，按学期发放。',
    ],
  },
  {
    key: 'area-farmland-subsidy-paid',
    title: '2026年耕地地力保护补贴资金发放情况公示',
    column: 'snbt',
    department: 'nyncj',
    formedAt: '2026-07-28',
    status: 'published',
    publishAfterDays: 2,
    topic: 'agriculture-forestry-water',
    disclosure: 'proactive',
    body: [
      '2026年全县耕地地力保护补贴面积52.3万亩，补贴资金6276万元，已于7月25日前通过“一卡通”全部发放到户。',
      '各乡镇（街道）补贴面积和资金明细已在村务公开栏张榜公示。对补贴发放有异议的，可向所在乡镇农业服务中心或县农业农村局反映。',
    ],
  },
  // ---- 行政执法公示 ----
  // 条例第二十条第（六）项: 本行政机关认为具有一定社会影响的行政处罚决定 is 主动公开, not 依申请公开.
  {
    key: 'proactive-penalty-decision',
    title: '县住房和城乡建设局关于某房地产开发项目违法建设行政处罚决定书',
    column: 'bmwj',
    department: 'zjj',
    docNumber: '临建罚〔2026〕6号',
    formedAt: '2026-06-22',
    status: 'published',
    publishAfterDays: 5,
    topic: 'urban-rural-environment',
    kind: 'other',
    requiresInterpretation: false,
    disclosure: 'proactive',
    body: [
      '当事人：临江县某置业有限公司。',
      '经查，当事人在未取得建设工程规划许可证的情况下，擅自在滨江花园项目三期地块建设地下车库，违反了《中华人民共和国城乡规划法》第四十条的规定。',
      '依据《中华人民共和国城乡规划法》第六十四条，决定责令当事人限期补办手续，并处建设工程造价百分之五的罚款。',
    ],
  },
  // ---- 依申请公开 ----
  {
    key: 'on-request-machinery-subsidy',
    title: '2026年农机购置与应用补贴受益对象明细',
    column: 'snbt',
    department: 'nyncj',
    formedAt: '2026-08-30',
    status: 'published',
    publishAfterDays: 3,
    topic: 'agriculture-forestry-water',
    disclosure: 'on-request',
    onRequestReason: 'outside-proactive-scope',
    nonDisclosureReason: '逐户明细不属于主动公开范围，汇总情况已在“涉农补贴”栏目公开；明细涉及购机人身份信息和补贴账户，相关当事人可依申请获取本人信息。',
    body: [
      '2026年1至8月，全县共有612户农户和38家农民合作社享受农机购置与应用补贴，补贴机具1035台（套），补贴资金1486万元。',
      '受益对象明细按乡镇分列，包括购机人姓名、机具品目、补贴金额和补贴账户等信息。',
    ],
  },
  // ---- 不予公开 ----
  {
    key: 'withheld-meeting-draft',
    title: '县政府第30次常务会议议题材料（讨论稿）',
    column: 'xzfbgswj',
    department: 'bgs',
    formedAt: '2026-10-30',
    status: 'published',
    publishAfterDays: 1,
    topic: 'general-affairs',
    kind: 'other',
    requiresInterpretation: false,
    disclosure: 'withheld',
    nonDisclosureBasis: 'art16-process-information',
    nonDisclosureReason: '属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿，依据《条例》第十六条第二款可以不予公开；正式决定将另行公开。',
    body: [
      '议题一：关于城区集中供热二期工程建设方案的汇报（县住房和城乡建设局）。',
      '议题二：关于调整县级储备粮规模的请示（县发展和改革局）。',
      '各议题材料为讨论稿，以会议审议意见为准。',
    ],
  },
  {
    key: 'withheld-internal-finance',
    title: '县财政局机关内部财务报销管理规定',
    column: 'bmwj',
    department: 'czj',
    formedAt: '2026-05-06',
    status: 'published',
    publishAfterDays: 2,
    topic: 'finance-audit',
    kind: 'other',
    requiresInterpretation: false,
    disclosure: 'withheld',
    nonDisclosureBasis: 'art16-internal-affairs',
    nonDisclosureReason: '属于机关内部财务管理、工作流程等内部事务信息，依据《条例》第十六条第一款可以不予公开。',
    body: [
      '第一条 为规范局机关财务报销行为，严格执行中央八项规定及其实施细则精神，制定本规定。',
      '第二条 差旅费、会议费、培训费等支出，应当凭合法有效票据，经经办人、股室负责人、分管领导审核后报销。',
    ],
  },
  // ---- 草稿 ----
  {
    key: 'news-xicheng-fire-draft',
    title: '西城街道开展冬季消防安全宣传进社区活动',
    column: 'xzdt',
    department: 'xcjd',
    formedAt: '2026-11-19',
    status: 'draft',
    topic: 'market-safety-regulation',
    disclosure: 'proactive',
    body: [
      '11月19日，西城街道联合县消防救援大队，在辖区各社区开展冬季消防安全宣传活动。',
      '活动中，消防员向居民演示了灭火器使用方法，讲解了电动自行车充电、冬季取暖用电用火等安全知识。',
    ],
  },
]

// ---------------------------------------------------------------------------------------------------------
// 政策解读
// ---------------------------------------------------------------------------------------------------------

export type DemoInterpretation = {
  title: string
  /** Key of the interpreted policy in DEMO_DOCUMENTS. */
  policy: string
  form: 'text' | 'graphic' | 'audio' | 'video' | 'animation' | 'interview' | 'commentary'
  department: DepartmentKey
  body: string[]
}

export const DEMO_INTERPRETATIONS: readonly DemoInterpretation[] = [
  {
    title: '《临江县促进民营经济高质量发展若干措施》政策解读',
    policy: 'policy-private-economy',
    form: 'text',
    department: 'fgj',
    body: [
      '一、出台背景。为深入贯彻落实党中央、国务院关于促进民营经济发展壮大的决策部署，进一步激发民营经济活力，县发展和改革局牵头起草了《若干措施》。',
      '二、主要内容。《若干措施》共20条，包括持续优化营商环境、加大财政金融支持、降低企业要素成本、支持企业创新发展和构建亲清政商关系等五个方面。',
      '三、适用对象。在本县登记注册、具有独立法人资格的民营企业和个体工商户。',
    ],
  },
  {
    title: '一图读懂《临江县促进民营经济高质量发展若干措施》',
    policy: 'policy-private-economy',
    form: 'graphic',
    department: 'fgj',
    body: ['以图解形式介绍《若干措施》的20条具体措施、适用对象和申报流程。'],
  },
  {
    title: '视频解读：《临江县农村低收入群体住房安全保障实施办法》',
    policy: 'policy-housing-security',
    form: 'video',
    department: 'zjj',
    body: [
      '县住房和城乡建设局负责同志通过视频解读《实施办法》，重点介绍保障对象范围、住房安全鉴定程序、改造补助标准和资金拨付方式。',
      '与原《农村危房改造补助资金管理办法》相比，《实施办法》将保障对象扩大到农村低保边缘家庭和防止返贫监测对象，并建立了农村低收入群体住房安全动态监测机制。',
    ],
  },
  {
    title: '《临江县县级预算绩效管理办法》解读',
    policy: 'policy-budget-performance',
    form: 'text',
    department: 'czj',
    body: [
      '一、制定目的。推动预算和绩效管理一体化，着力提高财政资源配置效率和资金使用效益。',
      '二、主要内容。《办法》共六章三十条，明确了事前绩效评估、绩效目标管理、绩效运行监控、绩效评价和结果应用等全过程管理要求。',
      '三、结果应用。绩效评价结果与预算安排和政策调整挂钩，评价结果较差的项目原则上予以调减或取消。',
    ],
  },
  {
    title: '《2026年临江县耕地地力保护补贴实施方案》政策问答',
    policy: 'policy-farmland-subsidy',
    form: 'text',
    department: 'nyncj',
    body: [
      '问：哪些人可以领取耕地地力保护补贴？答：补贴对象原则上为拥有耕地承包权的种地农民，已作为畜牧养殖场所、林地、设施农用地或改变用途的耕地不予补贴。',
      '问：补贴标准是多少？答：2026年补贴标准为每亩120元。',
      '问：补贴资金如何发放？答：通过“惠民惠农财政补贴资金一卡通”直接发放到农户账户。',
    ],
  },
  {
    title: '在线访谈：县卫生健康局负责同志解读《临江县城乡居民基本医疗保险实施办法》',
    policy: 'policy-medical-insurance',
    form: 'interview',
    department: 'wjj',
    body: [
      '县卫生健康局负责同志做客县政府门户网站“在线访谈”栏目，就《实施办法》的参保缴费、待遇享受和异地就医备案等群众关心的问题回答网民提问。',
      '访谈中介绍，2026年城乡居民医保个人缴费标准为每人每年400元，政策范围内住院费用基金支付比例乡镇卫生院为90%，县级医院为80%。',
    ],
  },
]

// ---------------------------------------------------------------------------------------------------------
// 政务新媒体
// ---------------------------------------------------------------------------------------------------------

export type DemoNewMediaAccount = {
  name: string
  platform: 'wechat' | 'weibo' | 'douyin' | 'toutiao' | 'kuaishou' | 'bilibili' | 'app' | 'mini-program' | 'other'
  accountId: string
  department: DepartmentKey
  responsibleLeader: string
  contactName: string
  contactPhone: string
  contactEmail: string
  status: 'active' | 'closing' | 'closed' | 'suspended'
  /** YYYY-MM-DD. */
  filedAt: string
  /** YYYY-MM-DD, for closed accounts. */
  closedAt?: string
  closureFiled?: boolean
  /** Days before the moment of seeding of the last post; absent = never posted. */
  lastPostDaysAgo?: number
}

export const DEMO_NEW_MEDIA_ACCOUNTS: readonly DemoNewMediaAccount[] = [
  {
    name: '临江发布', platform: 'wechat', accountId: 'linjiangfabu', department: 'bgs',
    responsibleLeader: '县政府办公室副主任 何志强', contactName: '陈晓明', contactPhone: '0713-6000101',
    contactEmail: `xmt@${DEMO_NOTICE_EMAIL_DOMAIN}`, status: 'active', filedAt: '2019-06-12', lastPostDaysAgo: 1,
  },
  {
    name: '临江发布', platform: 'weibo', accountId: 'linjiangfabu', department: 'bgs',
    responsibleLeader: '县政府办公室副主任 何志强', contactName: '陈晓明', contactPhone: '0713-6000101',
    contactEmail: `xmt@${DEMO_NOTICE_EMAIL_DOMAIN}`, status: 'active', filedAt: '2019-06-12', lastPostDaysAgo: 3,
  },
  {
    name: '临江发布', platform: 'douyin', accountId: 'lj_fabu', department: 'bgs',
    responsibleLeader: '县政府办公室副主任 何志强', contactName: '吴佳琪', contactPhone: '0713-6000102',
    contactEmail: `xmt@${DEMO_NOTICE_EMAIL_DOMAIN}`, status: 'active', filedAt: '2021-03-08', lastPostDaysAgo: 2,
  },
  {
    name: '临江教育', platform: 'wechat', accountId: 'linjiangjiaoyu', department: 'jyj',
    responsibleLeader: '县教育局副局长 杨春梅', contactName: '黄伟', contactPhone: '0713-6000131',
    contactEmail: `jyj@${DEMO_NOTICE_EMAIL_DOMAIN}`, status: 'active', filedAt: '2020-09-01', lastPostDaysAgo: 20,
  },
  {
    name: '健康临江', platform: 'toutiao', accountId: 'jiankanglinjiang', department: 'wjj',
    responsibleLeader: '县卫生健康局副局长 郑丽', contactName: '马腾飞', contactPhone: '0713-6000161',
    contactEmail: `wjj@${DEMO_NOTICE_EMAIL_DOMAIN}`, status: 'active', filedAt: '2020-04-15', lastPostDaysAgo: 5,
  },
  {
    name: '临江农业', platform: 'wechat', accountId: 'linjiangnongye', department: 'nyncj',
    responsibleLeader: '县农业农村局副局长 罗德明', contactName: '许亮', contactPhone: '0713-6000141',
    contactEmail: `nyncj@${DEMO_NOTICE_EMAIL_DOMAIN}`, status: 'closing', filedAt: '2018-11-20', lastPostDaysAgo: 45,
  },
  {
    name: '河口镇政务', platform: 'wechat', accountId: 'hekouzhenzhengwu', department: 'hkz',
    responsibleLeader: '河口镇党委副书记 田国强', contactName: '邓小燕', contactPhone: '0713-6000211',
    contactEmail: `hekou@${DEMO_NOTICE_EMAIL_DOMAIN}`, status: 'closed', filedAt: '2017-05-10', closedAt: '2026-06-30',
    closureFiled: true, lastPostDaysAgo: 150,
  },
  {
    name: '河口融媒', platform: 'wechat', accountId: 'hekourongmei', department: 'hkz',
    responsibleLeader: '河口镇党委副书记 田国强', contactName: '邓小燕', contactPhone: '0713-6000211',
    contactEmail: `hekou@${DEMO_NOTICE_EMAIL_DOMAIN}`, status: 'active', filedAt: '2026-07-08', lastPostDaysAgo: 4,
  },
  {
    name: '石桥乡', platform: 'kuaishou', accountId: 'shiqiaoxiang2020', department: 'sqx',
    responsibleLeader: '石桥乡副乡长 龚建军', contactName: '胡敏', contactPhone: '0713-6000221',
    contactEmail: `shiqiao@${DEMO_NOTICE_EMAIL_DOMAIN}`, status: 'suspended', filedAt: '2020-08-18', lastPostDaysAgo: 96,
  },
  {
    name: '东城街道', platform: 'wechat', accountId: 'dongchengjiedao', department: 'dcjd',
    responsibleLeader: '东城街道办事处副主任 彭辉', contactName: '曾琳', contactPhone: '0713-6000231',
    contactEmail: `dongcheng@${DEMO_NOTICE_EMAIL_DOMAIN}`, status: 'active', filedAt: '2019-10-22', lastPostDaysAgo: 16,
  },
]

// ---------------------------------------------------------------------------------------------------------
// 敏感词
// ---------------------------------------------------------------------------------------------------------

export type DemoSensitiveTerm = {
  term: string
  level: 'block' | 'review' | 'warn'
  category: 'classified' | 'privacy' | 'political' | 'advertising' | 'wording' | 'custom'
  note: string
}

export const DEMO_SENSITIVE_TERMS: readonly DemoSensitiveTerm[] = [
  // 涉密标识：禁止发布
  { term: '绝密', level: 'block', category: 'classified', note: '密级标识，涉密信息不得上网发布' },
  { term: '机密★', level: 'block', category: 'classified', note: '密级和保密期限标识，涉密信息不得上网发布' },
  { term: '秘密★', level: 'block', category: 'classified', note: '密级和保密期限标识，涉密信息不得上网发布' },
  { term: '内部资料', level: 'block', category: 'classified', note: '内部资料不得公开发布' },
  { term: '内部文件', level: 'block', category: 'classified', note: '内部文件不得公开发布' },
  { term: '不得外传', level: 'block', category: 'classified', note: '限定知悉范围的标识' },
  { term: '注意保密', level: 'block', category: 'classified', note: '限定知悉范围的标识' },
  // 个人隐私：需人工审查
  { term: '身份证号码', level: 'review', category: 'privacy', note: '可能含有公民身份号码，须确认已作去标识化处理' },
  { term: '家庭住址', level: 'review', category: 'privacy', note: '可能含有个人住址，公示类信息一般只公开到村（社区）' },
  { term: '银行卡号', level: 'review', category: 'privacy', note: '可能含有个人金融账户信息' },
  { term: '病历', level: 'review', category: 'privacy', note: '可能含有个人健康信息' },
  { term: '涉密', level: 'review', category: 'classified', note: '提及涉密事项，须由保密审查员确认' },
  // 政治性表述：涉台用语
  { term: '台湾总统', level: 'block', category: 'political', note: '涉台用语错误，应表述为“台湾地区领导人”' },
  { term: '台湾政府', level: 'block', category: 'political', note: '涉台用语错误，应表述为“台湾当局”或“台湾地区”' },
  // 广告法禁用的绝对化用语：提示
  { term: '最佳', level: 'warn', category: 'advertising', note: '《广告法》第九条禁止的绝对化用语' },
  { term: '国家级', level: 'warn', category: 'advertising', note: '《广告法》第九条禁止的绝对化用语（经认定的称号除外）' },
  { term: '全国第一', level: 'warn', category: 'advertising', note: '《广告法》第九条禁止的绝对化用语' },
  { term: '顶级', level: 'warn', category: 'advertising', note: '《广告法》第九条禁止的绝对化用语' },
  // 规范用语：提示
  { term: '贫困户', level: 'warn', category: 'wording', note: '脱贫攻坚任务完成后一般表述为“脱贫户”或“监测对象”' },
  { term: '新冠肺炎', level: 'warn', category: 'wording', note: '2022年12月起规范名称为“新型冠状病毒感染”' },
  { term: '扶贫办', level: 'warn', category: 'wording', note: '机构已改革，应核实现行机构名称（如乡村振兴局）' },
]
