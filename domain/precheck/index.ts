/** The automated secrecy/compliance pre-check (保密/合规预审): pure functions, no Payload. */

export { excerptAround, EXCERPT_CONTEXT } from './excerpt'
export { foldText, foldWidth } from './foldText'
export { passesLuhn } from './luhn'
export { findMarkings, type MarkingMatch } from './markings'
export {
  DOC_NUMBER_FIELD,
  findingKey,
  findingsToReview,
  hasBlockingFindings,
  precheck,
  type PrecheckInput,
  TITLE_FIELD,
} from './precheck'
export {
  beijingDateKey,
  hasResidentIdStructure,
  isValidResidentId,
  isValidResidentIdOn,
  residentIdCheckChar,
} from './residentId'
export { findSensitiveNumbers, type SensitiveKind, type SensitiveMatch } from './sensitiveNumbers'
export { buildWordingMatcher, type WordingEntry, type WordingKind, type WordingMatch, type WordingMatcher } from './wordingMatcher'
export { PRECHECK_WORDING_KEY, wordingSourcesOf, withWordingSource, type WordingSource } from './wordingSource'
export { buildTermMatcher, type SensitiveTerm, type TermMatch, type TermMatcher } from './termMatcher'
export {
  type Finding,
  FINDING_KIND_LABELS,
  FINDING_KINDS,
  FINDING_LEVELS,
  FINDING_MESSAGES,
  type FindingKind,
  type FindingLevel,
  type TermLevel,
} from './types'
