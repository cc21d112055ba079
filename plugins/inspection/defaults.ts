/** Names and defaults of the inspection plugin. */
export const INSPECTION_KEY = 'inspection'
export const SLUGS = {
  documents: 'documents',
  columns: 'columns',
  departments: 'departments',
  newMediaAccounts: 'new-media-accounts',
  notices: 'audit-notices',
  applications: 'applications',
  interpretations: 'interpretations',
  settingsGlobal: 'settings',
  posts: 'new-media-posts',
  snapshots: 'inspection-snapshots',
  deductions: 'inspection-deductions',
  yearScores: 'inspection-year-scores',
} as const
