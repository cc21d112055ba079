/** Options of the HTTP door plugin (the Payload side of the HTTP door). */
export type HttpDoorOptions = {
  /**
   * Largest page an anonymous REST or GraphQL read gets (`limit=0`, a larger limit or `pagination=false` get this
   * many). Default: `PUBLIC_MAX_LIMIT`, else 100.
   */
  publicMaxPageSize?: () => number
  /** The site's name in the 忘记密码 mail (subject, greeting and signature). Default: 政务公开管理平台. */
  siteName?: string
}
