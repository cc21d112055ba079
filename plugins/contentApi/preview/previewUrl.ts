/**
 * Payload's `admin.preview` for a collection with a preview: the 预览地址 setting filled in (`{collection}`, `{id}`)
 * when set — a static site's own preview — else this API's preview page (`/api/{collection}/:id/preview`), which
 * the browser opens with the staff member's session cookie.
 */
import type { GeneratePreviewURL } from 'payload'
import { fillPreviewUrl } from '../../../domain/contentApi/previewPage'
import { readSettings } from '../readSettings'

export const previewUrl =
  (slug: string): GeneratePreviewURL =>
  async (doc, { req }) => {
    if (doc?.id === undefined || doc.id === null) return null
    const id = String(doc.id)
    const { publicSite } = await readSettings(req.payload, req)
    if (publicSite.previewUrl) return fillPreviewUrl(publicSite.previewUrl, { collection: slug, id })
    const { serverURL, routes } = req.payload.config
    return `${serverURL ?? ''}${routes.api}/${slug}/${encodeURIComponent(id)}/preview`
  }
