/** Consistency rules of a 政府信息 item that hold on every save, draft or not (寻乌县《关于规范全县政务公开相关工作的通知》: 退文 otherwise). */
import { docNumberError } from './docNumber'
import { lexicalHasText } from './lexicalText'

export type FieldError = { path: string; message: string }

export type DocumentInput = {
  disclosure?: string | null
  nonDisclosureBasis?: string | null
  nonDisclosureReason?: string | null
  publicBody?: unknown
  docNumber?: string | null
}

export const MESSAGES = {
  basisRequired: '非主动公开的信息须选择不予公开（部分公开）的法律依据',
  reasonRequired: '非主动公开的信息须填写不予公开（部分公开）的理由',
  publicBodyRequired: '部分公开的信息须提供删除不予公开内容后的公开文本',
} as const

export const documentErrors = (doc: DocumentInput): FieldError[] => {
  const errors: FieldError[] = []
  const docNumber = docNumberError(doc.docNumber)
  if (docNumber) errors.push({ path: 'docNumber', message: docNumber })
  if (doc.disclosure && doc.disclosure !== 'proactive') {
    if (!doc.nonDisclosureBasis) errors.push({ path: 'nonDisclosureBasis', message: MESSAGES.basisRequired })
    if (!doc.nonDisclosureReason || !doc.nonDisclosureReason.trim()) {
      errors.push({ path: 'nonDisclosureReason', message: MESSAGES.reasonRequired })
    }
  }
  if (doc.disclosure === 'partial' && !lexicalHasText(doc.publicBody)) {
    errors.push({ path: 'publicBody', message: MESSAGES.publicBodyRequired })
  }
  return errors
}
