/** 通报整改 (domain/inspection/bulletinRectification.ts): who is still followed up after a 通报, and how urgently. */
import { rectificationFindings, type PublishedBulletin } from '../../../domain/inspection/bulletinRectification'

const q1: PublishedBulletin = {
  id: 7,
  title: '关于2021年第一季度全县政务公开工作检查情况的通报',
  deadline: '2021-04-06',
  units: [
    { department: 1, name: '三闸镇', problems: [{ key: 'column-stale', details: ['工作动态未及时更新'], rules: ['column-stale'], notices: [11] }] },
    { department: 2, name: '长安镇', problems: [{ key: 'new-media', details: [], rules: ['new-media-stale'], notices: [21] }] },
    { department: 3, name: '西街街道', problems: [{ key: 'other', details: ['信息发布质量（人工检查）问题3处'], rules: [], notices: [] }] },
  ],
}

describe('rectification › who is still listed', () => {
  it('reports a unit while a notice behind its problem is open, yellow up to and on the deadline day', () => {
    const found = rectificationFindings([q1], [{ id: 11, rule: 'column-stale', department: 1 }], '2021-04-06')
    expect(found.filter((f) => f.department === 1)).toEqual([
      { department: 1, name: '三闸镇', severity: 'yellow', deadline: '2021-04-06', message: '《关于2021年第一季度全县政务公开工作检查情况的通报》要求于 2021-04-06 前整改：栏目更新不及时（工作动态未及时更新）', bulletins: [7] },
    ])
  })
  it('turns red the day after the deadline', () =>
    expect(rectificationFindings([q1], [{ id: 11, rule: 'column-stale', department: 1 }], '2021-04-07').find((f) => f.department === 1)?.severity).toBe('red'))
  it('keeps a unit whose old notice closed but which has a new open notice of the same rule', () =>
    expect(rectificationFindings([q1], [{ id: 99, rule: 'new-media-stale', department: 2 }], '2021-04-01').map((f) => f.name)).toEqual(['长安镇', '西街街道']))
  it('drops a unit once its notices are resolved', () => expect(rectificationFindings([q1], [{ id: 50, rule: 'column-stale', department: 2 }], '2021-04-01').map((f) => f.name)).toEqual(['西街街道']))
  it('reports a problem entered by hand until the deadline only', () => {
    expect(rectificationFindings([q1], [], '2021-04-06').map((f) => [f.name, f.severity])).toEqual([['西街街道', 'yellow']])
    expect(rectificationFindings([q1], [], '2021-04-07')).toEqual([])
  })
  it('cites every 通报 still listing a unit in one finding, due at the earliest deadline', () => {
    const q2: PublishedBulletin = { ...q1, id: 8, title: '关于2021年第二季度全县政务公开工作检查情况的通报', deadline: '2021-07-09' }
    const [found] = rectificationFindings([q2, q1], [{ id: 11, rule: 'column-stale', department: 1 }], '2021-04-08').filter((f) => f.department === 1)
    expect(found).toMatchObject({ severity: 'red', deadline: '2021-04-06', bulletins: [7, 8] })
    expect(found!.message).toBe(
      '《关于2021年第一季度全县政务公开工作检查情况的通报》要求于 2021-04-06 前整改：栏目更新不及时（工作动态未及时更新）；《关于2021年第二季度全县政务公开工作检查情况的通报》要求于 2021-07-09 前整改：栏目更新不及时（工作动态未及时更新）',
    )
  })
})
