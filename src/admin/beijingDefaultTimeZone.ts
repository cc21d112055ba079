/**
 * Makes Beijing time the default zone of `Intl.DateTimeFormat` in this JavaScript realm (the browser tab of the
 * admin, and the server that renders it): a formatter created without `timeZone` formats in Asia/Shanghai instead of
 * the machine's zone. Payload formats every date it shows (list cells, the document header's 最后修改/创建, the
 * versions view) through date-fns' TZDate without a zone, and TZDate reads the zone's offset from such a formatter;
 * with `admin.dateFormat` this gives `yyyy-MM-dd HH:mm` in Beijing time whatever the browser's zone. Formatters that
 * name a zone are untouched. Idempotent.
 */
import { BEIJING_TIME_ZONE } from '../../domain/beijingTime'

const MARK = Symbol.for('gongkai.beijingDefaultTimeZone')

export const installBeijingDefaultTimeZone = (): void => {
  const current = Intl.DateTimeFormat as typeof Intl.DateTimeFormat & { [MARK]?: true }
  if (current[MARK]) return
  const Original = Intl.DateTimeFormat
  const withZone = (options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions =>
    options?.timeZone ? options : { ...options, timeZone: BEIJING_TIME_ZONE }
  function BeijingDateTimeFormat(locales?: string | string[], options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    return new Original(locales, withZone(options))
  }
  BeijingDateTimeFormat.prototype = Original.prototype
  Object.defineProperty(BeijingDateTimeFormat, 'supportedLocalesOf', { value: Original.supportedLocalesOf.bind(Original) })
  Object.defineProperty(BeijingDateTimeFormat, MARK, { value: true })
  Intl.DateTimeFormat = BeijingDateTimeFormat as unknown as typeof Intl.DateTimeFormat
}
