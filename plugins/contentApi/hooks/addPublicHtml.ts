/**
 * Serves rich text as safe HTML next to the Lexical JSON (`bodyHtml`, `publicBodyHtml`). Runs after field access,
 * so a text the reader may not see (the full `body` of a 部分公开 item) has already been removed and gets no HTML.
 * Anonymous readers get the JSON itself cleaned too: no html or unknown nodes, no links a browser would run.
 */
import type { CollectionAfterReadHook, Field } from 'payload'
import { sanitizeRichText } from '../../../domain/richTextSafety'
import type { ActorRules } from '../../../domain/actors'
import { lexicalToHtml } from '../richText/lexicalToHtml'

/** The virtual fields holding the HTML, hidden in the admin. */
export const htmlFieldsOf = (richTextFields: Record<string, string>): Field[] =>
  Object.entries(richTextFields).map(([source, name]) => ({
    name,
    type: 'textarea',
    label: `${source} (HTML)`,
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
