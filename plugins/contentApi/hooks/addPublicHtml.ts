/**
 * Serves rich text as safe HTML next to the Lexical JSON (`bodyHtml`, `publicBodyHtml`). Runs after field access,
 * so a text the reader may not see (the full `body` of a 部分公开 item) has already been removed and gets no HTML.
 * Anonymous readers get the JSON itself cleaned too: no html or unknown nodes, no links a browser would run.
 */
import type { CollectionAfterReadHook, Field } from 'payload'
import { lexicalToHtml } from '../richText/lexicalToHtml'
import { sanitizeRichText } from '../../../domain/richTextSafety'
import { isStaff } from '../../../hooks/access/roles'

export const HTML_FIELDS: Record<string, Record<string, string>> = {
  documents: { body: 'bodyHtml', publicBody: 'publicBodyHtml' },
  interpretations: { body: 'bodyHtml' },
}

export const htmlFieldsOf = (collection: string): Field[] =>
  Object.entries(HTML_FIELDS[collection] ?? {}).map(([source, name]) => ({
    name,
    type: 'textarea',
    label: `${source} (HTML)`,
    virtual: true,
    admin: { hidden: true, readOnly: true },
  }))

export const addPublicHtml =
  (collection: string): CollectionAfterReadHook =>
  ({ doc, req }) => {
    // Only for readers over HTTP (REST, GraphQL): the system itself works with the JSON.
    if (req.payloadAPI === 'local') return doc
    const publicReader = !isStaff(req)
    for (const [source, name] of Object.entries(HTML_FIELDS[collection] ?? {})) {
      if (doc[source] === undefined) {
        delete doc[name]
        continue
      }
      if (publicReader) doc[source] = sanitizeRichText(doc[source])
      doc[name] = lexicalToHtml(doc[source])
    }
    return doc
  }
