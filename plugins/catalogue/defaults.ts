export const CATALOGUE_KEY = 'catalogue'
export const DOMAINS_SLUG = 'catalogue-domains'
export const MATTERS_SLUG = 'catalogue-matters'
export const COLUMN_FIELD = 'catalogueMatters'
export const SETTINGS_GROUP = 'catalogue'
export const RULE_ID = 'catalogue-deadline'
export const RULE_TITLE = '标准目录事项未按时限公开'
export const DOCUMENT_FIELDS = {
  title: 'title',
  column: 'column',
  department: 'department',
  disclosure: 'disclosure',
  publishedAt: 'publishedAt',
  startDates: ['formedAt'],
} as const
export const PUBLIC_DISCLOSURES = ['proactive', 'partial'] as const

export const AUDIENCES = [
  { value: 'public', label: '全社会' },
  { value: 'specific', label: '特定群众' },
] as const
export const MODES = [
  { value: 'proactive', label: '主动公开' },
  { value: 'on-request', label: '依申请公开' },
] as const
export const LEVELS = [
  { value: 'county', label: '县级' },
  { value: 'township', label: '乡级' },
] as const
