import type { WorkflowCollection } from './types'

export const DEFAULT_COLLECTIONS: WorkflowCollection[] = ['documents', 'interpretations']

/** The robot user the scheduler acts as (a named actor in the register, never a person). */
export const SCHEDULER_USER = { email: 'scheduler@gongkai.invalid', name: '定时发布' } as const

/** `req.context` key that marks a write made by the workflow itself. */
export const WORKFLOW_CONTEXT = 'gongkaiWorkflow'
