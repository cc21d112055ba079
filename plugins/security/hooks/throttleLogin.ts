/**
 * 登录失败处理 (GB/T 22239-2019 8.1.4.1 b) for every way in — REST, GraphQL `loginUser`, the admin and the Local
 * API all run the login operation: checks the password before Payload does, counts failures per email string
 * and per client address, makes further attempts wait (never locks), alerts the 安全管理员 and logs each
 * attempt. Unknown emails, wrong passwords and attempts that must wait get one and the same answer.
 */
import type { CollectionBeforeOperationHook, Payload, PayloadRequest } from 'payload'
import { codedError, type CodedError } from '../../../domain/errors'
import type { Id } from '../../../domain/ids'
import { nextAttemptAt, reachesAlert } from '../../../domain/security/loginDelay'
import { matchesPassword, wastePasswordCheck } from '../../../domain/security/passwordHash'
import { isWeakPassword } from '../../../domain/security/passwordPolicy'
import type { SecuritySettings } from '../../../domain/security/securityDefaults'
import { securityNow } from '../clock'
import { getSecuritySettings } from '../settings'
import { appendSecurityEvent, track } from '../actions/appendSecurityEvent'
import { addFailure, clearFailures, emailKey, ipKey, oneAtATime, readFailures } from '../actions/loginFailures'
import { clientIpOf } from '../actions/requestInfo'
import { sendLoginAlert, type LoginAlert } from '../actions/sendLoginAlert'
import { isProduction, demoPasswords } from './passwordRules'
import { optionsOf } from '../options'

type Stored = { id: Id; name?: string; email?: string; roles?: string[]; hash?: string; salt?: string }

export const loginRefused = (): CodedError => codedError('security.login-refused')

const policies = (settings: SecuritySettings) => ({
  account: { afterFailures: settings.login.accountDelayAfterFailures, maxSeconds: settings.login.delayMaxSeconds, windowMinutes: settings.login.failureWindowMinutes },
  ip: { afterFailures: settings.login.ipDelayAfterFailures, maxSeconds: settings.login.delayMaxSeconds, windowMinutes: settings.login.failureWindowMinutes },
})

/** Runs after the refusal (tracked, not awaited), so it writes its entry in a transaction of its own. */
const alert = async (payload: Payload, details: LoginAlert): Promise<void> => {
  const recipients = await sendLoginAlert(payload, details)
  await appendSecurityEvent(
    payload,
    {
      event: 'login-alert',
      outcome: 'failure',
      actor: null,
      actorEmail: details.email,
      ip: details.ip,
      summary: `${details.kind === 'account' ? `账号 ${details.email}` : `来源地址 ${details.ip}`} 连续登录失败 ${details.failures} 次，已通知安全管理员`,
      details: { kind: details.kind, failures: details.failures, notified: recipients },
    },
  )
}

const refuse = async (payload: Payload, req: PayloadRequest, email: string, ip: string, user: Stored | null, reason: string, summary: string): Promise<never> => {
  await appendSecurityEvent(
    payload,
    { event: 'login-failed', outcome: 'failure', actor: user, actorEmail: email, ip, targetCollection: optionsOf(payload).accounts, targetId: user?.id ?? null, summary, details: { reason } },
    req,
  ).catch((error) => payload.logger.error({ err: error, msg: '安全审计：登录失败记录写入失败' }))
  throw loginRefused()
}

export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = data?.password
  // Missing fields: Payload answers with its own "required" errors.
  if (!email || typeof password !== 'string' || password.trim() === '') return args
  const { payload } = req
  const { accounts, systemAccounts } = optionsOf(payload)
  const ip = clientIpOf(req)
  return oneAtATime(emailKey(email), async () => {
    const settings = await getSecuritySettings(payload)
    const policy = policies(settings)
    const now = securityNow()
    const [accountState, ipState] = await Promise.all([readFailures(payload, emailKey(email), req), readFailures(payload, ipKey(ip), req)])
    const user = await payload.db.findOne<Stored>({ collection: accounts, where: { email: { equals: email } }, req })
    if (nextAttemptAt(accountState, now, policy.account) || nextAttemptAt(ipState, now, policy.ip)) {
      return refuse(payload, req, email, ip, user, 'delayed', `${email} 登录失败：失败次数过多，须等待后再试（本次未核对密码）`)
    }
    // Robots (the 定时发布 account) act for the system and never sign in, whatever password is tried.
    const robot = systemAccounts.includes(email)
    const matches = user && !robot ? await matchesPassword(password, user) : await wastePasswordCheck(password)
    if (!matches) {
      const window = settings.login.failureWindowMinutes
      const account = await addFailure(payload, emailKey(email), now, window, req)
      const fromIp = await addFailure(payload, ipKey(ip), now, window, req)
      if (reachesAlert(account.before, account.after, settings.login.alertAfterFailures)) {
        track(payload, alert(payload, { kind: 'account', email, ip, failures: account.after, at: now }), '登录失败告警')
      }
      if (reachesAlert(fromIp.before, fromIp.after, settings.login.ipAlertAfterFailures)) {
        track(payload, alert(payload, { kind: 'ip', email, ip, failures: fromIp.after, at: now }), '登录失败告警')
      }
      const reason = robot ? 'system-account' : user ? 'wrong-password' : 'unknown-account'
      return refuse(payload, req, email, ip, user, reason, `${email} 登录失败（第 ${account.after} 次）`)
    }
    await clearFailures(payload, emailKey(email), req)
    // A demo or common password still stored in production: allowed in once, then it has to be changed.
    if (isProduction() && isWeakPassword(password, demoPasswords())) {
      await payload.db.updateOne({ collection: accounts, id: user!.id, data: { mustChangePassword: true, updatedAt: null }, req })
    }
    return args
  })
}
