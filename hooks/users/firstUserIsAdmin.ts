/** The account made on the admin's create-first-user screen of an empty installation is the web office's admin. */
import type { CollectionBeforeChangeHook } from 'payload'

export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !req.pathname?.endsWith('/first-register')) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) data.roles = ['admin']
  return data
}
