/**
 * hooks/validation/formStateRefusal.ts: a hook's refusal answered in the admin's form state (validation event
 * 'onChange'), never in a save (event 'submit', where the hook refuses and Payload's own validation runs alone).
 */
import type { PayloadRequest } from 'payload'
import { documentErrors } from '../../domain/documentRules'
import { refusedInFormState, ruleAt } from '../../hooks/validation/formStateRefusal'

const req = {} as PayloadRequest
const required = (value: unknown) => (value ? true : '此字段为必填项')

describe('refusedInFormState', () => {
  const validate = refusedInFormState((value) => (value === 'bad' ? '不行' : null), required)

  it('answers the form state with the check’s reason', async () => {
    expect(await validate('bad', { event: 'onChange', req })).toBe('不行')
  })

  it('falls back to the field’s own validation when the check finds nothing', async () => {
    expect(await validate('good', { event: 'onChange', req })).toBe(true)
    expect(await validate('', { event: 'onChange', req })).toBe('此字段为必填项')
  })

  it('leaves a save to the hook: on submit only the field’s own validation runs', async () => {
    expect(await validate('bad', { event: 'submit', req })).toBe(true)
    expect(await validate('', { event: 'submit', req })).toBe('此字段为必填项')
  })

  it('hands the check the stored value the form started from', async () => {
    const seen: unknown[] = []
    const withStored = refusedInFormState((_value, { previousValue }) => {
      seen.push(previousValue)
      return null
    }, required)
    await withStored('x', { event: 'onChange', req, previousValue: 'stored' })
    expect(seen).toEqual(['stored'])
  })
})

describe('ruleAt', () => {
  // The 发文字号 no longer refuses (issue 16: a review warning); the 转载 confirmation is a field the rule refuses.
  it('takes the reason of one path from a domain rule over the whole form', async () => {
    const verified = ruleAt(documentErrors, 'repostSourceVerified')
    const data = { disclosure: 'proactive', reposted: true, repostSource: '湖北省人民政府网', repostOriginalDate: '2026-03-02', repostSourceVerified: false }
    expect(await verified(false, { data, siblingData: data, req, previousValue: undefined })).toMatch(/未经官方证实/)
    const fine = { ...data, repostSourceVerified: true }
    expect(await verified(true, { data: fine, siblingData: fine, req, previousValue: undefined })).toBeUndefined()
  })
})
