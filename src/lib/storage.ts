/**
 * Where uploaded files (附件) are kept: the local disk under MEDIA_DIR (the default), or S3-compatible object storage
 * when S3_BUCKET and S3_ENDPOINT are set, so that every instance behind a load balancer serves every file.
 */
import type { Config, Plugin } from 'payload'
import { s3Storage } from '@payloadcms/storage-s3'

export type StorageSettings =
  | { kind: 'local' }
  | {
      kind: 's3'
      bucket: string
      endpoint: string
      region: string
      /** Both or neither: without them the AWS SDK looks for credentials itself (instance role, ~/.aws). */
      credentials?: { accessKeyId: string; secretAccessKey: string }
      forcePathStyle: boolean
      /** A folder inside the bucket, for a bucket shared with other sites. */
      prefix?: string
    }

const FALSE = ['false', '0', 'no', 'off']

export const storageSettings = (env: Record<string, string | undefined> = process.env): StorageSettings => {
  const bucket = env.S3_BUCKET?.trim() ?? ''
  const endpoint = env.S3_ENDPOINT?.trim() ?? ''
  if (!bucket && !endpoint) return { kind: 'local' }
  // Half a setting would quietly keep each instance's files on its own disk.
  if (!bucket || !endpoint) throw new Error('对象存储配置不完整：S3_BUCKET 与 S3_ENDPOINT 须同时设置（都不设置则附件保存在本机 MEDIA_DIR）')
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim() ?? ''
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY ?? ''
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) throw new Error('对象存储配置不完整：S3_ACCESS_KEY_ID 与 S3_SECRET_ACCESS_KEY 须同时设置')
  const prefix = env.S3_PREFIX?.trim().replace(/^\/+|\/+$/g, '')
  return {
    kind: 's3',
    bucket,
    endpoint: endpoint.replace(/\/+$/, ''),
    region: env.S3_REGION?.trim() || 'us-east-1',
    ...(accessKeyId ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    // Path-style (endpoint/bucket/key) is what S3-compatible servers answer by default; AWS itself takes either.
    forcePathStyle: !FALSE.includes((env.S3_FORCE_PATH_STYLE ?? '').trim().toLowerCase()),
    ...(prefix ? { prefix } : {}),
  }
}

/**
 * Payload's S3 storage for `collection`. Disabled (local disk) it still adds its fields (`prefix`, `_objectKey`), so
 * the schema and the migrations are the same either way. Files are served through `/api/<collection>/file/<name>`
 * under the collection's read access (never a public bucket URL): 附件 are content, public only with a public item.
 */
export const mediaStorage =
  (collection: 'media', settings: StorageSettings = storageSettings()): Plugin =>
  async (config) =>
    withPrefixDefaultInCode(collection, await storagePlugin(collection, settings)(config))

const storagePlugin = (collection: 'media', settings: StorageSettings): Plugin => {
  if (settings.kind === 'local') return s3Storage({ enabled: false, alwaysInsertFields: true, bucket: '', collections: { [collection]: true }, config: {} })
  return s3Storage({
    bucket: settings.bucket,
    alwaysInsertFields: true,
    // No `disablePayloadAccessControl`: each read goes through Payload's access check, then the plugin streams the object.
    // A prefix always, '' for none: enabled, the plugin adds the `prefix` field only when given one (same schema).
    collections: { [collection]: { prefix: settings.prefix ?? '' } },
    // One client per endpoint and bucket (the plugin caches clients by key for the life of the process).
    clientCacheKey: `s3:${settings.endpoint}/${settings.bucket}`,
    config: {
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      ...(settings.credentials ? { credentials: settings.credentials } : {}),
    },
  })
}


/**
 * The plugin gives `prefix` the collection prefix (S3_PREFIX) as its default, which would become the column's DEFAULT
 * and make the migrations depend on the environment. The same default as a function stays in the code.
 */
const STORAGE_LABELS: Record<string, string> = { prefix: '存储前缀', _objectKey: '对象存储键' }

const withPrefixDefaultInCode = (slug: string, config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug !== slug
      ? collection
      : {
          ...collection,
          fields: collection.fields.map((field) => {
            if (field.type !== 'text' || !(field.name in STORAGE_LABELS)) return field
            // The admin is Chinese: the plugin's two fields get Chinese labels.
            const labelled = { ...field, label: STORAGE_LABELS[field.name] }
            if (field.name !== 'prefix' || typeof field.defaultValue === 'function') return labelled
            const value = field.defaultValue
            return { ...labelled, defaultValue: () => value }
          }),
        },
  ),
})
