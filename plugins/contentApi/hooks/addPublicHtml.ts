/**
 * Serves rich text as safe HTML next to the Lexical JSON (`bodyHtml`, `publicBodyHtml`). Runs after field access,
 * so a text the reader may not see (the full `body` of a 部分公开 item) has already been removed and gets no HTML.
 */
import type { CollectionAfterReadHook, Field } from 'payload'
import { lexicalToHtml } from '../richText/lexicalToHtml'

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
    for (const [source, name] of Object.entries(HTML_FIELDS[collection] ?? {})) {
      if (doc[source] === undefined) delete doc[name]
      else doc[name] = lexicalToHtml(doc[source])
    }
    return doc
  }
