/** Names of the system guards plugin. */

/** Where the transform leaves its options for `guardDocumentLocks`, which runs on the built config. */
export const OPTIONS_KEY = 'systemGuards'

/** Payload's own collection of edit locks. */
export const LOCKS_SLUG = 'payload-locked-documents'
