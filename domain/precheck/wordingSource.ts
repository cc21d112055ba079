/**
 * The contract between the workflow's pre-check and a plugin that keeps wording lists (易错词, 严重表述): the plugin
 * appends a source to `config.custom.precheckWording` in its config transform; the pre-check loads every source's
 * matcher at each run. Generic over the request so that this module imports nothing of Payload.
 */
import type { WordingMatcher } from './wordingMatcher'

export type WordingSource<R> = { name: string; load: (req: R) => Promise<WordingMatcher> }

export const PRECHECK_WORDING_KEY = 'precheckWording'

type Custom = Record<string, unknown> | undefined

export const wordingSourcesOf = <R>(custom: Custom): WordingSource<R>[] => (custom?.[PRECHECK_WORDING_KEY] as WordingSource<R>[] | undefined) ?? []

export const withWordingSource = <R>(custom: Custom, source: WordingSource<R>): Record<string, unknown> => ({
  ...custom,
  [PRECHECK_WORDING_KEY]: [...wordingSourcesOf<R>(custom), source],
})
