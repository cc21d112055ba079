/** Names and defaults of the link-check plugin (错链检查). */
export const LINK_CHECKS_SLUG = 'link-checks'
export const SETTINGS_GLOBAL = 'settings'
export const SETTINGS_GROUP = 'linkCheck'
export const DEPARTMENTS_SLUG = 'departments'
/** The scheduled task's name; slot keys are `link-check:<slot ISO>`. */
export const LINK_CHECK_TASK = 'link-check'
/** Key of the resolved options on `config.custom`. */
export const LINK_CHECK_KEY = 'linkCheck'
/** The audit rule the app registers (检查指标 "链接正常打开"; seed 000: 无错链、错图). */
export const BROKEN_LINK_RULE = { id: 'link-broken', title: '错链（链接无法正常打开）' } as const
