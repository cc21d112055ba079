/** The app's names, as defaults only: the plugin takes every name from its options. */
export const DRAFTS_SLUG = 'annual-report-drafts'
export const DOCUMENTS_SLUG = 'documents'
export const APPLICATIONS_SLUG = 'applications'
export const COLUMNS_SLUG = 'columns'
export const DEPARTMENTS_SLUG = 'departments'
export const MEDIA_SLUG = 'media'
export const SETTINGS_GLOBAL = 'settings'
export const SETTINGS_GROUP = 'annualReport'
export const GOVERNMENT_NAME_PATH = 'branding.countyName'
export const GOVERNMENT_NAME_FALLBACK = 'XX县人民政府'
export const REPORT_KIND = 'annual-report'
export const ADMIN_GROUP = '政务公开'
/** The fields the plugin adds to the documents, and those of the host it reads. */
export const DOCUMENT_FIELDS = {
  category: 'reportCategory',
  effectiveFrom: 'effectiveFrom',
  effectiveUntil: 'effectiveUntil',
  formedAt: 'formedAt',
  validity: 'validity',
  validityChangedAt: 'validityChangedAt',
} as const
/** `req.context` flag of the plugin's own writes of a draft (the generated document, the snapshot). */
export const SYSTEM_WRITE = 'gongkaiAnnualReportSystemWrite'
