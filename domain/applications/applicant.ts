/**
 * An applicant as the public endpoint receives them (条例29: 姓名或名称, 身份证明, 联系方式, a description of the
 * information, the form of delivery), checked field by field with Chinese reasons, and masked for lists.
 */
import { APPLICANT_TYPES, DELIVERIES, ID_TYPES, type ApplicantType } from './vocabulary'
import { hasResidentIdStructure, residentIdCheckChar } from '../precheck/residentId'
import { isValidUscc } from '../organizationCode'

export type PublicApplication = {
  applicantType: ApplicantType
  name: string
  idType?: string
  idNumber?: string
  organization?: string
  organizationCode?: string
  contactPerson?: string
  phone?: string
  email?: string
  address?: string
  description: string
  purpose?: string
  delivery?: string
  department: string | number
}

export type FieldProblem = { path: string; message: string }

const LIMITS = { name: 100, idNumber: 40, organization: 200, organizationCode: 18, contactPerson: 50, phone: 30, email: 254, address: 200, description: 4000, purpose: 1000 } as const

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() || undefined : undefined)

/** A valid 18-character resident ID: structure (province, real birth date) and check character. */
export const isResidentId = (value: string): boolean =>
  /^\d{17}[\dX]$/.test(value) && hasResidentIdStructure(value.slice(0, 17)) && residentIdCheckChar(value.slice(0, 17)) === value[17]

/**
 * The application, trimmed and typed, or every problem with it (path and Chinese reason). Unknown keys are ignored;
 * nothing here trusts the client's types.
 */
export const parsePublicApplication = (input: unknown): { ok: true; value: PublicApplication } | { ok: false; problems: FieldProblem[] } => {
  const body = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>
  const problems: FieldProblem[] = []
  const value: Record<string, unknown> = {}
  for (const [key, max] of Object.entries(LIMITS)) {
    const v = text(body[key])
    if (v === undefined) continue
    if (v.length > max) problems.push({ path: key, message: `内容过长，最多 ${max} 个字` })
    value[key] = v
  }
  const type = body.applicantType
  if (!APPLICANT_TYPES.some((t) => t.value === type)) problems.push({ path: 'applicantType', message: '请选择申请人类型：自然人，或法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）' })
  else value.applicantType = type
  if (!value.name) problems.push({ path: 'name', message: type === 'person' ? '请填写申请人姓名' : '请填写申请人名称' })
  if (type === 'person') {
    if (!value.idNumber) problems.push({ path: 'idNumber', message: '请填写身份证件号码（条例第二十九条：申请人的身份证明）' })
    const idType = body.idType ?? 'resident-id'
    if (!ID_TYPES.some((t) => t.value === idType)) problems.push({ path: 'idType', message: '证件类型无效' })
    else value.idType = idType
    if (idType === 'resident-id' && value.idNumber && !isResidentId(String(value.idNumber).toUpperCase())) problems.push({ path: 'idNumber', message: '居民身份证号码无效，请核对后重新填写' })
    if (idType === 'resident-id' && value.idNumber) value.idNumber = String(value.idNumber).toUpperCase()
  } else if (type) {
    if (!value.organizationCode) problems.push({ path: 'organizationCode', message: '请填写统一社会信用代码' })
    else if (!isValidUscc(String(value.organizationCode).toUpperCase())) problems.push({ path: 'organizationCode', message: '统一社会信用代码无效，请核对后重新填写' })
    else value.organizationCode = String(value.organizationCode).toUpperCase()
    if (!value.contactPerson) problems.push({ path: 'contactPerson', message: '请填写联系人' })
  }
  if (!value.phone && !value.email && !value.address) problems.push({ path: 'phone', message: '请至少填写一种联系方式（电话、电子邮箱或通信地址）' })
  if (value.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value.email))) problems.push({ path: 'email', message: '电子邮箱格式不正确' })
  if (value.phone && !/^[\d\-+() ]{6,30}$/.test(String(value.phone))) problems.push({ path: 'phone', message: '联系电话格式不正确' })
  if (!value.description) problems.push({ path: 'description', message: '请描述所需政府信息的名称、文号或便于查询的其他特征' })
  if (body.delivery !== undefined) {
    if (!DELIVERIES.some((d) => d.value === body.delivery)) problems.push({ path: 'delivery', message: '获取信息的方式无效' })
    else value.delivery = body.delivery
  }
  const department = body.department
  if ((typeof department !== 'string' && typeof department !== 'number') || String(department).trim() === '') problems.push({ path: 'department', message: '请选择受理机关' })
  else value.department = department
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: value as PublicApplication }
}

const maskMiddle = (value: unknown, keepStart: number, keepEnd: number): unknown => {
  if (typeof value !== 'string' || value.length === 0) return value
  const chars = [...value]
  if (chars.length <= keepStart + keepEnd) return chars[0] + '*'.repeat(Math.max(1, chars.length - 1))
  return chars.slice(0, keepStart).join('') + '*'.repeat(chars.length - keepStart - keepEnd) + chars.slice(chars.length - keepEnd).join('')
}

/** The applicant as a list shows them: 张*明, 4211**********1234, 138****5678; address and e-mail hidden. */
export const maskApplicant = <T extends Record<string, unknown>>(applicant: T): T => ({
  ...applicant,
  name: maskMiddle(applicant.name, 1, 1),
  idNumber: maskMiddle(applicant.idNumber, 4, 4),
  phone: maskMiddle(applicant.phone, 3, 4),
  email: applicant.email ? '***' : applicant.email,
  address: applicant.address ? '***' : applicant.address,
  contactPerson: maskMiddle(applicant.contactPerson, 1, 0),
})
