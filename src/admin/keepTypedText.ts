/**
 * Puts src/admin/KeepTypedText.tsx into the edit view of every collection with a rich-text field (正文, 解读内容 …), so
 * that a save asked for right after typing waits for the field to hand over what was typed.
 */
import type { Config, Field, Plugin } from 'payload'
import { withBeforeDocumentControls } from './beforeDocumentControls'

export const KEEP_TYPED_TEXT_COMPONENT = '/src/admin/KeepTypedText#KeepTypedText'

/** Whether any field, at any depth (groups, rows, tabs, arrays, blocks), is rich text. */
export const hasRichText = (fields: Field[]): boolean =>
  fields.some((field) => {
    if (field.type === 'richText') return true
    if ('fields' in field && Array.isArray(field.fields) && hasRichText(field.fields)) return true
    if (field.type === 'tabs') return field.tabs.some((tab) => hasRichText(tab.fields))
    if (field.type === 'blocks') return (field.blocks ?? []).some((block) => typeof block === 'object' && hasRichText(block.fields))
    return false
  })

export const keepTypedText: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => (hasRichText(collection.fields) ? withBeforeDocumentControls(collection, KEEP_TYPED_TEXT_COMPONENT) : collection)),
})
