/** Options of the security plugin (accounts, sessions and the security audit log, 等保 2.0 第三级). */
export type SecurityPluginOptions = {
  /**
   * false: the collections, global and fields stay (same schema and migrations) but no rule, hook, endpoint or
   * schedule runs.
   */
  enabled?: boolean
}
