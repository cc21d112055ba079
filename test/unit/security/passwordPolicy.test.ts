/** Specification of the password rules (GB/T 22239-2019 8.1.4.1 a, 8.1.4.2 b) and Payload-compatible hash checks. */
import { describe, expect, it } from '@jest/globals'
import {
  characterClassesOf, passwordChangeMessage, passwordChangeReason, passwordProblems, passwordReuseMessage, WEAK_PASSWORD_MESSAGE,
} from '../../../domain/security/passwordPolicy'
import { matchesAnyPassword, matchesPassword } from '../../../domain/security/passwordHash'
import { SECURITY_DEFAULTS, withSecurityDefaults } from '../../../domain/security/securityDefaults'
import { generatePasswordSaltHash } from '../../../node_modules/payload/dist/auth/strategies/local/generatePasswordSaltHash.js'

const policy = SECURITY_DEFAULTS.password
const DAY = 86_400_000

/** Payload's own hashing, given only the parts of a request it reads (the config, and `t` for its messages). */
type HashArgs = { password: string; isPasswordAuthenticated: boolean; req: { payload: { config: object }; t: (key: string) => string } }
const hashPassword = generatePasswordSaltHash as (args: HashArgs) => ReturnType<typeof generatePasswordSaltHash>

describe('passwordProblems', () => {
  it.each([
    ['abc', ['密码长度至少为 8 位', '密码须包含大写字母、小写字母、数字、符号中的至少 3 类（当前 1 类）']],
    ['Ab1!', ['密码长度至少为 8 位']],
    ['abcdefgh1', ['密码须包含大写字母、小写字母、数字、符号中的至少 3 类（当前 2 类）']],
    ['ABCDEFGH', ['密码须包含大写字母、小写字母、数字、符号中的至少 3 类（当前 1 类）']],
  ])('refuses %j', (password, problems) => {
    expect(passwordProblems(password, policy)).toEqual(problems)
  })

  it.each(['Abcdefg1', 'abcdefg1!', 'ABCDEF1!', 'Test@2026-pass', 'Gongkai@2026', '政务公开abc12'])('accepts %j in development', (password) => {
    expect(passwordProblems(password, policy)).toEqual([])
  })

  it('counts every character that is not an ASCII letter or digit as a symbol', () => {
    expect(characterClassesOf('政务 公开-1a')).toEqual(['小写字母', '数字', '符号'])
  })

  it('follows the settings for length and classes', () => {
    expect(passwordProblems('Abcdefg1', { minLength: 12, minClasses: 4 })).toEqual([
      '密码长度至少为 12 位',
      '密码须包含大写字母、小写字母、数字、符号中的至少 4 类（当前 3 类）',
    ])
  })

  it.each(['Gongkai@2026', 'gongkai@2026', 'P@ssw0rd', 'Admin@123456', '1qaz@WSX'])('refuses the demo or common password %j in production', (password) => {
    expect(passwordProblems(password, policy, { production: true })).toEqual([WEAK_PASSWORD_MESSAGE])
  })

  it('refuses the configured DEMO_PASSWORD in production', () => {
    expect(passwordProblems('Lingjiang#2027', policy, { production: true, extraWeak: ['Lingjiang#2027'] })).toEqual([WEAK_PASSWORD_MESSAGE])
    expect(passwordProblems('Lingjiang#2027', policy, { production: true, extraWeak: [undefined] })).toEqual([])
  })

  it('names the reuse rule with its number', () => {
    expect(passwordReuseMessage(5)).toBe('新密码不能与最近 5 次使用过的密码相同')
  })
})

describe('passwordChangeReason', () => {
  const now = new Date('2026-12-01T00:00:00Z')

  it('asks for a change when an administrator set the password', () => {
    expect(passwordChangeReason({ mustChangePassword: true, passwordChangedAt: now }, now, 90)).toEqual({ kind: 'required' })
  })

  it('asks for a change when the password is 90 days old, not a day before', () => {
    expect(passwordChangeReason({ passwordChangedAt: new Date(now.getTime() - 89 * DAY) }, now, 90)).toBeNull()
    expect(passwordChangeReason({ passwordChangedAt: new Date(now.getTime() - 90 * DAY) }, now, 90)).toEqual({ kind: 'expired', maxAgeDays: 90 })
  })

  it('counts an account from before the rule from its creation', () => {
    expect(passwordChangeReason({ createdAt: new Date(now.getTime() - 100 * DAY).toISOString() }, now, 90)).toEqual({ kind: 'expired', maxAgeDays: 90 })
  })

  it('never expires a password when the period is 0', () => {
    expect(passwordChangeReason({ passwordChangedAt: '2000-01-01T00:00:00Z' }, now, 0)).toBeNull()
  })

  it('tells the user in Chinese where to change it', () => {
    expect(passwordChangeMessage({ kind: 'expired', maxAgeDays: 90 })).toBe(
      '请先修改密码：密码已超过 90 天未更换。请在管理后台右上角的“账户”页面设置新密码后再操作',
    )
  })
})

describe('settings over the defaults', () => {
  it('takes a default for a missing or invalid value and never keeps the log under 180 days', () => {
    const settings = withSecurityDefaults({ password: { minLength: 12, maxAgeDays: null }, log: { retentionDays: 30 } })
    expect(settings.password).toEqual({ ...SECURITY_DEFAULTS.password, minLength: 12 })
    expect(settings.log.retentionDays).toBe(180)
  })
})

describe('password hashes', () => {
  const req = { payload: { config: {} }, t: (key: string) => key }

  it('recognises a password hashed by Payload, and nothing else', async () => {
    const stored = await hashPassword({ password: 'Abcdefg1!', req, isPasswordAuthenticated: true })
    expect(await matchesPassword('Abcdefg1!', stored)).toBe(true)
    expect(await matchesPassword('Abcdefg1?', stored)).toBe(false)
  })

  it('finds a password among earlier ones', async () => {
    const older = await hashPassword({ password: 'Older-pass-1', req, isPasswordAuthenticated: true })
    const newer = await hashPassword({ password: 'Newer-pass-2', req, isPasswordAuthenticated: true })
    expect(await matchesAnyPassword('Older-pass-1', [newer, older])).toBe(true)
    expect(await matchesAnyPassword('Other-pass-3', [newer, older, null])).toBe(false)
  })
})
