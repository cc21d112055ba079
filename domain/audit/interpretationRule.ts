/** The shape of an overdue policy as the linkage query returns it (hooks/interpretations/overduePolicies.ts). */
type Id = number | string

export type OverduePolicyFacts = { id: Id; title: string; department: Id | null; publishedAt: string; deadline: string; daysOverdue: number }
