/**
 * Serves rich text as safe HTML next to the Lexical JSON (`bodyHtml`, `publicBodyHtml`). Runs after field access,
 * so a text the reader may not see (the full `body` of a 部分公开 item) has already been removed and gets no HTML.
 * Anonymous readers get the JSON itself cleaned too: no html or unknown nodes, no links a browser would run.
 */
import type { CollectionAfterReadHook, Field } from 'payload'
import { sanitizeRichText } from '../../../domain/richTextSafety'
import type { ActorRules } from '../../../domain/actors'
import { lexicalToHtml } from '../richText/lexicalToHtml'

/** The label of a named field, looked up through rows, collapsibles and tabs. */
const labelOf = (fields: readonly Field[], name: string): string | undefined => {
  for (const field of fields) {
    if ('name' in field && field.name === name) return 'label' in field && typeof field.label === 'string' ? field.label : undefined
    const nested = field.type === 'tabs' ? field.tabs.flatMap((tab) => tab.fields) : 'fields' in field && !('name' in field) ? field.fields : []
    const found = labelOf(nested, name)
    if (found) return found
  }
  return undefined
}

/** The virtual fields holding the HTML, hidden in the admin (the version comparison still names them: 正文（网页格式）). */
export const htmlFieldsOf = (richTextFields: Record<string, string>, fields: readonly Field[] = []): Field[] =>
  Object.entries(richTextFields).map(([source, name]) => ({
    name,
    type: 'textarea',
    label: `${labelOf(fields, source) ?? '富文本'}（网页格式）`,
    virtual: true,
    admin: { hidden: true, readOnly: true },
  }))

export const addPublicHtml =
  (richTextFields: Record<string, string>, { isStaff }: ActorRules): CollectionAfterReadHook =>
  ({ doc, req }) => {
    // Only for readers over HTTP (REST, GraphQL): the system itself works with the JSON.
    if (req.payloadAPI === 'local') return doc
    const publicReader = !isStaff(req)
    for (const [source, name] of Object.entries(richTextFields)) {
      if (doc[source] === undefined) {
        delete doc[name]
        continue
      }
      if (publicReader) doc[source] = sanitizeRichText(doc[source])
      doc[name] = lexicalToHtml(doc[source])
    }
    return doc
  }
