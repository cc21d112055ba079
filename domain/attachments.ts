/**
 * Files are content. Once any version of an item that links a file is in review or published, the file
 * (its bytes, name and title) never changes: a replacement is a new media item, linked by a new draft.
 */
import type { ReviewState } from './workflow/states'

/** Review states (and publication) in which some reviewer has seen, or the public reads, the linked files. */
export const FILE_LOCKING_STATES: readonly ReviewState[] = ['submitted', 'first-reviewed', 'secrecy-reviewed', 'scheduled', 'published']

const KIND_LABELS = { documents: '政府信息', interpretations: '政策解读' } as const

export const ATTACHMENT_MESSAGES = {
  locked: (collection: keyof typeof KIND_LABELS, title: string) =>
    `附件已用于${KIND_LABELS[collection]}“${title}”，该稿件正在审核或已经发布，附件的文件和名称不能更改；如需更换，请上传新附件并在稿件中重新关联`,
  badFilename: '文件名不能包含空字符或其他控制字符，请重命名后再上传',
  noDepartment: '您的账号未设置所属部门，不能上传附件',
  notLinkable: '只能关联本部门上传的附件或已公开的附件',
  malformedUpload: '上传的表单无法解析：文件名或表单头部含有空字符等控制字符，请重命名文件后再上传',
} as const

/** Control characters (NUL among them) make no file name: the file system refuses them, or worse, cuts the name short. */
// eslint-disable-next-line no-control-regex
export const badFilename = (name: unknown): boolean => typeof name === 'string' && /[\u0000-\u001f\u007f]/.test(name)
