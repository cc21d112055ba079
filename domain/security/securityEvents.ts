/** What the 安全审计日志 records (GB/T 22239-2019 8.1.4.3 a): a closed list, each with its Chinese name. */

export const SECURITY_EVENTS = [
  ['login', '登录成功'],
  ['login-failed', '登录失败'],
  ['login-alert', '登录失败告警'],
  ['logout', '退出登录'],
  ['session-expired', '会话超时退出'],
  ['password-changed', '修改密码'],
  ['password-reset', '重置密码'],
  ['user-created', '新建账号'],
  ['user-updated', '修改账号'],
  ['roles-changed', '角色变更'],
  ['department-changed', '所属部门变更'],
  ['organization-changed', '部门信息变更'],
  ['settings-changed', '设置变更'],
  ['record-deleted', '删除数据'],
  ['workflow', '审核流程操作'],
  ['log-exported', '导出安全审计日志'],
  ['log-purged', '清理过期安全审计日志'],
] as const

export type SecurityEventKind = (typeof SECURITY_EVENTS)[number][0]

export const SECURITY_EVENT_OPTIONS = SECURITY_EVENTS.map(([value, label]) => ({ value, label }))

export const securityEventLabel = (kind: string): string => SECURITY_EVENTS.find(([value]) => value === kind)?.[1] ?? kind

export const SECURITY_OUTCOMES = [
  ['success', '成功'],
  ['failure', '失败'],
] as const
export type SecurityOutcome = (typeof SECURITY_OUTCOMES)[number][0]
