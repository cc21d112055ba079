import type { Id } from '../ids'

/** The shape of an overdue policy as the linkage query returns it (plugins/interpretations/actions/overduePolicies.ts). */
export type OverduePolicyFacts = { id: Id; title: string; department: Id | null; publishedAt: string; deadline: string; daysOverdue: number; issuedAt?: string; from?: 'formed' | 'published' }
