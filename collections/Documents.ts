/** 政府信息: an item of the 政府信息公开目录 with its metadata, disclosure attribute and texts. */
import type { CollectionConfig, FieldAccess } from 'payload'
import { date, relationship, richText, select, text, textarea, upload } from 'payload/shared'
import { documentErrors } from '../domain/documentRules'
import {
  DISCLOSURES, DOCUMENT_KINDS, NON_DISCLOSURE_BASES, ON_REQUEST_REASONS, TOPICS, VALIDITIES,
} from '../domain/vocabulary'
import { isStaff } from '../hooks/access/roles'
import { adminOnly, readScoped, staffOnlyField, writeScoped } from '../hooks/access/rules'
import { isFullTextPublic, PUBLIC_DOCUMENT_WHERE } from '../domain/publicDefinition'
import { ownDepartmentOnly, ownDepartmentProblem } from '../hooks/access/ownDepartmentOnly'
import { openColumnOnly, openColumnOptions, ownDepartmentDefault, ownDepartmentOptions } from '../hooks/access/pickers'
import { guardPublicQuery } from '../hooks/publicQuery/guardPublicQuery'
import { assignIndexNumber } from '../hooks/indexNumber/assignIndexNumber'
import { allocateIndexNumber } from '../hooks/indexNumber/allocateIndexNumber'
import { deriveDocumentFields } from '../hooks/documents/deriveDocumentFields'
import { rejectInvalid } from '../hooks/validation/rejectInvalid'
import { rememberPublishedAttachments, syncAttachmentVisibility, syncAttachmentVisibilityOnDelete } from '../hooks/media/syncAttachmentVisibility'
import { refuseUnsafeRichText, richTextProblem } from '../hooks/validation/refuseUnsafeRichText'
import { linkableAttachments, unlinkableAttachmentProblem } from '../hooks/media/linkableAttachments'
import { formedAtProblem, plausibleFormedAt } from '../hooks/documents/plausibleFormedAt'
import { refusedInFormState, ruleAt } from '../hooks/validation/formStateRefusal'
import { documentMetadataFields } from './documentMetadataFields'
import { METADATA_FIELDS } from '../domain/documentMetadata'
import { changeAndRepostFields } from './documentTimeliness'
import { documentTimelinessHooks } from '../hooks/documents/timeliness'

export const DOCUMENT_PUBLIC_PATHS = [
  'id', 'title', 'column', 'column.slug', 'department', 'indexNumber', 'docNumber', 'formedAt', 'publishedAt',
  'topic', 'kind', 'requiresInterpretation', 'disclosure', 'validity', 'validityChangedAt', 'createdAt', 'updatedAt', '_status',
  // 目录信息要素 and the 有效期 (施行日期/有效期至, added by the annual-report plugin): the 目录 shows them.
  ...METADATA_FIELDS, 'responsibleDepartment.name', 'effectiveFrom', 'effectiveUntil',
  // 变更日期 and the 转载 source are catalogue metadata the public reads (issue 16).
  'changedAt', 'reposted', 'repostSource', 'repostOriginalDate',
] as const

/** The full text of a 部分公开 item never leaves the building; the public reads `publicBody` instead. */
const bodyReadAccess: FieldAccess = ({ req, doc }) => isStaff(req) || isFullTextPublic(doc?.disclosure)

export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: '政府信息', plural: '政府信息' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'indexNumber', 'department', 'disclosure', 'publishedAt', '_status'],
    listSearchableFields: ['title', 'indexNumber', 'docNumber', 'keywords', 'source', 'byline'],
    group: '内容管理',
  },
  // Every save is kept (Payload's default keeps the last 100 and, to prune, reads the item's versions on every save).
  versions: { drafts: true, maxPerDoc: 0 },
  defaultSort: '-createdAt',
  // The public list (`_status` published, newest first, 公开属性 checked from the index) and the admin list of a
  // department scope (newest change first): each read walks its index in order and stops at the page (issue 17).
  indexes: [{ fields: ['_status', 'publishedAt', 'createdAt', 'disclosure'] }, { fields: ['department', 'updatedAt', 'createdAt'] }],
  // Transition hooks the workflow plugin runs: the attachment-only refusal on submit, publishedLate on publication.
  custom: { workflow: documentTimelinessHooks },
  access: {
    read: readScoped(PUBLIC_DOCUMENT_WHERE),
    readVersions: readScoped(false, 'version.department'),
    create: writeScoped(['editor']),
    update: writeScoped(['editor', 'reviewer']),
    delete: adminOnly,
  },
  hooks: {
    beforeOperation: [guardPublicQuery(DOCUMENT_PUBLIC_PATHS)],
    beforeChange: [ownDepartmentOnly, openColumnOnly, refuseUnsafeRichText(['body', 'publicBody']), plausibleFormedAt, linkableAttachments('attachments'), rejectInvalid(documentErrors), deriveDocumentFields, assignIndexNumber, rememberPublishedAttachments('attachments')],
    afterChange: [syncAttachmentVisibility('attachments')],
    afterDelete: [syncAttachmentVisibilityOnDelete('attachments')],
    // Last before the commit: the 索引号 (the department's counter is locked from there to the commit only).
    afterOperation: [allocateIndexNumber],
  },
  fields: [
    { name: 'title', type: 'text', label: '标题', required: true, maxLength: 300 },
    {
      type: 'row',
      fields: [
        { name: 'column', type: 'relationship', relationTo: 'columns', label: '所属栏目', required: true, index: true, filterOptions: openColumnOptions('documents') },
        // An editor or first reviewer is offered, and starts with, their own department (hooks/access/pickers.ts).
        {
          name: 'department',
          type: 'relationship',
          relationTo: 'departments',
          label: '发布机构',
          required: true,
          index: true,
          filterOptions: ownDepartmentOptions,
          defaultValue: ownDepartmentDefault,
          validate: refusedInFormState((value, { req }) => ownDepartmentProblem(req, value), relationship),
        },
      ],
    },
    {
      name: 'indexNumber',
      type: 'text',
      label: '索引号',
      unique: true,
      index: true,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', description: '保存时自动生成，生成后不再改变' },
    },
    {
      type: 'row',
      fields: [
        // A malformed 发文字号 is a review warning with its correction (domain/precheck), not a refusal (SPEC).
        { name: 'docNumber', type: 'text', label: '发文字号', admin: { description: '例如：鄂州政办函〔2015〕24号；格式不规范时在审核面板中提示' } },
        {
          name: 'formedAt',
          type: 'date',
          label: '成文日期',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly' } },
          validate: refusedInFormState((value, { req, previousValue }) => formedAtProblem(req, value, previousValue), date),
        },
        { name: 'publishedAt', type: 'date', label: '发布日期', index: true, access: { update: () => false, create: () => false }, admin: { readOnly: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'topic', type: 'select', label: '主题分类', options: TOPICS.map((o) => ({ ...o })) },
        { name: 'kind', type: 'select', label: '信息类别', index: true, options: DOCUMENT_KINDS.map((o) => ({ ...o })), admin: { description: '留空则按栏目类型确定' } },
      ],
    },
    { name: 'requiresInterpretation', type: 'checkbox', label: '需要政策解读', admin: { description: '政策文件默认需要' } },
    {
      name: 'disclosure',
      type: 'select',
      label: '公开属性',
      required: true,
      defaultValue: 'proactive',
      index: true,
      options: DISCLOSURES.map((o) => ({ ...o })),
    },
    {
      name: 'nonDisclosureBasis',
      type: 'select',
      label: '不予公开（部分公开）依据',
      options: NON_DISCLOSURE_BASES.map((o) => ({ ...o })),
      access: { read: staffOnlyField },
      validate: refusedInFormState(ruleAt(documentErrors, 'nonDisclosureBasis'), select),
      // Shown under 依申请公开 only while it still holds a basis, so the editor can clear it where it is refused.
      admin: { condition: (data) => data?.disclosure === 'partial' || data?.disclosure === 'withheld' || Boolean(data?.disclosure === 'on-request' && data.nonDisclosureBasis) },
    },
    {
      name: 'onRequestReason',
      type: 'select',
      label: '依申请公开理由',
      options: ON_REQUEST_REASONS.map((o) => ({ ...o })),
      access: { read: staffOnlyField },
      validate: refusedInFormState(ruleAt(documentErrors, 'onRequestReason'), select),
      admin: { condition: (data) => data?.disclosure === 'on-request', description: '依申请公开不是不予公开：说明为何不属于主动公开范围' },
    },
    {
      name: 'nonDisclosureReason',
      type: 'textarea',
      label: '公开属性理由说明',
      access: { read: staffOnlyField },
      validate: refusedInFormState(ruleAt(documentErrors, 'nonDisclosureReason'), textarea),
      admin: { condition: (data) => Boolean(data?.disclosure && data.disclosure !== 'proactive') },
    },
    { name: 'body', type: 'richText', label: '正文', access: { read: bodyReadAccess }, validate: refusedInFormState(richTextProblem, richText) },
    {
      name: 'publicBody',
      type: 'richText',
      label: '公开文本',
      admin: { description: '部分公开时必填：删除不予公开内容后对外发布的文本', condition: (data) => data?.disclosure === 'partial' },
      validate: refusedInFormState(richTextProblem, richText),
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: '附件',
      validate: refusedInFormState((value, { req, previousValue }) => unlinkableAttachmentProblem(req, value, previousValue), upload),
    },
    ...documentMetadataFields,
    {
      type: 'row',
      fields: [
        { name: 'validity', type: 'select', label: '有效性', defaultValue: 'valid', options: VALIDITIES.map((o) => ({ ...o })) },
        { name: 'validityChangedAt', type: 'date', label: '有效性变更日期', admin: { readOnly: true } },
      ],
    },
    ...changeAndRepostFields,
    {
      name: 'interpretations',
      type: 'join',
      collection: 'interpretations',
      on: 'policy',
      label: '政策解读',
      // Anonymous readers get only public interpretations: the join applies the interpretations' read access.
      admin: { allowCreate: false },
    },
  ],
}
