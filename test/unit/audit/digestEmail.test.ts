import { renderDigest, retryDelayMinutes } from '../../../domain/audit/digestEmail'

const items = [
  { rule: 'column-stale', severity: 'yellow' as const, subjectType: 'columns', subjectId: '3', subjectTitle: '工作动态', message: '栏目已 10 天未更新', dueAt: '2026-11-14T15:59:59.999Z' },
  { rule: 'new-media-stale', severity: 'red' as const, subjectType: 'new-media-accounts', subjectId: '9', subjectTitle: '微信“<某县>发布”', message: '已 20 天未更新', dueAt: null },
]

describe('the digest email', () => {
  const mail = renderDigest({ departmentName: '县财政局', items, runDate: '2026-11-20', adminUrl: 'https://gk.example.gov.cn', timeZone: 'Asia/Shanghai' })

  it('has a Chinese subject with the counts', () => {
    expect(mail.subject).toBe('【政务公开督办】县财政局：1 项逾期、1 项预警（2026-11-20）')
  })

  it('lists red items first, with deadlines and admin links, in text and escaped HTML', () => {
    expect(mail.text.indexOf('政务新媒体未按期更新')).toBeLessThan(mail.text.indexOf('栏目未按期更新'))
    expect(mail.text).toContain('期限：2026-11-14')
    expect(mail.text).toContain('https://gk.example.gov.cn/admin/collections/columns/3')
    expect(mail.html).toContain('&lt;某县&gt;')
    expect(mail.html).not.toContain('<某县>')
    expect(mail.html).toContain('href="https://gk.example.gov.cn/admin/collections/new-media-accounts/9"')
  })
})

describe('retry backoff', () => {
  it.each([[1, 60], [2, 120], [3, 240], [5, 960], [6, 1440], [40, 1440]])('after %i failed attempts waits %i minutes', (attempts, minutes) => {
    expect(retryDelayMinutes(attempts, 60, 1440)).toBe(minutes)
  })
})

describe('a long digest', () => {
  it('lists at most maxItems, red first, and says how many more there are', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ ...items[0], subjectId: String(i), subjectTitle: `栏目${i}` }))
    const mail = renderDigest({ departmentName: '县财政局', items: [...many, items[1]], runDate: '2026-11-20', adminUrl: 'https://x', timeZone: 'Asia/Shanghai', maxItems: 3 })
    expect(mail.subject).toContain('1 项逾期、5 项预警')
    expect(mail.text).toContain('另有 3 项未列出')
    expect(mail.text).toContain('政务新媒体未按期更新')
    expect(mail.html).toContain('另有 3 项未列出')
  })
})
