/** Defaults of the workflow plugin's options: Gongkai's own collections, where a host names nothing else. */
import { DEFAULT_USER_MODEL } from '../../domain/actors'

/** The robot user the scheduler acts as (a named actor in the register, never a person); `data` gives it the least role. */
export const SCHEDULER_USER = { email: 'scheduler@gongkai.invalid', name: '定时发布' } as const

export const DEFAULTS = {
  users: DEFAULT_USER_MODEL,
  departments: 'departments',
  uploads: 'media',
  sensitiveTerms: 'sensitive-terms',
  robotUser: { ...SCHEDULER_USER, data: { roles: ['editor'] } },
  /** Every minute; the time zone is the scheduler's unless the host names one. */
  schedule: { cron: '* * * * *' },
  titleField: 'title',
  departmentField: 'department',
  fullTextFields: ['body'],
} as const

/** The plugin's own collection: the append-only approval register. */
export const REGISTER_SLUG = 'approval-records'

/** Key of the resolved options on `config.custom`. */
export const OPTIONS_KEY = 'workflow'

/** `req.context` key that marks a write made by the workflow itself. */
export const WORKFLOW_CONTEXT = 'gongkaiWorkflow'
