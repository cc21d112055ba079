/**
 * Every date the admin shows is yyyy-MM-dd HH:mm (yyyy-MM-dd for a day) in Beijing time: each date field of every
 * collection and global, the plugins' too, gets that display format and the Beijing date picker (BeijingDateField),
 * and the admin installs Beijing time as the browser's default formatting zone (BeijingTimeProvider) so that
 * Payload's own cells, document header and versions view follow `admin.dateFormat` in Beijing time. Applied after
 * the plugins, so that it sees their fields.
 */
import type { Config, Field } from 'payload'
import { DATE_PATTERN, DATE_TIME_PATTERN } from '../../domain/beijingTime'
import { installBeijingDefaultTimeZone } from './beijingDefaultTimeZone'

const FIELD_COMPONENT = '/src/admin/BeijingDateField#BeijingDateField'
const PROVIDER = '/src/admin/BeijingTimeProvider#BeijingTimeProvider'
const DAY_APPEARANCES = ['dayOnly', 'default', 'monthOnly']

const withBeijingDate = (field: Field): Field => {
  if (field.type === 'date') {
    const date = field.admin?.date ?? {}
    const dateOnly = DAY_APPEARANCES.includes(date.pickerAppearance ?? 'default')
    return {
      ...field,
      admin: {
        ...field.admin,
        date: { ...date, displayFormat: dateOnly ? DATE_PATTERN : DATE_TIME_PATTERN, timeFormat: 'HH:mm' } as typeof date,
        components: { ...field.admin?.components, Field: field.admin?.components?.Field ?? FIELD_COMPONENT },
      },
    }
  }
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withBeijingDate) })) }
  if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(withBeijingDate) })) }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(withBeijingDate) } as Field
  return field
}

export const beijingDates = (config: Config): Config => {
  // The server renders the admin too (the versions view's title, the first paint of every cell).
  installBeijingDefaultTimeZone()
  return {
    ...config,
    admin: {
      ...config.admin,
      components: { ...config.admin?.components, providers: [...(config.admin?.components?.providers ?? []), PROVIDER] },
    },
    collections: (config.collections ?? []).map((c) => ({ ...c, fields: c.fields.map(withBeijingDate) })),
    globals: (config.globals ?? []).map((g) => ({ ...g, fields: g.fields.map(withBeijingDate) })),
  }
}
