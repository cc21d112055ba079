/** Gongkai's content API: the four public collections with their public rules (domain/publicDefinition.ts). */
import { PUBLIC_DEFINITION } from '../domain/publicDefinition'
import type { ContentApiPluginOptions } from '../plugins/contentApi'

export const contentApiOptions: ContentApiPluginOptions = {
  // The order of the change log's select options (schema).
  collections: {
    columns: { label: '栏目', public: PUBLIC_DEFINITION.columns.where, sitemapPath: 'columnPath' },
    documents: {
      label: '政府信息',
      public: PUBLIC_DEFINITION.documents.where,
      // An interpretation is public only while its policy is.
      followers: [{ collection: 'interpretations', field: 'policy' }],
      sitemapPath: 'documentPath',
      richTextFields: { body: 'bodyHtml', publicBody: 'publicBodyHtml' },
      // The staff preview of the public page: public fields only (DOCUMENT_PUBLIC_PATHS), in the order of a 信息公开目录 page.
      preview: {
        fields: [
          'indexNumber', 'department', 'docNumber', 'column', 'kind', 'genre', 'topic', 'keywords', 'formedAt', 'publishedAt', 'disclosure', 'disclosureForms',
          'responsibleDepartment', 'source', 'byline', 'validity', 'effectiveUntil',
        ],
      },
    },
    interpretations: {
      label: '政策解读',
      public: PUBLIC_DEFINITION.interpretations.where,
      sitemapPath: 'interpretationPath',
      richTextFields: { body: 'bodyHtml' },
      preview: { fields: ['policy', 'form', 'department', 'linkedAt'] },
    },
    'new-media-accounts': { label: '政务新媒体', public: PUBLIC_DEFINITION['new-media-accounts'].where },
  },
  versionCollections: ['departments', 'media'],
}
