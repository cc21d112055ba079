/**
 * 口令策略 (GB/T 22239-2019 8.1.4.1 a, 8.1.4.2 b): length and character classes, no demo or common weak
 * password in production, and when a password must be changed (set by an administrator, or too old).
 */

export type PasswordPolicy = { minLength: number; minClasses: number }

/** The demo accounts' documented password (README.md), refused in production with the list below. */
export const DEMO_PASSWORD_DEFAULT = 'Gongkai@2026'

/**
 * Passwords that pass the class rule yet top every leaked list (and the ones an installer types first).
 * Compared without case.
 */
export const COMMON_WEAK_PASSWORDS: readonly string[] = [
  DEMO_PASSWORD_DEFAULT,
  'Admin@123', 'Admin@1234', 'Admin@12345', 'Admin@123456', 'Admin123!', 'admin@2024', 'admin@2025', 'admin@2026',
  'P@ssw0rd', 'P@ssword1', 'Passw0rd!', 'Password@123', 'Password123!', 'Password1!',
  'Abc@123456', 'Abc@1234', 'Abcd@1234', 'Abcd1234!', 'Aa123456!', 'Aa@123456', 'Qwer@1234', 'Qwer1234!', 'Qwe@123456',
  '1qaz@WSX', '1qaz!QAZ', '1qaz2wsx!', 'Zaq1@wsx', 'Huawei@123', 'Root@123', 'Root@1234', 'Test@123', 'Test@1234',
  'Welcome@123', 'Welcome1!', 'Gov@123456', 'Zwgk@123456', 'Gongkai@123', 'Gongkai123!',
]

export const CHARACTER_CLASSES = ['大写字母', '小写字母', '数字', '符号'] as const

/** Which of upper case, lower case, digits and symbols (anything else) the password uses. */
export const characterClassesOf = (password: string): Array<(typeof CHARACTER_CLASSES)[number]> => {
  const found = new Set<(typeof CHARACTER_CLASSES)[number]>()
  for (const char of password) {
    if (/[A-Z]/.test(char)) found.add('大写字母')
    else if (/[a-z]/.test(char)) found.add('小写字母')
    else if (/[0-9]/.test(char)) found.add('数字')
    else found.add('符号')
  }
  return CHARACTER_CLASSES.filter((c) => found.has(c))
}

export const isWeakPassword = (password: string, extra: ReadonlyArray<string | undefined> = []): boolean => {
  const lower = password.toLowerCase()
  return [...COMMON_WEAK_PASSWORDS, ...extra].some((weak) => typeof weak === 'string' && weak !== '' && weak.toLowerCase() === lower)
}

export const WEAK_PASSWORD_MESSAGE = '该密码是演示密码或常见弱口令，生产环境不允许使用'

/** Chinese reasons the password is refused, empty when it is acceptable. */
export const passwordProblems = (
  password: string,
  policy: PasswordPolicy,
  options: { production?: boolean; extraWeak?: ReadonlyArray<string | undefined> } = {},
): string[] => {
  const problems: string[] = []
  if ([...password].length < policy.minLength) problems.push(`密码长度至少为 ${policy.minLength} 位`)
  const classes = characterClassesOf(password).length
  if (classes < policy.minClasses) {
    problems.push(`密码须包含大写字母、小写字母、数字、符号中的至少 ${policy.minClasses} 类（当前 ${classes} 类）`)
  }
  if (options.production && isWeakPassword(password, options.extraWeak)) problems.push(WEAK_PASSWORD_MESSAGE)
  return problems
}

export const passwordReuseMessage = (historyCount: number): string => `新密码不能与最近 ${historyCount} 次使用过的密码相同`

export type PasswordChangeReason = { kind: 'required' } | { kind: 'expired'; maxAgeDays: number }

const HOW_TO_CHANGE = '请在管理后台右上角的“账户”页面设置新密码后再操作'

export const passwordChangeMessage = (reason: PasswordChangeReason): string =>
  reason.kind === 'required'
    ? `请先修改密码：当前密码是管理员设置的初始密码或已被要求更换。${HOW_TO_CHANGE}`
    : `请先修改密码：密码已超过 ${reason.maxAgeDays} 天未更换。${HOW_TO_CHANGE}`

/**
 * Whether the user must change the password before doing anything else: an administrator set it (a new
 * account or a reset), or it is older than `maxAgeDays` (0 = never). Accounts from before the rule count
 * from their creation.
 */
export const passwordChangeReason = (
  user: { mustChangePassword?: boolean | null; passwordChangedAt?: string | Date | null; createdAt?: string | Date | null },
  now: Date,
  maxAgeDays: number,
): PasswordChangeReason | null => {
  if (user.mustChangePassword) return { kind: 'required' }
  if (!maxAgeDays) return null
  const since = user.passwordChangedAt ?? user.createdAt
  if (!since) return null
  const changed = new Date(since).getTime()
  if (Number.isNaN(changed)) return null
  return now.getTime() - changed >= maxAgeDays * 86_400_000 ? { kind: 'expired', maxAgeDays } : null
}
