/**
 * Defaults of the 安全设置 global (accounts, login, sessions, the security audit log): the 等保 2.0 第三级
 * application controls as numbers the 安全管理员 can change. docs/security.md explains each one.
 */
export const SECURITY_DEFAULTS = {
  password: {
    /** 8.1.4.1 a): 口令具有复杂度要求. */
    minLength: 8,
    /** Of upper case, lower case, digits and symbols. */
    minClasses: 3,
    /** A new password may not repeat the current one or the ones before it: this many in all. */
    historyCount: 5,
    /** 8.1.4.1 a): 定期更换. 0 = never expires. */
    maxAgeDays: 90,
  },
  login: {
    /** Failures of one account (counted per email string, known or not) before each attempt waits. */
    accountDelayAfterFailures: 5,
    /** Failures from one client address before each attempt from it waits. */
    ipDelayAfterFailures: 20,
    /** The wait doubles with every further failure (2, 4, 8 … seconds) up to this. */
    delayMaxSeconds: 300,
    /** Failures are forgotten after this long without a new one. */
    failureWindowMinutes: 60,
    /** The 安全管理员 are mailed when an account reaches this many failures. */
    alertAfterFailures: 10,
    /** … and when a client address reaches this many. */
    ipAlertAfterFailures: 50,
  },
  session: {
    /** 8.1.4.1 b): 登录连接超时自动退出. */
    idleMinutes: 30,
  },
  log: {
    /** 网络安全法 第二十一条: 网络日志留存不少于六个月. Values under 180 are refused. */
    retentionDays: 180,
  },
} as const

/** The shortest retention the settings accept (180 days, 网络安全法 第二十一条). */
export const MIN_LOG_RETENTION_DAYS = 180

type Widen<T> = { -readonly [K in keyof T]: T[K] extends number ? number : Widen<T[K]> }
export type SecuritySettings = Widen<typeof SECURITY_DEFAULTS>

/** Stored settings over the defaults: a missing or null value (a new field on an old row) takes its default. */
export const withSecurityDefaults = (stored: Record<string, unknown> | null | undefined): SecuritySettings => {
  const merged = {} as Record<string, Record<string, number>>
  for (const [group, defaults] of Object.entries(SECURITY_DEFAULTS)) {
    const values = (stored?.[group] ?? {}) as Record<string, unknown>
    merged[group] = Object.fromEntries(
      Object.entries(defaults).map(([name, fallback]) => {
        const value = values[name]
        return [name, typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback]
      }),
    )
  }
  const settings = merged as unknown as SecuritySettings
  settings.log.retentionDays = Math.max(MIN_LOG_RETENTION_DAYS, settings.log.retentionDays)
  return settings
}
