/**
 * The register of applications (政府信息公开申请). Staff only, and only the handling department and the 政务公开办
 * (the 网站管理员) read it: applicant data is personal information (条例29; 个人信息保护法), never public, masked in
 * lists. Its state (`status`, `dueAt`, `outcome`, `answeredAt`, `history`) is written by the actions endpoint alone,
 * one dated and signed history entry per step, from which domain/applications/clock.ts computes the clock.
 */
import type { CollectionAfterReadHook, CollectionBeforeChangeHook, CollectionConfig, CollectionSlug, Field, Where } from 'payload'
import { ValidationError } from 'payload'
import type { ActorRules, UserModel } from '../../domain/actors'
import { APPLICANT_TYPES, APPLICATION_CHANNELS, APPLICATION_STATUSES, DELIVERIES, HISTORY_TYPES, ID_TYPES, isOutcome } from '../../domain/applications/vocabulary'

const OUTCOME_CELL = '/plugins/applications/components/OutcomeCell#OutcomeCell'
import { maskApplicant } from '../../domain/applications/applicant'


const select = <T extends ReadonlyArray<{ value: string; label: string }>>(options: T) => options.map((o) => ({ value: o.value, label: o.label }))

/** A read made for the register's export, which is logged: lists keep the applicant in full. */
export const UNMASKED_READ = 'gongkaiApplicationsUnmaskedRead'

/** Fields only the plugin writes (hooks/systemFields: the registration and the actions endpoint). */
export const SYSTEM_FIELDS = ['trackingNumber', 'queryCodeHash', 'status', 'dueAt', 'answeredAt', 'outcome', 'history'] as const

export const applicationsCollection = ({ slug, departments, users, actors }: { slug: string; departments: string; users: UserModel; actors: ActorRules }, systemFields: CollectionBeforeChangeHook): CollectionConfig => {
  const handles = ({ req }: { req: { user?: unknown } }): boolean | Where => {
    const user = req.user as Parameters<UserModel['departmentOf']>[0]
    if (!actors.isStaff(req as never)) return false
    if (actors.hasRole(user, 'admin')) return true
    const department = users.departmentOf(user)
    return department === null ? false : { department: { equals: department } }
  }
  /** Staff file applications for their own department; the 网站管理员 for any. */
  const ownDepartment: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
    const user = req.user as Parameters<UserModel['departmentOf']>[0]
    if (actors.hasRole(user, 'admin') || !actors.isStaff(req as never)) return data
    const department = String(data.department ?? originalDoc?.department ?? '')
    if (department !== String(users.departmentOf(user))) {
      throw new ValidationError({ collection: slug, errors: [{ path: 'department', message: '只能登记本部门办理的申请', label: '办理机关' }] }, req.t)
    }
    return data
  }
  /** Lists show who applied only as a masked name and number (个人信息最小化); the edit view shows the full record. */
  const maskInLists: CollectionAfterReadHook = ({ context, doc, findMany }) =>
    findMany && doc?.applicant && !context?.[UNMASKED_READ] ? { ...doc, applicant: maskApplicant(doc.applicant) } : doc

  const applicantFields: Field[] = [
    { name: 'name', type: 'text', label: '姓名或名称', required: true, maxLength: 100 },
    { name: 'idType', type: 'select', label: '证件类型', options: select(ID_TYPES) },
    { name: 'idNumber', type: 'text', label: '证件号码', maxLength: 40 },
    { name: 'organization', type: 'text', label: '法人或其他组织名称', maxLength: 200 },
    { name: 'organizationCode', type: 'text', label: '统一社会信用代码', maxLength: 18 },
    { name: 'contactPerson', type: 'text', label: '联系人', maxLength: 50 },
    { name: 'phone', type: 'text', label: '联系电话', maxLength: 30 },
    { name: 'email', type: 'email', label: '电子邮箱' },
    { name: 'address', type: 'text', label: '通信地址', maxLength: 200 },
  ]

  return {
    slug,
    labels: { singular: '政府信息公开申请', plural: '政府信息公开申请' },
    admin: {
      useAsTitle: 'trackingNumber',
      group: '依申请公开',
      defaultColumns: ['trackingNumber', 'applicantType', 'department', 'receivedAt', 'status', 'dueAt', 'outcome'],
      description: '依申请公开登记台账：受理、补正、延期、征求意见与答复均经办理操作记录，申请人信息仅本机关办理人员可见。',
      components: {
        // The description slot sits under the edit view's title: there it also holds the 申请办理 panel (its steps).
        Description: { path: '/plugins/applications/components/ApplicationActions#ApplicationActions', clientProps: { departments } },
        // Table 三 of the annual report, folded above the list.
        beforeListTable: ['/plugins/applications/components/AnnualTable#AnnualTable'],
      },
    },
    access: { read: handles, create: handles as never, update: handles, delete: () => false },
    hooks: { beforeChange: [ownDepartment, systemFields], afterRead: [maskInLists] },
    fields: [
      { name: 'trackingNumber', type: 'text', label: '受理编号', unique: true, index: true, admin: { readOnly: true } },
      { name: 'queryCodeHash', type: 'text', label: '查询码摘要', admin: { hidden: true }, access: { read: () => false } },
      {
        type: 'row',
        fields: [
          { name: 'channel', type: 'select', label: '申请方式', required: true, options: select(APPLICATION_CHANNELS) },
          { name: 'receivedAt', type: 'text', label: '收到申请之日', required: true, admin: { description: 'yyyy-MM-dd。当面提交为提交之日；邮寄为签收之日；网上或传真为双方确认之日（条例第三十一条）' } },
          { name: 'department', type: 'relationship', relationTo: departments as CollectionSlug, label: '办理机关', required: true, index: true },
        ],
      },
      { name: 'applicantType', type: 'select', label: '申请人类型', required: true, index: true, options: select(APPLICANT_TYPES) },
      { name: 'applicant', type: 'group', label: '申请人', fields: applicantFields },
      { name: 'description', type: 'textarea', label: '所需政府信息的名称、文号或便于查询的其他特征性描述', required: true, maxLength: 4000 },
      { name: 'purpose', type: 'textarea', label: '用途（选填）', maxLength: 1000 },
      { name: 'delivery', type: 'select', label: '获取信息的方式', options: select(DELIVERIES) },
      {
        type: 'row',
        fields: [
          { name: 'status', type: 'select', label: '状态', index: true, defaultValue: 'received', options: select(APPLICATION_STATUSES), admin: { readOnly: true } },
          { name: 'dueAt', type: 'text', label: '答复期限', index: true, admin: { readOnly: true, description: '最早可能的最后一日；跨入日历尚未公布的年份时以办理记录为准' } },
          { name: 'answeredAt', type: 'text', label: '答复日期', admin: { readOnly: true } },
        ],
      },
      // A text field holding one of table 三's codes (`refused:state-secret` …): GraphQL enum values cannot hold the
      // codes' colons, so a select field would break the GraphQL schema. The admin shows the row's Chinese wording.
      {
        name: 'outcome',
        type: 'text',
        label: '办理结果',
        index: true,
        validate: (value: unknown) => value === null || value === undefined || value === '' || isOutcome(value) || '办理结果应为年度报告表三中的一项',
        admin: { readOnly: true, components: { Cell: OUTCOME_CELL } },
      },
      {
        name: 'history',
        type: 'array',
        label: '办理记录',
        labels: { singular: '办理记录', plural: '办理记录' },
        admin: { readOnly: true },
        fields: [
          { name: 'type', type: 'select', label: '事项', required: true, options: select(HISTORY_TYPES) },
          { name: 'date', type: 'text', label: '日期', required: true },
          { name: 'by', type: 'relationship', relationTo: users.slug as CollectionSlug, label: '办理人' },
          { name: 'at', type: 'date', label: '登记时间' },
          { name: 'reason', type: 'textarea', label: '理由或说明' },
          { name: 'days', type: 'number', label: '工作日数' },
          { name: 'party', type: 'select', label: '征求对象', options: [{ value: 'third-party', label: '第三方' }, { value: 'agency', label: '其他机关' }] },
          { name: 'until', type: 'text', label: '延迟至' },
          { name: 'outcome', type: 'text', label: '办理结果' },
          { name: 'fromDepartment', type: 'relationship', relationTo: departments as CollectionSlug, label: '原办理机关' },
          { name: 'method', type: 'select', label: '计收方式', options: [{ value: 'item', label: '按件' }, { value: 'page', label: '按量' }] },
          { name: 'pages', type: 'number', label: '页数' },
          { name: 'amount', type: 'number', label: '金额（元）' },
        ],
      },
    ],
  }
}
