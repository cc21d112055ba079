/**
 * The plugin's settings: the clock's limits (条例 30、32、33) and the 信息处理费 (国办函〔2020〕109号), merged into the
 * settings global's group (default 系统设置 › 依申请公开). Fields the host already declared in that group stay as the
 * host wrote them; a missing group or global is created.
 */
import type { Field, GlobalConfig } from 'payload'
import { CLOCK_DEFAULTS } from '../../domain/applications/clock'
import { FEE_DEFAULTS } from '../../domain/applications/fees'

const whole = (name: string, label: string, defaultValue: number, min: number, description?: string): Field => ({
  name,
  type: 'number',
  label,
  min,
  required: true,
  defaultValue,
  validate: (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= min) || `应为不小于 ${min} 的整数`,
  admin: description ? { description } : undefined,
})

export const applicationSettingsFields = (): Field[] => [
  whole('replyWorkingDays', '答复时限（工作日）', CLOCK_DEFAULTS.replyDays, 1, '条例第三十三条：收到申请之日起 20 个工作日内答复'),
  whole('extensionWorkingDays', '延期时限（工作日）', CLOCK_DEFAULTS.extensionMaxDays, 1, '条例第三十三条：延长的期限最长不得超过 20 个工作日'),
  whole('correctionNoticeWorkingDays', '补正告知时限（工作日）', CLOCK_DEFAULTS.correctionNoticeDays, 1, '条例第三十条：收到申请之日起 7 个工作日内一次性告知补正'),
  whole('correctionPeriodWorkingDays', '默认补正期限（工作日）', CLOCK_DEFAULTS.correctionPeriodDays, 1, '补正告知未另定期限时给予申请人的合理期限'),
  whole('thirdPartyWorkingDays', '第三方提出意见期限（工作日）', CLOCK_DEFAULTS.thirdPartyDays, 1, '条例第三十二条：第三方自收到征求意见书之日起 15 个工作日内提出意见'),
  whole('warnWorkingDaysBefore', '到期预警（提前工作日）', CLOCK_DEFAULTS.warnDaysBefore, 1, '答复期限前多少个工作日发黄色提醒'),
  whole('feePaymentWorkingDays', '信息处理费缴纳期限（工作日）', CLOCK_DEFAULTS.feePaymentDays, 1, '国办函〔2020〕109号：收到收费通知次日起 20 个工作日内缴纳，逾期视为放弃申请'),
  {
    type: 'collapsible',
    label: '信息处理费标准（国办函〔2020〕109号）',
    admin: { initCollapsed: true, description: '按件或按量计收，一件申请只选其一，不得同时按两种标准计算。' },
    fields: [
      whole('feeItemFree', '按件：每自然月免费件数', FEE_DEFAULTS.byItem.free, 0),
      whole('feeItemFirstBandUpTo', '按件：第一档截至第几件', FEE_DEFAULTS.byItem.firstBandUpTo, 1),
      whole('feeItemFirstBandRate', '按件：第一档每件（元）', FEE_DEFAULTS.byItem.firstBandRate, 0),
      whole('feeItemBandSize', '按件：以后每档件数', FEE_DEFAULTS.byItem.bandSize, 1),
      whole('feeItemBandIncrement', '按件：每增一档每件加收（元）', FEE_DEFAULTS.byItem.bandIncrement, 0),
      {
        name: 'feePageBands',
        type: 'array',
        label: '按量：分档（页）',
        labels: { singular: '分档', plural: '分档' },
        defaultValue: FEE_DEFAULTS.byPage.map((band) => ({ upTo: band.upTo, rate: band.rate })),
        admin: { description: '自小到大；最后一档“截至页数”留空，表示以上全部' },
        validate: (rows: unknown) => {
          const bands = Array.isArray(rows) ? (rows as Array<{ upTo?: number | null; rate?: number | null }>) : []
          if (bands.length === 0) return '至少应有一档'
          for (const [i, band] of bands.entries()) {
            const last = i === bands.length - 1
            if (last && band.upTo !== null && band.upTo !== undefined) return '最后一档的“截至页数”应留空'
            if (!last && (typeof band.upTo !== 'number' || (i > 0 && band.upTo <= (bands[i - 1]!.upTo as number)))) return '各档“截至页数”应自小到大'
          }
          return true
        },
        fields: [
          { type: 'row', fields: [{ name: 'upTo', type: 'number', label: '截至页数', min: 1 }, { name: 'rate', type: 'number', label: '每页（元）', min: 0, required: true }] },
        ],
      },
    ],
  },
]

const names = (fields: Field[]): string[] => fields.flatMap((f) => ('name' in f ? [f.name] : 'fields' in f ? names(f.fields as Field[]) : []))

/** The globals with the group holding the plugin's fields (those the host has not declared itself). */
export const withApplicationSettings = (globals: readonly GlobalConfig[], slug: string, group: string, access: GlobalConfig['access']): GlobalConfig[] => {
  const ours = applicationSettingsFields()
  const groupField = (existing: Field[]): Field => {
    const have = new Set(names(existing))
    return { name: group, type: 'group', label: '依申请公开', fields: [...existing, ...ours.filter((f) => !names([f]).some((n) => have.has(n)))] }
  }
  if (!globals.some((g) => g.slug === slug)) return [...globals, { slug, label: '系统设置', admin: { group: '系统管理' }, access, fields: [groupField([])] }]
  return globals.map((g) => {
    if (g.slug !== slug) return g
    const existing = g.fields.find((f) => 'name' in f && f.name === group && f.type === 'group')
    if (!existing) return { ...g, fields: [...g.fields, groupField([])] }
    return { ...g, fields: g.fields.map((f) => (f === existing ? { ...existing, ...groupField((existing as { fields: Field[] }).fields) } as Field : f)) }
  })
}
