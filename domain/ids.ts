/** The id of a relation value, whether Payload returned it populated (`{ id, … }`) or as the bare id. */
export type Id = number | string

export const idOf = (value: unknown): Id | null =>
  value && typeof value === 'object' ? ((value as { id?: Id }).id ?? null) : ((value as Id | null | undefined) ?? null)
