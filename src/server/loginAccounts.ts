/**
 * The accounts a login request names, for the per-account login limit: the REST login's body (JSON, or the
 * `_payload` field of the multipart form Payload's admin sends) and the `email` of GraphQL `login<Collection>`
 * mutations (a literal or a variable, aliases and fragments included).
 */
import { visit, type DocumentNode, type ValueNode } from 'graphql'
import { loginAccountKey } from '../../domain/security/loginRetry'

/** The last `_payload` field of a multipart body, parsed (Payload reads the same field, and the last one wins). */
const multipartPayload = (body: Buffer, contentType: string): unknown => {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  if (!boundary) return null
  let found: string | null = null
  for (const part of body.toString('utf8').split(`--${boundary[1] ?? boundary[2]}`)) {
    const split = part.indexOf('\r\n\r\n')
    if (split < 0) continue
    if (/content-disposition:\s*form-data;[^\r\n]*\bname="_payload"/i.test(part.slice(0, split))) found = part.slice(split + 4).replace(/\r\n$/, '')
  }
  return found === null ? null : JSON.parse(found)
}

/** The account a REST login body names, or null (no body, not parseable, no email: Payload answers that itself). */
export const restLoginAccount = (body: Buffer | undefined, contentType: string): string | null => {
  if (!body?.length) return null
  try {
    const type = contentType.split(';')[0].trim().toLowerCase()
    return loginAccountKey(type === 'multipart/form-data' ? multipartPayload(body, contentType) : JSON.parse(body.toString('utf8')))
  } catch {
    return null
  }
}

const stringOf = (value: ValueNode | undefined, variables: Record<string, unknown>): unknown => {
  if (value?.kind === 'StringValue') return value.value
  if (value?.kind === 'Variable') return variables[value.name.value]
  return null
}

/** One entry per login mutation in the document that names an account. */
export const graphqlLoginAccounts = (document: DocumentNode, variables: unknown, isLogin: (field: string) => boolean): string[] => {
  const values = variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : {}
  const accounts: string[] = []
  visit(document, {
    Field(node) {
      if (!isLogin(node.name.value)) return
      const arg = (name: string) => stringOf(node.arguments?.find((a) => a.name.value === name)?.value, values)
      const account = loginAccountKey({ email: arg('email'), username: arg('username') })
      if (account) accounts.push(account)
    },
  })
  return accounts
}
