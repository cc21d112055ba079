import { beijingDay, DATE_MESSAGES, plausibleDateError } from '../../../domain/plausibleDate'
import { ATTACHMENT_MESSAGES, badFilename } from '../../../domain/attachments'
import { authorsOf, clearsContentEditors, withContentEditor } from '../../../domain/workflow/authorship'
import { contentHash, CONTENT_FIELDS } from '../../../domain/workflow/contentHash'

const now = new Date('2026-12-01T20:00:00.000Z') // 2026-12-02 04:00 in Beijing
const range = { earliest: '1949-01-01', maxFutureDays: 30 }

describe('plausibleDateError', () => {
  it('counts days in Beijing time', () => {
    expect(beijingDay(now)).toBe('2026-12-02')
  })

  it.each(['-271821-04-20', '+275760-09-13T00:00:00.000Z', '1948-12-31T15:59:59.999Z', '2027-01-01T16:00:00.000Z'])('refuses %s', (value) => {
    expect(plausibleDateError(value, '成文日期', range, now)).toBe('成文日期须在1949-01-01至2027-01-01之间')
  })

  it.each(['1948-12-31T16:00:00.000Z', '2026-12-02', '2027-01-01T15:59:59.999Z', new Date('2000-01-01')])('accepts %s', (value) => {
    expect(plausibleDateError(value, '成文日期', range, now)).toBeNull()
  })

  it('refuses what is no date, and leaves empty values to the required rule', () => {
    expect(plausibleDateError('明天', '成文日期', range, now)).toBe(DATE_MESSAGES.invalid('成文日期'))
    expect(DATE_MESSAGES.invalid('成文日期')).toBe('成文日期格式不正确，请按“年-月-日”填写')
    expect(plausibleDateError(null, '成文日期', range, now)).toBeNull()
    expect(plausibleDateError('', '成文日期', range, now)).toBeNull()
  })

  it('takes the days ahead from the setting', () => {
    expect(plausibleDateError('2027-06-01', '成文日期', { ...range, maxFutureDays: 365 }, now)).toBeNull()
    expect(plausibleDateError('2026-12-03', '成文日期', { ...range, maxFutureDays: 0 }, now)).toBe('成文日期须在1949-01-01至2026-12-02之间')
  })
})

describe('badFilename', () => {
  it.each(['a\u0000b.txt', 'a\nb.txt', 'a\u007fb.txt'])('refuses %j', (name) => expect(badFilename(name)).toBe(true))
  it.each(['通知.txt', 'a b.pdf', undefined])('accepts %j', (name) => expect(badFilename(name)).toBe(false))
  it('says why in Chinese', () => expect(ATTACHMENT_MESSAGES.badFilename).toBe('文件名不能包含空字符或其他控制字符，请重命名后再上传'))
})

describe('authorship', () => {
  it('adds each content editor once', () => {
    expect(withContentEditor([1], 2)).toEqual([1, 2])
    expect(withContentEditor([1, 2], '2')).toEqual([1, 2])
    expect(withContentEditor([1], null)).toEqual([1])
  })

  it('counts the original author and the editors since the last reviewed publication', () => {
    expect(authorsOf(7, [3, 7, 4])).toEqual([7, 3, 4])
    expect(authorsOf(null, [3])).toEqual([3])
    expect(authorsOf(undefined, [])).toEqual([])
  })

  it('starts a new list only when reviews published the version', () => {
    expect(clearsContentEditors('approve', 'published')).toBe(true)
    expect(clearsContentEditors('publish-scheduled', 'published')).toBe(true)
    expect(clearsContentEditors('force-publish', 'published')).toBe(false)
    expect(clearsContentEditors('return', 'draft')).toBe(false)
    expect(clearsContentEditors('approve', 'scheduled')).toBe(false)
  })
})

describe('contentHash › files by their bytes', () => {
  const doc = { title: '标题', attachments: [{ id: 1 }, 2] }

  it('changes when a linked file’s SHA-256 changes under the same id', () => {
    const before = contentHash(CONTENT_FIELDS.documents, doc, { '1': 'aa', '2': 'bb' })
    expect(contentHash(CONTENT_FIELDS.documents, doc, { '1': 'aa', '2': 'cc' })).not.toBe(before)
    expect(contentHash(CONTENT_FIELDS.documents, { ...doc, attachments: [1, { id: 2 }] }, { '1': 'aa', '2': 'bb' })).toBe(before)
  })

  it('covers an interpretation’s media the same way', () => {
    const item = { title: '解读', media: [5] }
    expect(contentHash(CONTENT_FIELDS.interpretations, item, { '5': 'x' })).not.toBe(contentHash(CONTENT_FIELDS.interpretations, item, { '5': 'y' }))
  })

  it('keeps the hash of an item without files as before', () => {
    expect(contentHash(CONTENT_FIELDS.documents, { title: '标题', attachments: [] })).toBe(contentHash(CONTENT_FIELDS.documents, { title: '标题', attachments: [] }, { '1': 'aa' }))
  })
})
