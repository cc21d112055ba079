/** What Gongkai's link checker reads: the public version of documents (公开文本 of a 部分公开 item) and interpretations. */
import type { Where } from 'payload'
import type { LinkCheckPluginOptions } from '../plugins/linkCheck'
import { ATTACHMENT_FIELDS } from '../domain/workflow/contentHash'
import { isFullTextPublic, PUBLIC_DOCUMENT_WHERE, PUBLIC_INTERPRETATION_WHERE } from '../domain/publicDefinition'

export const linkCheckOptions = (serverURL: string): LinkCheckPluginOptions => ({
  sources: [
    {
      collection: 'documents',
      where: PUBLIC_DOCUMENT_WHERE as Where,
      textFields: (item) => (isFullTextPublic(item.disclosure) ? ['body'] : ['publicBody']),
      attachmentsField: ATTACHMENT_FIELDS.documents,
    },
    { collection: 'interpretations', where: PUBLIC_INTERPRETATION_WHERE as Where, attachmentsField: ATTACHMENT_FIELDS.interpretations },
  ],
  uploads: 'media',
  portalOrigins: serverURL ? [serverURL] : [],
  // LINK_CHECK=false leaves the schedule off (tests and scripts run it by hand); LINK_CHECK_CRON overrides the setting.
  schedule: process.env.LINK_CHECK === 'false' ? false : process.env.LINK_CHECK_CRON ? { cron: process.env.LINK_CHECK_CRON } : {},
})
