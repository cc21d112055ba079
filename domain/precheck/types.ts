/** The vocabulary of pre-check findings (保密/合规预审, docs/workflow.md): levels, kinds and their Chinese messages. */

import type { TERM_LEVELS } from '../vocabulary'

/** Strictest first; the order is also the sort order of a pre-check report. */
export const FINDING_LEVELS = ['block', 'review', 'warn'] as const
export type FindingLevel = (typeof FINDING_LEVELS)[number]

/** The levels an administrator gives a sensitive term are exactly the finding levels. */
export type TermLevel = (typeof TERM_LEVELS)[number]['value'] & FindingLevel

export const FINDING_KINDS = [
  'classification-marking',
  'resident-id',
  'bank-card',
  'mobile-number',
  'term',
  'title-self-reference',
  'doc-number-format',
  'serious-wording',
  'common-typo',
] as const
export type FindingKind = (typeof FINDING_KINDS)[number]

export const FINDING_KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  'classification-marking': '涉密标识',
  'resident-id': '居民身份证号码',
  'bank-card': '银行卡号',
  'mobile-number': '手机号码',
  term: '敏感词',
  'title-self-reference': '标题自称',
  'doc-number-format': '发文字号格式',
  'serious-wording': '严重表述错误',
  'common-typo': '易错词',
}

export type Finding = {
  level: FindingLevel
  kind: FindingKind
  /**
   * About 12 characters either side of the match, on one line, with the digits of identity numbers, cards and
   * mobiles masked: findings are copied into the approval register, which is kept permanently.
   */
  excerpt: string
  /** `title`, `docNumber`, or the field name the caller gave the text. */
  field: string
  /** UTF-16 index of the match in that field's text. */
  offset: number
  message: string
  /** The configured sensitive term, for `term` findings. */
  term?: string
  /** The correction to make (易错词, 严重表述) or the corrected text (the 发文字号 as GB/T 9704 asks), shown in the review panel. */
  suggestion?: string
}

/** The Chinese sentence shown to editors and reviewers for each kind of finding. */
export const FINDING_MESSAGES = {
  classificationMarking: (marking: string) => `疑似涉密标识“${marking}”`,
  residentId: () => '疑似居民身份证号码',
  bankCard: () => '疑似银行卡号',
  mobileNumber: () => '手机号码，请确认是否属于可公开的办公电话',
  term: (term: string, categoryLabel: string, note?: string | null) =>
    `敏感词“${term}”（${categoryLabel}）${note ? `：${note}` : ''}`,
  titleSelfReference: (word: string) => `标题中使用了“${word}”等自称，应使用规范全称`,
  docNumberFormat: (reason: string, suggestion?: string | null) => `发文字号格式不规范：${reason}${suggestion ? `；建议改为“${suggestion}”` : ''}`,
  seriousWording: (wrong: string, correct: string, note?: string | null) => `严重表述错误“${wrong}”，应为“${correct}”${note ? `（${note}）` : ''}`,
  commonTypo: (wrong: string, correct: string, note?: string | null) => `疑似错别字“${wrong}”，应为“${correct}”${note ? `（${note}）` : ''}`,
} as const
