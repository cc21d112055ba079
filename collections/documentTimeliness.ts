/**
 * 变更与转载 of a 政府信息 item (issue 16): the change date the 20-working-day rule also counts from, the 转载 facts a
 * repost must carry, and what the workflow records at publication (how late it was). Grouped in one place so the
 * metadata other work adds to collections/Documents.ts merges cleanly.
 */
import type { Field } from 'payload'
import { checkbox, date, text } from 'payload/shared'
import { documentErrors } from '../domain/documentRules'
import { staffOnlyField } from '../hooks/access/rules'
import { refusedInFormState, ruleAt } from '../hooks/validation/formStateRefusal'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const } }

export const changeAndRepostFields: Field[] = [
  {
    type: 'collapsible',
    label: '变更与转载',
    admin: { initCollapsed: true },
    fields: [
      {
        name: 'changedAt',
        type: 'date',
        label: '变更日期',
        admin: { ...dayOnly, description: '信息内容发生变更的日期：未公开的信息自变更之日起20个工作日内公开；已公开的信息变更后5个工作日内更新，最迟不超过15日' },
        validate: refusedInFormState(ruleAt(documentErrors, 'changedAt'), date),
      },
      { name: 'reposted', type: 'checkbox', label: '转载上级政府信息', admin: { description: '转载国务院和省、市发布的重要政策信息：须在原文发布后1个工作日内发布' } },
      {
        type: 'row',
        fields: [
          {
            name: 'repostSource',
            type: 'text',
            label: '转载来源',
            admin: { condition: (data) => Boolean(data?.reposted), description: '发布机关及原文网址' },
            validate: refusedInFormState(ruleAt(documentErrors, 'repostSource'), text),
          },
          {
            name: 'repostOriginalDate',
            type: 'date',
            label: '原文发布日期',
            admin: { ...dayOnly, condition: (data) => Boolean(data?.reposted) },
            validate: refusedInFormState(ruleAt(documentErrors, 'repostOriginalDate'), date),
          },
        ],
      },
      {
        name: 'repostSourceVerified',
        type: 'checkbox',
        label: '来源已核实（来源于政府官方媒体）',
        access: { read: staffOnlyField },
        admin: { condition: (data) => Boolean(data?.reposted) },
        validate: refusedInFormState(ruleAt(documentErrors, 'repostSourceVerified'), checkbox),
      },
      {
        type: 'row',
        fields: [
          // Written by the workflow when the item is published (hooks/documents/timeliness.ts).
          {
            name: 'publishedLate',
            type: 'number',
            label: '逾期公开（工作日）',
            index: true,
            access: { read: staffOnlyField, create: () => false, update: () => false },
            admin: { readOnly: true, description: '发布时超过公开时限的工作日数；0 为按时' },
          },
          {
            name: 'lastPublishedAt',
            type: 'date',
            label: '最近发布时间',
            index: true,
            access: { read: staffOnlyField, create: () => false, update: () => false },
            admin: { readOnly: true },
          },
        ],
      },
    ],
  },
]
