/** The app's slugs, as defaults only: the plugin takes every name from its options. */
export const APPLICATIONS_SLUG = 'applications'
export const DEPARTMENTS_SLUG = 'departments'
export const SETTINGS_GLOBAL = 'settings'
export const SETTINGS_GROUP = 'applications'
export const PER_APPLICANT_PER_DAY = 10
export const APPLICATIONS_KEY = 'applications'
