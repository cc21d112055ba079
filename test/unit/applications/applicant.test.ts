/** domain/applications/applicant.ts: what the portal accepts of an applicant (条例29), and how lists mask them. */
import { isResidentId, maskApplicant, parsePublicApplication } from '../../../domain/applications/applicant'

const person = { applicantType: 'person', name: ' 张三明 ', idNumber: '11010519491231002x', phone: '13812345678', description: '某信息', department: 3 }

describe('parsePublicApplication', () => {
  it('trims, upper-cases the check character, and keeps only known fields', () => {
    const parsed = parsePublicApplication({ ...person, extra: 'ignored', status: 'answered' })
    expect(parsed).toEqual({ ok: true, value: { applicantType: 'person', name: '张三明', idType: 'resident-id', idNumber: '11010519491231002X', phone: '13812345678', description: '某信息', department: 3 } })
  })

  it('asks a person for an identity document, an organisation for its credit code and a contact person', () => {
    const noId = parsePublicApplication({ ...person, idNumber: '' })
    expect(noId.ok ? [] : noId.problems.map((p) => p.path)).toEqual(['idNumber'])
    const org = parsePublicApplication({ applicantType: 'research', name: '某研究所', phone: '0710-1234567', description: '某信息', department: 3 })
    expect(org.ok ? [] : org.problems.map((p) => p.path)).toEqual(['organizationCode', 'contactPerson'])
  })

  it('needs one way to reach the applicant, a description and a department, and refuses what is too long', () => {
    const bare = parsePublicApplication({ applicantType: 'person', name: '张三', idType: 'passport', idNumber: 'E12345678', description: 'x'.repeat(4001) })
    expect(bare.ok ? [] : bare.problems.map((p) => `${p.path}:${p.message}`)).toEqual(['description:内容过长，最多 4000 个字', 'phone:请至少填写一种联系方式（电话、电子邮箱或通信地址）', 'department:请选择受理机关'])
  })

  it('takes any input without throwing', () => {
    for (const input of [null, undefined, 42, 'text', [], { applicantType: { $ne: 1 } }]) expect(parsePublicApplication(input).ok).toBe(false)
  })
})

describe('isResidentId', () => {
  it('checks the structure and the check character', () => {
    expect(isResidentId('11010519491231002X')).toBe(true)
    expect(isResidentId('110105194912310021')).toBe(false)
    expect(isResidentId('11010519491331002X')).toBe(false)
  })
})

describe('maskApplicant', () => {
  it('leaves a list the first and last characters only', () => {
    expect(maskApplicant({ name: '张三明', idNumber: '11010519491231002X', phone: '13812345678', email: 'a@b.cn', address: '某地', contactPerson: '李四' })).toEqual({
      name: '张*明',
      idNumber: '1101**********002X',
      phone: '138****5678',
      email: '***',
      address: '***',
      contactPerson: '李*',
    })
    expect(maskApplicant({ name: '王五' }).name).toBe('王*')
  })
})
