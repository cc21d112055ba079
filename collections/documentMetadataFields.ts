/**
 * 目录信息要素 of a document (domain/documentMetadata.ts): 关键词, 公开形式, 责任部门, 文种, 来源, 作者. Kept in one group of
 * fields so that the documents collection lists them in one place; all public (the 目录 shows them), filterable and
 * part of the content a signature is bound to.
 */
import type { Field } from 'payload'
import { DISCLOSURE_FORMS, GENRES } from '../domain/documentMetadata'

export const documentMetadataFields: Field[] = [
  {
    type: 'collapsible',
    label: '目录信息要素',
    admin: { initCollapsed: false },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'keywords', type: 'text', label: '关键词', index: true, maxLength: 200, admin: { description: '多个关键词以顿号或空格分隔' } },
          { name: 'genre', type: 'select', label: '文种', index: true, options: GENRES.map((o) => ({ ...o })), admin: { description: '党政机关公文的文种；非公文选“其他”' } },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'disclosureForms', type: 'select', hasMany: true, label: '公开形式', defaultValue: ['website'], options: DISCLOSURE_FORMS.map((o) => ({ ...o })) },
          { name: 'responsibleDepartment', type: 'relationship', relationTo: 'departments', label: '责任部门', index: true, admin: { description: '留空则为发布机构' } },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'source', type: 'text', label: '来源', maxLength: 200, admin: { description: '例如：县人民政府办公室' } },
          { name: 'byline', type: 'text', label: '作者', maxLength: 100, admin: { description: '稿件署名作者（信息要素）' } },
        ],
      },
    ],
  },
]
