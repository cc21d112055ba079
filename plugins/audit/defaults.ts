/** Names and defaults of the audit plugin. */
export const NOTICES_SLUG = 'audit-notices'
export const DIGESTS_SLUG = 'audit-digests'
export const DEPARTMENTS_SLUG = 'departments'
export const SETTINGS_GLOBAL = 'settings'
export const SECRET_ENV = 'AUDIT_SECRET'
/** Key of the resolved options on `config.custom`. */
export const AUDIT_KEY = 'audit'
/** The scheduled task's name; slot keys are `daily-audit:<slot ISO>`. */
export const AUDIT_TASK = 'daily-audit'
/** The fields of a department the digests read. */
export const DEPARTMENT_FIELDS = { name: 'name', emails: 'noticeEmails' } as const
/** The built-in rule gathering what only an unknown year decides. */
export const CALENDAR_PENDING = { id: 'calendar-pending', title: '时限跨入未录入节假日安排的年度' } as const
