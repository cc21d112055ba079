// Incremental sync from the Gongkai change feed into a local JSON store: only changed items are fetched.
import fs from 'node:fs'
import path from 'node:path'

const FIELDS = {
  columns: ['id', 'title', 'slug', 'kind', 'parent', 'breadcrumbs', 'updatedAt'],
  documents: ['id', 'title', 'column', 'department', 'indexNumber', 'docNumber', 'formedAt', 'publishedAt', 'topic', 'kind', 'disclosure', 'validity', 'validityChangedAt', 'bodyHtml', 'publicBodyHtml', 'updatedAt'],
  interpretations: ['id', 'title', 'policy', 'form', 'department', 'linkedAt', 'bodyHtml', 'updatedAt'],
  'new-media-accounts': ['id', 'name', 'platform', 'accountId', 'department', 'status', 'lastPostAt'],
}

const idOf = (value) => (value && typeof value === 'object' ? value.id : value)

/** Keeps only what the site shows; relations become `{id, title|name|slug}`. */
const slim = (collection, doc) => {
  const out = {}
  for (const field of FIELDS[collection]) {
    const value = doc[field]
    if (value && typeof value === 'object' && !Array.isArray(value) && 'id' in value) {
      out[field] = { id: value.id, title: value.title, name: value.name, slug: value.slug }
    } else out[field] = value ?? null
  }
  return out
}

export const loadStore = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { cursor: null, items: {} })

export const sync = async ({ api, storeFile, pageSize = 500, log = () => {} }) => {
  const store = loadStore(storeFile)
  let fetched = 0
  let removed = 0
  for (;;) {
    const url = new URL('/api/public/changes', api)
    url.searchParams.set('limit', String(pageSize))
    if (store.cursor) url.searchParams.set('cursor', store.cursor)
    const res = await fetch(url)
    if (!res.ok) throw new Error(`change feed: HTTP ${res.status} ${await res.text()}`)
    const page = await res.json()
    for (const change of page.items) {
      const key = `${change.collection}:${change.id}`
      if (change.op === 'delete') {
        if (store.items[key]) removed += 1
        delete store.items[key]
        continue
      }
      const item = await fetch(new URL(`/api/${change.collection}/${change.id}?depth=1`, api))
      if (item.status === 404) {
        delete store.items[key]
        continue
      }
      if (!item.ok) throw new Error(`${key}: HTTP ${item.status}`)
      store.items[key] = { collection: change.collection, ...slim(change.collection, await item.json()) }
      fetched += 1
    }
    store.cursor = page.nextCursor
    if (!page.hasMore) break
  }
  fs.mkdirSync(path.dirname(storeFile), { recursive: true })
  fs.writeFileSync(storeFile, JSON.stringify(store))
  log(`synced: ${fetched} fetched, ${removed} removed, ${Object.keys(store.items).length} items`)
  return { fetched, removed, total: Object.keys(store.items).length }
}

/** The store as the templates use it: lists per collection and the links between policies and interpretations. */
export const siteData = (store) => {
  const all = Object.values(store.items)
  const of = (collection) => all.filter((item) => item.collection === collection)
  const byDate = (a, b) => String(b.publishedAt ?? b.updatedAt).localeCompare(String(a.publishedAt ?? a.updatedAt))
  const documents = of('documents').sort(byDate)
  const interpretations = of('interpretations')
  const documentIds = new Set(documents.map((d) => String(d.id)))
  const columns = of('columns').map((column) => ({ ...column, documents: documents.filter((d) => String(idOf(d.column)) === String(column.id)) }))
  return {
    columns,
    documents: documents.map((doc) => ({ ...doc, interpretations: interpretations.filter((i) => String(idOf(i.policy)) === String(doc.id)) })),
    interpretations: interpretations.map((i) => ({ ...i, policyPublic: documentIds.has(String(idOf(i.policy))) })),
    accounts: of('new-media-accounts'),
  }
}
