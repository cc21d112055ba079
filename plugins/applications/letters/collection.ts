/**
 * 告知书 (补正告知书, 延期答复告知书, 征求第三方意见书, 答复书): drafted from the editable template and the application's
 * facts, edited while 待签发, signed by the department's 终审领导 or the 网站管理员 (never by its drafter) through the sign
 * endpoint, then immutable. They hold the applicant's personal data: read exactly like the register, by the handling
 * department (the letter keeps the application's department) and the 网站管理员.
 */
import type { CollectionConfig, CollectionSlug, Where } from 'payload'
import { LETTER_KINDS, LETTER_STATUSES } from '../../../domain/applications/letters'
import type { UserLike } from '../../../domain/actors'
import type { LettersContext } from './context'
import { LETTER_ACTIONS_COMPONENT } from './defaults'
import { keepSigned, letterFields } from './letterFields'

const options = <T extends ReadonlyArray<{ value: string; label: string }>>(list: T) => list.map((o) => ({ value: o.value, label: o.label }))

export const lettersCollection = (ctx: LettersContext): CollectionConfig => {
  const handles = ({ req }: { req: { user?: unknown } }): boolean | Where => {
    if (!ctx.actors.isStaff(req as never)) return false
    if (ctx.actors.hasRole(req.user as UserLike, 'admin')) return true
    const department = ctx.users.departmentOf(req.user as UserLike)
    return department === null ? false : { department: { equals: department } }
  }
  const readOnly = { readOnly: true }
  return {
    slug: ctx.lettersSlug,
    labels: { singular: '告知书', plural: '告知书' },
    admin: {
      useAsTitle: 'title',
      group: '依申请公开',
      defaultColumns: ['title', 'kind', 'status', 'department', 'drafter', 'signer', 'signedAt', 'createdAt'],
      description: '补正、延期答复、征求第三方意见和答复的告知书：由模板生成，签发前可修改，经本部门终审领导或网站管理员签发后不能再改，签发记入发布审批台账。',
      components: { edit: { beforeDocumentControls: [LETTER_ACTIONS_COMPONENT] } },
    },
    access: { read: handles, create: handles as never, update: handles, delete: handles },
    hooks: { beforeChange: [letterFields(ctx)], beforeDelete: [keepSigned(ctx)] },
    fields: [
      { name: 'title', type: 'text', label: '标题', admin: { ...readOnly, description: '种类与受理编号，自动生成' } },
      {
        type: 'row',
        fields: [
          { name: 'application', type: 'relationship', relationTo: ctx.slug as CollectionSlug, label: '所属申请', required: true, index: true },
          { name: 'kind', type: 'select', label: '种类', required: true, index: true, options: options(LETTER_KINDS) },
          { name: 'department', type: 'relationship', relationTo: ctx.departments as CollectionSlug, label: '办理机关', index: true, admin: readOnly },
        ],
      },
      {
        name: 'body',
        type: 'textarea',
        label: '正文',
        maxLength: 20000,
        admin: { rows: 20, description: '新建时按模板和申请信息生成（留空即可）；〔待填写：…〕处须补充后才能签发。签发后不能修改。' },
      },
      {
        type: 'row',
        fields: [
          { name: 'status', type: 'select', label: '状态', index: true, defaultValue: 'draft', options: options(LETTER_STATUSES), admin: readOnly },
          { name: 'drafter', type: 'relationship', relationTo: ctx.users.slug as CollectionSlug, label: '起草人', admin: readOnly },
          { name: 'signer', type: 'relationship', relationTo: ctx.users.slug as CollectionSlug, label: '签发人', admin: readOnly },
          { name: 'signedAt', type: 'date', label: '签发时间', admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
        ],
      },
    ],
  }
}
