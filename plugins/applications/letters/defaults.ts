/** Names of the 告知书 part of the applications plugin, as defaults only. */
export const LETTERS_SLUG = 'application-letters'
export const LETTERS_SETTINGS_GROUP = 'applicationLetters'
/** `req.context` key of the plugin's own writes to a letter (drafting and signing). */
export const LETTER_SYSTEM_WRITE = 'gongkaiLetterSystemWrite'
/** `req.context` key carrying the drafter's values (by placeholder) into the letter's creation. */
export const LETTER_FACTS = 'gongkaiLetterFacts'
/** The register's action for a signature, added to the register's options when it has none such. */
export const SIGN_ACTION = { value: 'sign-letter', label: '签发告知书' } as const
export const LETTER_ACTIONS_COMPONENT = '/plugins/applications/letters/components/LetterActions#LetterActions'
