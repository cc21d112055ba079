/** The part of mailparser's API the mail tests read (the package ships no types, and @types/mailparser is not a dependency). */
declare module 'mailparser' {
  import type { Readable } from 'node:stream'

  export interface AddressObject {
    text: string
    html: string
    value: Array<{ address?: string; name: string }>
  }
  export interface ParsedMail {
    messageId?: string
    subject?: string
    text?: string
    html: string | false
    from?: AddressObject
    to?: AddressObject | AddressObject[]
    cc?: AddressObject | AddressObject[]
    headers: Map<string, unknown>
    attachments: Array<{ filename?: string; contentType: string; content: Buffer }>
  }
  export function simpleParser(source: Readable | Buffer | string): Promise<ParsedMail>
}
