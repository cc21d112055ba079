export const EXPIRY_KEY = 'expiry'
export const SETTINGS_GROUP = 'expiry'
export const TASK_NAME = 'expire-documents'
export const RULE_ID = 'information-expired-online'
export const RULE_TITLE = '过期信息仍在网站公开'
export const DEFAULT_FIELDS = {
  effectiveUntil: 'effectiveUntil',
  validity: 'validity',
  validityChangedAt: 'validityChangedAt',
  keepOnline: 'keepAfterExpiry',
  department: 'department',
  title: 'title',
} as const
