/** A collection with one more component before its edit view's document controls (after those already there). */
import type { CollectionConfig } from 'payload'

export const withBeforeDocumentControls = (collection: CollectionConfig, component: string): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      edit: {
        ...collection.admin?.components?.edit,
        beforeDocumentControls: [...(collection.admin?.components?.edit?.beforeDocumentControls ?? []), component],
      },
    },
  },
})
