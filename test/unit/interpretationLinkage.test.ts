/** The pure linkage rules: eligible policies, publishing gate, deadline, and the policy panel's verdict. */
import { describe, expect, it } from '@jest/globals'
import { WorkingDayCalendar } from '../../domain/calendar'
import { linkageAt, linkRefusal, linkStart, linkStatus, publishRefusal, type LinkageContext, type PolicyFacts } from '../../domain/interpretationLinkage'

const calendar = new WorkingDayCalendar()
const fiveDays: LinkageContext = { calendar, rule: { days: 5, dayType: 'calendar' }, timeZone: 'Asia/Shanghai' }
const threeWorking: LinkageContext = { calendar, rule: { days: 3, dayType: 'working' }, timeZone: 'Asia/Shanghai' }
const policy = (facts: Partial<PolicyFacts> = {}): PolicyFacts => ({ id: 1, kind: 'policy', disclosure: 'proactive', isPublic: true, reviewState: 'published', publishedAt: '2026-09-30T02:00:00.000Z', ...facts })
const NOT_BEFORE = '所解读的政策文件尚未公开发布，政策解读不能先于政策文件发布'

describe('linkRefusal', () => {
  it.each([
    [null, '所选政策文件不存在'],
    [policy({ kind: 'notice' }), '政策解读只能关联信息类别为“政策文件”的信息'],
    [policy({ disclosure: 'on-request' }), '该政策文件不属于主动公开或部分公开，不能为其关联政策解读'],
    [policy({ disclosure: 'withheld' }), '该政策文件不属于主动公开或部分公开，不能为其关联政策解读'],
    [policy({ isPublic: false, reviewState: 'withdrawn' }), '该政策文件已撤回，不能为其关联政策解读'],
    [policy(), null],
    [policy({ disclosure: 'partial' }), null],
    [policy({ isPublic: false, reviewState: 'submitted' }), null],
    // Withdrawn while a revision is published again: the public row counts.
    [policy({ isPublic: true, reviewState: 'withdrawn' }), null],
  ])('%#: %j → %s', (facts, expected) => {
    expect(linkRefusal(facts)).toBe(expected)
  })
})

describe('publishRefusal', () => {
  it('allows publishing after a public policy only', () => {
    expect(publishRefusal(policy(), 'published')).toBeNull()
    expect(publishRefusal(policy({ isPublic: false, reviewState: 'secrecy-reviewed' }), 'published')).toBe(NOT_BEFORE)
    expect(publishRefusal(policy({ kind: 'news' }), 'published')).toBe('政策解读只能关联信息类别为“政策文件”的信息')
  })

  it('allows scheduling with a policy scheduled at the same moment or earlier, never later', () => {
    const scheduled = policy({ isPublic: false, reviewState: 'scheduled', publishAt: '2026-12-01T01:00:00.000Z' })
    expect(publishRefusal(scheduled, 'scheduled', '2026-12-01T01:00:00.000Z')).toBeNull()
    expect(publishRefusal(scheduled, 'scheduled', '2026-12-01T02:00:00.000Z')).toBeNull()
    expect(publishRefusal(scheduled, 'scheduled', '2026-12-01T00:59:59.000Z')).toBe(NOT_BEFORE)
    expect(publishRefusal(scheduled, 'published')).toBe(NOT_BEFORE)
  })
})

describe('linkageAt', () => {
  it('is on time up to the end of the deadline day in Beijing, late after', () => {
    expect(linkageAt('2026-09-30T02:00:00.000Z', new Date('2026-10-05T15:59:59.999Z'), fiveDays)).toEqual({
      linkedAt: '2026-10-05T15:59:59.999Z',
      linkDeadline: '2026-10-05T15:59:59.999Z',
      linkedLate: false,
      publishedWithPolicy: false,
    })
    expect(linkageAt('2026-09-30T02:00:00.000Z', new Date('2026-10-05T16:00:00.000Z'), fiveDays).linkedLate).toBe(true)
    expect(linkageAt('2026-09-30T02:00:00.000Z', new Date('2026-10-10T15:00:00.000Z'), threeWorking)).toMatchObject({ linkDeadline: '2026-10-10T15:59:59.999Z', linkedLate: false })
  })

  it('treats an interpretation published with its policy as on time', () => {
    const now = new Date('2026-12-01T01:00:00.000Z')
    expect(linkageAt(null, now, threeWorking)).toMatchObject({ linkedAt: now.toISOString(), linkedLate: false })
    expect(linkageAt(now.toISOString(), now, fiveDays).linkedLate).toBe(false)
  })
})

describe('linkStatus', () => {
  const issued = { isPublic: true, reviewState: 'published', publishedAt: '2026-11-20T02:00:00.000Z', requiresInterpretation: true }
  const published = { id: 9, title: '解读', published: true, reviewState: 'published', linkedAt: '2026-11-21T02:00:00.000Z', linkedLate: false }

  it('counts down in calendar and working days', () => {
    expect(linkStatus(issued, [], new Date('2026-11-22T02:00:00.000Z'), fiveDays)).toMatchObject({
      state: 'pending',
      message: '尚未发布政策解读：须在发布后 5 日内关联，还剩 3 天',
      countdown: { deadline: '2026-11-25T15:59:59.999Z', daysLeft: 3, workingDaysLeft: null, overdue: false },
    })
    // Friday 11-20 + 3 working days = Wednesday 11-25; on Sunday 11-22 three working days remain.
    expect(linkStatus(issued, [], new Date('2026-11-22T02:00:00.000Z'), threeWorking).message).toBe('尚未发布政策解读：须在发布后 3 个工作日内关联，还剩 3 天（3 个工作日）')
    expect(linkStatus(issued, [], new Date('2026-11-25T02:00:00.000Z'), fiveDays).message).toBe('尚未发布政策解读：须在发布后 5 日内关联，今日到期')
    expect(linkStatus(issued, [], new Date('2026-11-27T02:00:00.000Z'), fiveDays)).toMatchObject({ state: 'overdue', message: '已超过解读关联时限（发布后 5 日）2 天，请尽快发布政策解读' })
  })

  it('distinguishes linked, linked late, not required, awaiting issue and withdrawn', () => {
    const now = new Date('2026-11-22T02:00:00.000Z')
    expect(linkStatus(issued, [published], now, fiveDays).state).toBe('linked')
    expect(linkStatus(issued, [{ ...published, linkedLate: true }], now, fiveDays).state).toBe('linked-late')
    expect(linkStatus(issued, [{ ...published, published: false }], now, fiveDays).state).toBe('pending')
    expect(linkStatus({ ...issued, requiresInterpretation: false }, [], now, fiveDays).state).toBe('not-required')
    expect(linkStatus({ ...issued, isPublic: false, reviewState: 'submitted', publishedAt: null }, [], now, fiveDays).state).toBe('awaiting-issue')
    expect(linkStatus({ ...issued, isPublic: false, reviewState: 'withdrawn' }, [published], now, fiveDays).state).toBe('withdrawn')
  })
})

describe('a linkage deadline in a year the calendar does not know yet', () => {
  const fiveWorking: LinkageContext = { calendar, rule: { days: 5, dayType: 'working' }, timeZone: 'Asia/Shanghai' }
  const known: LinkageContext = { ...fiveWorking, calendar: new WorkingDayCalendar([{ date: '2027-01-01', kind: 'holiday' }]) }
  const issued = '2026-12-29T02:00:00.000Z'

  it('is on time when linked before the earliest possible deadline, with the deadline left open rather than guessed', () => {
    expect(linkageAt(issued, new Date('2026-12-30T02:00:00.000Z'), fiveWorking)).toEqual({ linkedAt: '2026-12-30T02:00:00.000Z', linkDeadline: null, linkedLate: false, publishedWithPolicy: false })
  })

  it('is undecided (null) when only the unknown year can tell', () => {
    expect(linkageAt(issued, new Date('2027-01-08T02:00:00.000Z'), fiveWorking)).toMatchObject({ linkDeadline: null, linkedLate: null })
  })

  it('is exact once the year is entered', () => {
    // 12-30, 12-31, (1.1 off, weekend) 1.4, 1.5, 1.6.
    expect(linkageAt(issued, new Date('2027-01-06T15:00:00.000Z'), known)).toEqual({ linkedAt: '2027-01-06T15:00:00.000Z', linkDeadline: '2027-01-06T15:59:59.999Z', linkedLate: false, publishedWithPolicy: false })
    expect(linkageAt(issued, new Date('2027-01-06T16:00:00.000Z'), known).linkedLate).toBe(true)
  })

  it('shows the policy panel the earliest deadline and why the exact one is not known', () => {
    const policyRow = { isPublic: true, reviewState: 'published', publishedAt: issued, requiresInterpretation: true }
    expect(linkStatus(policyRow, [], new Date('2026-12-30T02:00:00.000Z'), fiveWorking)).toMatchObject({
      state: 'pending',
      message: '尚未发布政策解读：须在发布后 5 个工作日内关联；时限跨入 2027 年，须录入该年节假日安排后才能确定，最早 2027-01-03 到期',
      countdown: { deadline: '2027-01-03T15:59:59.999Z', deadlinePending: true, daysLeft: 4, workingDaysLeft: null, overdue: false },
    })
    expect(linkStatus(policyRow, [], new Date('2027-01-05T02:00:00.000Z'), fiveWorking).message).toBe(
      '尚未发布政策解读：须在发布后 5 个工作日内关联；时限跨入 2027 年，须录入该年节假日安排后才能确定，可能已于 2027-01-03 起逾期',
    )
    expect(linkStatus(policyRow, [], new Date('2026-12-30T02:00:00.000Z'), known)).toMatchObject({
      state: 'pending',
      message: '尚未发布政策解读：须在发布后 5 个工作日内关联，还剩 7 天（4 个工作日）',
    })
    expect(linkStatus(policyRow, [], new Date('2027-01-07T02:00:00.000Z'), known).state).toBe('overdue')
  })
})

describe('counting from 印发 (the 成文日期, seed 002) or from publication', () => {
  const fromFormed: LinkageContext = { ...fiveDays, from: 'formed' }
  // 印发 (成文) Monday 2026-11-02, published on the portal Friday 11-06 (Beijing).
  const row = { isPublic: true, reviewState: 'published', formedAt: '2026-11-02T02:00:00.000Z', publishedAt: '2026-11-06T02:00:00.000Z', requiresInterpretation: true }

  it('starts at the 成文日期 under `formed`, at the publication under `published`', () => {
    expect(linkStart(row, fromFormed)).toBe(row.formedAt)
    expect(linkStart(row, { from: 'published' })).toBe(row.publishedAt)
    expect(linkStart({ ...row, formedAt: null }, fromFormed)).toBe(row.publishedAt)
  })

  it.each([
    ['2026-11-07T15:59:00.000Z', false], // 11-07 Beijing: the 5th day after 印发 11-02
    ['2026-11-07T16:00:00.000Z', true], // 11-08 Beijing: late
  ])('from 印发 11-02, linked at %s → late %s', (linked, late) => {
    expect(linkageAt(linkStart(row, fromFormed), new Date(linked), fromFormed, row.publishedAt)).toMatchObject({ linkDeadline: '2026-11-07T15:59:59.999Z', linkedLate: late })
  })

  it('from publication 11-06 the same link on 11-08 is on time (due 11-11)', () => {
    expect(linkageAt(row.publishedAt, new Date('2026-11-07T16:00:00.000Z'), fiveDays)).toMatchObject({ linkDeadline: '2026-11-11T15:59:59.999Z', linkedLate: false })
  })

  it('the panel counts from 印发 and says so', () => {
    expect(linkStatus(row, [], new Date('2026-11-07T02:00:00.000Z'), fromFormed).message).toBe('尚未发布政策解读：须在印发后 5 日内关联，今日到期')
    expect(linkStatus(row, [], new Date('2026-11-08T02:00:00.000Z'), fromFormed)).toMatchObject({ state: 'overdue', message: '已超过解读关联时限（印发后 5 日）1 天，请尽快发布政策解读' })
  })
})

describe('与文件同时发布 (seed 000)', () => {
  it.each([
    ['2026-11-06T02:00:00.000Z', true], // the same moment
    ['2026-11-06T15:59:59.999Z', true], // 23:59 the same Beijing day
    ['2026-11-06T16:00:00.000Z', false], // 00:00 the next Beijing day
  ])('policy published 2026-11-06 10:00 Beijing, interpretation at %s → same day %s', (linked, same) => {
    expect(linkageAt('2026-11-02T02:00:00.000Z', new Date(linked), { ...fiveDays, from: 'formed' }, '2026-11-06T02:00:00.000Z').publishedWithPolicy).toBe(same)
  })

  it('a policy published in the same action (no publishedAt yet) is the same day', () => {
    expect(linkageAt(null, new Date('2026-11-06T02:00:00.000Z'), fiveDays, null).publishedWithPolicy).toBe(true)
  })
})
