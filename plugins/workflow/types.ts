/** Options of the editorial workflow plugin. */
export type WorkflowCollection = 'documents' | 'interpretations'

export type WorkflowPluginOptions = {
  /** Collections that go through 初审 → 保密审查 → 终审. */
  collections?: WorkflowCollection[]
  /** A disabled plugin still adds its fields and the register (schema stays the same) but no hooks or endpoints. */
  enabled?: boolean
}
