/** The list cell of 办理结果: the wording of table 三's row (（三）不予公开 4.保护第三方合法权益), not the stored code. */
import { APPLICATION_OUTCOMES } from '../../../domain/applications/vocabulary'

export const OutcomeCell = ({ cellData }: { cellData?: unknown }) => {
  const outcome = APPLICATION_OUTCOMES.find((o) => o.value === cellData)
  if (!outcome) return <span>{typeof cellData === 'string' ? cellData : ''}</span>
  return <span title={outcome.value}>{outcome.group.replace(/（[^（）]*只计[^（）]*）$/, '')} {outcome.label}</span>
}
