/** The grouped column picker (ColumnTree) above the lists of the collections named, after the plugins add theirs. */
import type { Config } from 'payload'

const COMPONENT = '/src/admin/ColumnTree#ColumnTree'

export const columnTree =
  (slugs: string[]) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      slugs.includes(collection.slug)
        ? {
            ...collection,
            admin: {
              ...collection.admin,
              components: {
                ...collection.admin?.components,
                beforeListTable: [...(collection.admin?.components?.beforeListTable ?? []), COMPONENT],
              },
            },
          }
        : collection,
    ),
  })
