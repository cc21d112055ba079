/** Rules of a 政务新媒体 account record (one account per unit and platform: 寻乌县《关于规范全县政务公开相关工作的通知》; 注销备案: 甘州区《关于全区第一季度政府信息公开情况的通报》). */
import type { FieldError } from './documentRules'
import { messageOf } from './errors'

export type AccountInput = { status?: string | null; closedAt?: string | Date | null; filedAt?: string | Date | null }

export const ACCOUNT_MESSAGES = {
  closedAtRequired: '账号状态为“已注销”时须填写注销日期',
  duplicateActive: (platformLabel: string) => messageOf('app.account-duplicate-active', platformLabel),
  closedBeforeFiled: '注销日期不能早于备案日期',
} as const

export const accountErrors = (account: AccountInput): FieldError[] => {
  const errors: FieldError[] = []
  if (account.status === 'closed' && !account.closedAt) errors.push({ path: 'closedAt', message: ACCOUNT_MESSAGES.closedAtRequired })
  if (account.closedAt && account.filedAt && new Date(account.closedAt) < new Date(account.filedAt)) {
    errors.push({ path: 'closedAt', message: ACCOUNT_MESSAGES.closedBeforeFiled })
  }
  return errors
}
