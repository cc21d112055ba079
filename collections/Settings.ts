/**
 * 系统设置: the county's name and logo, and every deadline and threshold of the disclosure rules (docs/operations.md),
 * editable by the web office. src/admin/settingsTabs.ts lays it out in tabs once the plugins have added their groups.
 */
import type { Access, Field, GlobalConfig } from 'payload'
import { messageOf } from '../domain/errors'
import { RULES_DEFAULTS } from '../domain/rulesDefaults'
import { indexNumberFormatError } from '../domain/indexNumber'
import { localCodePatternError } from '../domain/organizationCode'
import { COLUMN_KINDS } from '../domain/vocabulary'
import { systemAdminOnly } from '../hooks/access/rules'
import { isStaff, readsSettings } from '../hooks/access/roles'
import { forgetSettings } from '../hooks/settings/getSettings'
import { BRANDING_DEFAULTS } from './brandingDefaults'

const days = (name: string, label: string, defaultValue: number, description?: string): Field => ({
  name,
  type: 'number',
  label,
  min: 0,
  required: true,
  defaultValue,
  admin: description ? { description } : undefined,
})

/** The 网站管理员 and the 三员; every rule that needs a setting reads it on the server (hooks/settings/getSettings.ts). */
const readSettings: Access = ({ req }) => isStaff(req) && readsSettings(req.user)

export const Settings: GlobalConfig = {
  slug: 'settings',
  label: '系统设置',
  admin: { group: '系统管理', hidden: ({ user }) => !readsSettings(user) },
  access: { read: readSettings, update: systemAdminOnly, readVersions: systemAdminOnly },
  hooks: { afterChange: [({ req }) => forgetSettings(req)] },
  fields: [
    {
      name: 'branding',
      type: 'group',
      label: '单位与平台名称',
      admin: { description: '显示在登录页和后台左上角；留空时显示“XX县人民政府 政务公开管理平台”' },
      fields: [
        { name: 'countyName', type: 'text', label: '单位名称', admin: { placeholder: BRANDING_DEFAULTS.countyName, description: '例如 临川县人民政府' } },
        { name: 'portalName', type: 'text', label: '平台名称', admin: { placeholder: BRANDING_DEFAULTS.portalName } },
        {
          name: 'logo',
          type: 'upload',
          relationTo: 'media',
          label: '标志图片',
          admin: { description: '县徽或单位标志（PNG、JPEG 或 SVG 图片，不超过 512 KB）；留空则只显示名称' },
        },
      ],
    },
    {
      name: 'indexNumberFormat',
      type: 'text',
      label: '索引号格式',
      required: true,
      defaultValue: RULES_DEFAULTS.indexNumberFormat,
      admin: { description: '可用占位符：{code} 机构代码、{year} 年份、{serial:5} 5位流水号' },
      validate: (value: unknown) => indexNumberFormatError(value) ?? true,
    },
    {
      name: 'localCodePattern',
      type: 'text',
      label: '地方编码格式（正则表达式）',
      required: true,
      defaultValue: RULES_DEFAULTS.localCodePattern,
      admin: { description: '代码类型为“地方编码”的部门，其索引号代码须符合此格式（不做校验位计算）；默认 6位行政区划代码+3位单位编号，例如甘州区 620702074' },
      validate: (value: unknown) => (localCodePatternError(value) ? messageOf('app.settings-pattern') : true),
    },
    days('reassessmentDays', '不公开信息定期评估周期（天）', RULES_DEFAULTS.reassessmentDays, '条例第十八条'),
    {
      name: 'deadlines',
      type: 'group',
      label: '时限',
      fields: [
        days('publishWorkingDays', '信息形成后公开时限（工作日）', RULES_DEFAULTS.deadlines.publishWorkingDays, '条例第二十六条'),
        days('interpretationLinkDays', '政策解读关联时限', RULES_DEFAULTS.deadlines.interpretationLinkDays),
        {
          name: 'interpretationLinkDayType',
          type: 'select',
          label: '政策解读时限计算方式',
          required: true,
          defaultValue: RULES_DEFAULTS.deadlines.interpretationLinkDayType,
          options: [
            { value: 'calendar', label: '自然日' },
            { value: 'working', label: '工作日' },
          ],
        },
        {
          name: 'interpretationLinkFrom',
          type: 'select',
          label: '政策解读时限起算日',
          required: true,
          defaultValue: RULES_DEFAULTS.deadlines.interpretationLinkFrom,
          admin: { description: '寻乌县规定“政策文件印发之日起5日内”：默认自印发（成文）日期起算' },
          options: [
            { value: 'formed', label: '政策文件印发（成文）日期' },
            { value: 'published', label: '政策文件在网站发布日期' },
          ],
        },
        days('reviewStuckWorkingDays', '审核环节停留预警（工作日）', RULES_DEFAULTS.deadlines.reviewStuckWorkingDays),
        days('changeUpdateWorkingDays', '已公开信息变更后更新时限（工作日）', RULES_DEFAULTS.deadlines.changeUpdateWorkingDays, '鄂州市政府办公室《关于做好全市政府网站信息内容建设工作的通知》：信息变更后5个工作日内予以更新；超过即为黄色'),
        days('changeUpdateMaxDays', '已公开信息变更后最迟更新（天）', RULES_DEFAULTS.deadlines.changeUpdateMaxDays, '同一通知：因特殊原因不能及时更新的，不能迟于信息变更后15日；超过即为红色'),
        days('repostWorkingDays', '转载上级政府信息时限（工作日）', RULES_DEFAULTS.deadlines.repostWorkingDays, '同一通知：最迟不得滞后1个工作日；寻乌县：即时转载。自原文发布日期起算'),
      ],
    },
    {
      name: 'content',
      type: 'group',
      label: '内容校验',
      fields: [
        {
          name: 'formedAtEarliest',
          type: 'text',
          label: '成文日期最早可填（年-月-日）',
          required: true,
          defaultValue: RULES_DEFAULTS.content.formedAtEarliest,
          validate: (value: unknown) =>
            typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value) ? true : messageOf('app.settings-date-format'),
        },
        days('formedAtMaxFutureDays', '成文日期最多可晚于当天（天）', RULES_DEFAULTS.content.formedAtMaxFutureDays),
        {
          name: 'attachmentOnlyColumnKinds',
          type: 'select',
          hasMany: true,
          label: '允许仅以附件发布的栏目类型',
          options: COLUMN_KINDS.map((o) => ({ ...o })),
          admin: { description: '例如扫描版政府公报所在栏目；其他栏目正文为空或只有附件链接的信息不能提交审核（甘州区通报：禁止以附件等形式作为发布内容）' },
        },
      ],
    },
    {
      name: 'columns',
      type: 'group',
      label: '栏目更新周期（天，0 表示不设周期）',
      fields: [
        ...COLUMN_KINDS.map(({ value, label }) => days(value, label, RULES_DEFAULTS.columns[value])),
        days('newsWarningDays', '工作动态预警天数', RULES_DEFAULTS.columns.newsWarningDays),
        days('warningDaysBefore', '其他栏目到期前预警天数', RULES_DEFAULTS.columns.warningDaysBefore),
      ],
    },
    {
      name: 'site',
      type: 'group',
      label: '单项否决阈值',
      fields: [
        days('emptyColumnsVeto', '空白栏目数量', RULES_DEFAULTS.site.emptyColumnsVeto),
        days('staleKeyColumnsVeto', '动态、通知公告、政策文件类栏目不更新数量', RULES_DEFAULTS.site.staleKeyColumnsVeto),
        days('staleColumnsVeto', '不更新栏目总数', RULES_DEFAULTS.site.staleColumnsVeto),
      ],
    },
    {
      name: 'newMedia',
      type: 'group',
      label: '政务新媒体',
      fields: [
        days('updateDays', '更新周期（天）', RULES_DEFAULTS.newMedia.updateDays, '寻乌县：确保每个星期都有信息更新'),
        {
          name: 'updateSeverity',
          type: 'select',
          label: '超过更新周期未更新',
          required: true,
          defaultValue: RULES_DEFAULTS.newMedia.updateSeverity,
          options: [
            { value: 'yellow', label: '黄色（预警）' },
            { value: 'red', label: '红色（逾期）' },
          ],
        },
        days('vetoDays', '未更新单项否决（天）', RULES_DEFAULTS.newMedia.vetoDays),
        days('firstEscalationMonths', '第一级督办（月）', RULES_DEFAULTS.newMedia.firstEscalationMonths),
        days('secondEscalationMonths', '第二级督办（月）', RULES_DEFAULTS.newMedia.secondEscalationMonths),
      ],
    },
    {
      name: 'interpretationQuotas',
      type: 'group',
      label: '政策解读年度数量',
      admin: { description: '寻乌县：各单位每年解读重要政策文件不少于6次，其中单位主要领导解读不少于3次' },
      fields: [
        days('yearly', '每年解读不少于（篇）', RULES_DEFAULTS.interpretationQuotas.yearly),
        days('byPrincipal', '其中主要负责人解读不少于（篇）', RULES_DEFAULTS.interpretationQuotas.byPrincipal),
        monthDay('warnFrom', '自此日起提醒数量不足（月-日）', RULES_DEFAULTS.interpretationQuotas.warnFrom),
      ],
    },
    {
      name: 'annualReports',
      type: 'group',
      label: '年度报告',
      fields: [
        monthDay('departmentDue', '部门年报截止日期（月-日）', RULES_DEFAULTS.annualReports.departmentDue),
        monthDay('governmentDue', '政府年报截止日期（月-日）', RULES_DEFAULTS.annualReports.governmentDue),
      ],
    },
    {
      name: 'mailbox',
      type: 'group',
      label: '领导信箱',
      fields: [
        days('simpleReplyWorkingDays', '简单咨询答复时限（工作日）', RULES_DEFAULTS.mailbox.simpleReplyWorkingDays),
        days('replyWorkingDays', '其他留言答复时限（工作日）', RULES_DEFAULTS.mailbox.replyWorkingDays),
      ],
    },
    // The groups 工作日历 (calendar), 自动巡检 (audit) and 依申请公开 (applications) are added by their plugins.
  ],
}

function monthDay(name: string, label: string, defaultValue: string): Field {
  return {
    name,
    type: 'text',
    label,
    required: true,
    defaultValue,
    validate: (value: unknown) =>
      typeof value === 'string' && /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value) ? true : messageOf('app.settings-month-day-format'),
  }
}
