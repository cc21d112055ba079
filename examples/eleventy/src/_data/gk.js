import { loadStore, siteData } from '../../lib/sync.mjs'

export default () => siteData(loadStore(process.env.STORE_FILE))
