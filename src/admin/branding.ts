/**
 * The county's name, the portal's name and its logo from 系统设置 (branding), for the login page and the admin's
 * corner. The logo is inlined as a data URL: 附件 are not public, and the login page is seen before signing in.
 */
import type { Payload } from 'payload'
import { BRANDING_DEFAULTS } from '../../collections/brandingDefaults'
// The file alone, not the plugin's index: this module is part of the admin's server components.
import { readStoredFile, type StoredUpload } from '../../plugins/workflow/actions/storedFile'

export type Branding = { countyName: string; portalName: string; logo: string | null }

const MAX_LOGO_BYTES = 512 * 1024

type StoredBranding = { countyName?: string | null; portalName?: string | null; logo?: number | string | { id: number | string } | null }
type StoredMedia = StoredUpload & { mimeType?: string | null; filesize?: number | null }

const logoDataUrl = async (payload: Payload, ref: StoredBranding['logo']): Promise<string | null> => {
  const id = ref && typeof ref === 'object' ? ref.id : ref
  if (id === null || id === undefined || id === '') return null
  const media: StoredMedia | null = await payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!media?.filename || !media.mimeType?.startsWith('image/') || (media.filesize ?? 0) > MAX_LOGO_BYTES) return null
  // On the local disk or in the object storage (src/lib/storage.ts).
  const bytes = await readStoredFile(payload, 'media', media)
  if (!bytes) return null
  return bytes.byteLength > MAX_LOGO_BYTES ? null : `data:${media.mimeType};base64,${bytes.toString('base64')}`
}

export const readBranding = async (payload: Payload): Promise<Branding> => {
  try {
    const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
    const stored: StoredBranding = (settings as { branding?: StoredBranding }).branding ?? {}
    return {
      countyName: stored.countyName?.trim() || BRANDING_DEFAULTS.countyName,
      portalName: stored.portalName?.trim() || BRANDING_DEFAULTS.portalName,
      logo: await logoDataUrl(payload, stored.logo).catch(() => null),
    }
  } catch (error) {
    payload.logger.warn({ err: error }, '读取系统设置中的单位名称失败，显示默认名称')
    return { ...BRANDING_DEFAULTS, logo: null }
  }
}
