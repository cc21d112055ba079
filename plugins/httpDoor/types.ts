/** Options of the HTTP door plugin (the Payload side of the HTTP door). */
export type HttpDoorOptions = {
  /** Largest page an anonymous REST or GraphQL read gets (`limit=0`, a larger limit or `pagination=false` get this many). */
  publicMaxPageSize?: () => number
}
