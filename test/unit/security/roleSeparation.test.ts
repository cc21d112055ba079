/** Specification of 三员分立 (GB/T 22239-2019 8.1.4.2 d): one of the three per person, never with content roles. */
import { describe, expect, it } from '@jest/globals'
import { ROLE_CHANGE_MESSAGES, roleChangeError, roleSeparationError } from '../../../domain/security/roleSeparation'

const TWO = '系统管理员、安全管理员、审计管理员须由不同人员担任，一个账号只能担任其中一个角色'

describe('roleSeparationError', () => {
  it.each([[['system-admin']], [['security-admin']], [['audit-admin']], [['admin']], [['editor', 'approver']], [['admin', 'editor']]])(
    'accepts %j',
    (roles) => {
      expect(roleSeparationError(roles)).toBeNull()
    },
  )

  it.each([[['system-admin', 'audit-admin']], [['security-admin', 'audit-admin']], [['system-admin', 'security-admin', 'audit-admin']]])(
    'refuses two of the three in %j',
    (roles) => {
      expect(roleSeparationError(roles)).toBe(TWO)
    },
  )

  it.each([
    [['system-admin', 'editor'], '系统管理员'],
    [['security-admin', 'approver'], '安全管理员'],
    [['audit-admin', 'reviewer'], '审计管理员'],
    [['audit-admin', 'secrecy'], '审计管理员'],
    [['system-admin', 'admin'], '系统管理员'],
  ])('refuses %j', (roles, label) => {
    expect(roleSeparationError(roles)).toBe(`${label}不能同时担任网站管理员、信息报送员、初审、保密审查员或终审领导（三员不得编辑内容或签署审核）`)
  })
})

describe('roleChangeError', () => {
  const systemAdmin = { id: 1, roles: ['system-admin'] }

  it('lets a system administrator change someone else’s content roles', () => {
    expect(roleChangeError(systemAdmin, { id: 2, before: ['editor'], after: ['editor', 'reviewer'] })).toBeNull()
  })

  it('refuses anyone but a 网站管理员 changing their own roles', () => {
    expect(roleChangeError(systemAdmin, { id: 1, before: ['system-admin'], after: ['audit-admin'] })).toBe(ROLE_CHANGE_MESSAGES.own)
    expect(roleChangeError({ id: 3, roles: ['admin'] }, { id: 3, before: ['admin'], after: ['admin', 'editor'] })).toBeNull()
  })

  it('keeps granting and revoking 网站管理员 to a 网站管理员', () => {
    expect(roleChangeError(systemAdmin, { id: 2, before: ['editor'], after: ['admin'] })).toBe(ROLE_CHANGE_MESSAGES.grantAdmin)
    expect(roleChangeError(systemAdmin, { id: 2, before: ['admin'], after: ['editor'] })).toBe(ROLE_CHANGE_MESSAGES.grantAdmin)
  })

  it('says nothing when the roles stay the same', () => {
    expect(roleChangeError(systemAdmin, { id: 1, before: ['system-admin'], after: ['system-admin'] })).toBeNull()
  })
})
