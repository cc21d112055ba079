/** What the plugin's endpoints, hooks and audit rule share: its resolved options and the calendar plugin's loader. */
import type { PayloadRequest } from 'payload'
import type { ActorRules, UserModel } from '../../domain/actors'
import type { WorkingDayCalendar } from '../../domain/calendar'

export type ApplicationsContext = {
  slug: string
  departments: string
  users: UserModel
  actors: ActorRules
  settingsGlobal: string
  settingsGroup: string
  perApplicantPerDay: number
  loadCalendar: (payload: PayloadRequest['payload'], req?: PayloadRequest) => Promise<WorkingDayCalendar>
}
