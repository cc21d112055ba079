/** domain/applications/letters.ts: the four 告知书 templates, their placeholders, rendering and layout. */
import {
  DEFAULT_TEMPLATES,
  LETTER_KINDS,
  chineseDate,
  letterLayout,
  letterValues,
  outcomeWording,
  renderLetter,
  templateProblem,
  unfilledIn,
  unknownPlaceholders,
  type ApplicationFacts,
} from '../../../domain/applications/letters'
import { APPLICATION_OUTCOMES } from '../../../domain/applications/vocabulary'
import { CodedError, messageOf } from '../../../domain/errors'

const facts = (overrides: Partial<ApplicationFacts> = {}): ApplicationFacts => ({
  applicantName: '张三明',
  trackingNumber: 'YSQ20261102000123',
  receivedAt: '2026-11-02',
  description: '2025年度城乡低保资金发放情况',
  dueAt: '2026-11-30',
  outcome: null,
  departmentName: '临江县民政局',
  history: [{ type: 'received' }],
  correctionPeriodDays: 15,
  thirdPartyDays: 15,
  today: '2026-12-02',
  ...overrides,
})

describe('the default templates', () => {
  it('exist for exactly the four kinds and use only known placeholders', () => {
    expect(Object.keys(DEFAULT_TEMPLATES).sort()).toEqual(LETTER_KINDS.map((k) => k.value).sort())
    for (const template of Object.values(DEFAULT_TEMPLATES)) expect(unknownPlaceholders(template)).toEqual([])
  })

  it.each([
    ['correction', '政府信息公开申请补正告知书', '第三十条'],
    ['extension', '政府信息公开申请延期答复告知书', '第三十三条第二款'],
    ['third-party', '政府信息公开征求第三方意见书', '第三十二条'],
    ['reply', '政府信息公开申请答复书', '第三十六条'],
  ] as const)('%s › has its title and cites %s', (kind, title, article) => {
    const layout = letterLayout(DEFAULT_TEMPLATES[kind])
    expect(layout.title).toBe(title)
    expect(layout.reference).toBe('受理编号：{受理编号}')
    expect(layout.signature).toBe('{机关名称}')
    expect(layout.date).toBe('{日期}')
    expect(layout.paragraphs.join('')).toContain(`《中华人民共和国政府信息公开条例》${article}`)
  })

  it('gives the 答复书 the remedies: 行政复议 within 60 days, 行政诉讼 within 6 months', () => {
    expect(DEFAULT_TEMPLATES.reply).toContain('60日内依法申请行政复议')
    expect(DEFAULT_TEMPLATES.reply).toContain('6个月内依法向人民法院提起行政诉讼')
  })
})

describe('renderLetter', () => {
  it('fills every placeholder, as often as it appears', () => {
    const { body, missing } = renderLetter('{申请人}：{受理编号}，{申请人}', { 申请人: '张三明', 受理编号: 'YSQ1' })
    expect(body).toBe('张三明：YSQ1，张三明')
    expect(missing).toEqual([])
  })

  it('refuses an unknown placeholder with a coded error naming it', () => {
    const call = () => renderLetter('{申请人}：{不存在}', { 申请人: '张三明' })
    expect(call).toThrow(CodedError)
    expect(call).toThrow(messageOf('applications.letter-placeholder-unknown', '不存在'))
  })

  it('reports a missing value and leaves a marker the signer cannot overlook', () => {
    const { body, missing } = renderLetter('因{理由}，延长{延期工作日}个工作日。{理由}', { 延期工作日: '10' })
    expect(missing).toEqual(['理由'])
    expect(body).toBe('因〔待填写：理由〕，延长10个工作日。〔待填写：理由〕')
    expect(unfilledIn(body)).toEqual(['理由'])
  })

  it('takes an empty string as a value (its paragraph disappears in the layout)', () => {
    const { body, missing } = renderLetter('标题\n{理由}\n正文\n机关\n日期', { 理由: '' })
    expect(missing).toEqual([])
    expect(letterLayout(body).paragraphs).toEqual(['正文'])
  })
})

describe('templateProblem', () => {
  it('accepts the defaults and refuses {不存在} in Chinese, listing what may be used', () => {
    expect(templateProblem(DEFAULT_TEMPLATES.reply)).toBeNull()
    const problem = templateProblem('{申请人}：{不存在}')
    expect(problem).toContain(messageOf('applications.letter-placeholder-unknown', '不存在'))
    expect(problem).toContain('{受理编号}')
    expect(templateProblem('  ')).toBe('模板不能为空')
  })
})

describe('letterValues', () => {
  it('takes the applicant, number, dates and department from the register', () => {
    const values = letterValues('correction', facts({ history: [{ type: 'received' }, { type: 'correction-requested', reason: '请明确所需信息的年份', days: 10 }] }))
    expect(values).toMatchObject({ 申请人: '张三明', 受理编号: 'YSQ20261102000123', 收到日期: '2026年11月2日', 机关名称: '临江县民政局', 日期: '2026年12月2日', 补正事项: '请明确所需信息的年份', 补正期限: '10' })
    const { body, missing } = renderLetter(DEFAULT_TEMPLATES.correction, values)
    expect(missing).toEqual([])
    expect(body).toContain('自收到本告知书之日起10个工作日内')
  })

  it('uses the settings’ 补正 period when the history names none, and asks for the 补正事项 when none is recorded', () => {
    const values = letterValues('correction', facts())
    expect(values.补正期限).toBe('15')
    expect(renderLetter(DEFAULT_TEMPLATES.correction, values).missing).toEqual(['补正事项'])
  })

  it('gives an extension letter its days, reason and new last day', () => {
    const values = letterValues('extension', facts({ dueAt: '2026-12-28', history: [{ type: 'received' }, { type: 'extended', days: 20, reason: '需调取档案' }] }))
    const { body } = renderLetter(DEFAULT_TEMPLATES.extension, values)
    expect(body).toContain('因需调取档案，本机关不能在规定期限内作出答复')
    expect(body).toContain('答复期限延长20个工作日，本机关将于2026年12月28日前作出答复')
  })

  it('words the reply’s outcome from table 三', () => {
    const { body, missing } = renderLetter(DEFAULT_TEMPLATES.reply, letterValues('reply', facts({ outcome: 'refused:state-secret' })))
    expect(missing).toEqual([])
    expect(body).toContain('办理结果：不予公开（属于国家秘密）。您申请获取的政府信息属于国家秘密，本机关不予公开（条例第十四条）。')
  })

  it('lets the drafter override a value, and refuses an unknown key', () => {
    expect(letterValues('third-party', facts(), { 第三方: '临江某某科技有限公司' }).第三方).toBe('临江某某科技有限公司')
    expect(() => letterValues('reply', facts(), { 收件人: 'x' })).toThrow(messageOf('applications.letter-placeholder-unknown', '收件人'))
  })

  it('asks for the third party, whom the register does not name', () => {
    expect(renderLetter(DEFAULT_TEMPLATES['third-party'], letterValues('third-party', facts())).missing).toEqual(['第三方'])
  })
})

describe('outcomeWording', () => {
  it.each(APPLICATION_OUTCOMES.map((o) => [o.value]))('%s › opens with its row of table 三', (code) => {
    const row = APPLICATION_OUTCOMES.find((o) => o.value === code)!
    const wording = outcomeWording(code as (typeof APPLICATION_OUTCOMES)[number]['value'])
    expect(wording.startsWith('办理结果：')).toBe(true)
    expect(wording).toContain(row.label.replace(/^\d+\./, ''))
  })

  it('words 予以公开 and 部分公开 once, without repeating the group', () => {
    expect(outcomeWording('granted')).toMatch(/^办理结果：予以公开。/)
    expect(outcomeWording('partly-granted')).toMatch(/^办理结果：部分公开。/)
  })
})

describe('chineseDate and letterLayout', () => {
  it('writes 2026年1月5日 without zero padding', () => {
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日')
  })

  it('finds title, reference, salutation, paragraphs, 落款 and date', () => {
    expect(letterLayout('答复书\n受理编号：YSQ1\n张三明：\n\n第一段\n第二段\n临江县民政局\n2026年12月2日\n')).toEqual({
      title: '答复书',
      reference: '受理编号：YSQ1',
      salutation: '张三明：',
      paragraphs: ['第一段', '第二段'],
      signature: '临江县民政局',
      date: '2026年12月2日',
    })
  })
})
