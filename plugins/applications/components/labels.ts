/** The register's words for the admin components (from domain/applications/vocabulary.ts), and today in Beijing. */
import { APPLICANT_TYPES, APPLICATION_OUTCOMES, APPLICATION_STATUSES } from '../../../domain/applications/vocabulary'

/** The group of a table 三 row without its counting note (（二）部分公开（区分处理的，只计这一情形…）→（二）部分公开). */
export const outcomeGroup = (group: string) => group.replace(/（[^（）]*只计[^（）]*）$/, '')

export const statusLabel = (value: unknown) => APPLICATION_STATUSES.find((s) => s.value === value)?.label ?? (typeof value === 'string' ? value : '—')

/** A row's wording: 予以公开; （三）不予公开 4.保护第三方合法权益. */
export const outcomeLabel = (value: unknown) => {
  const outcome = APPLICATION_OUTCOMES.find((o) => o.value === value)
  if (!outcome) return typeof value === 'string' && value ? value : '—'
  const group = outcomeGroup(outcome.group)
  return group.endsWith(outcome.label) ? outcome.label : `${group} ${outcome.label}`
}

/** Table 三's rows grouped as the report groups them, for a select's optgroups and the table's headings. */
export const OUTCOME_GROUPS = APPLICATION_OUTCOMES.reduce<Array<{ group: string; outcomes: Array<{ value: string; label: string }> }>>((groups, o) => {
  const group = outcomeGroup(o.group)
  const last = groups[groups.length - 1]
  if (last?.group === group) last.outcomes.push({ value: o.value, label: o.label })
  else groups.push({ group, outcomes: [{ value: o.value, label: o.label }] })
  return groups
}, [])

export const applicantTypeLabel = (value: string) => APPLICANT_TYPES.find((t) => t.value === value)?.label ?? (value === 'total' ? '总计' : value)

const beijing = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })

/** Today's date in Beijing (`yyyy-MM-dd`): the day a step is dated by default. */
export const beijingToday = () => beijing.format(new Date())
