/** What the letters' hooks and endpoints share: the register's context and the letters' own names. */
import type { ApplicationsContext } from '../context'

export type LettersContext = ApplicationsContext & {
  lettersSlug: string
  templatesGroup: string
  exportLog: { slug: string; clientIpHeader: string }
  /** The approval register a signature is written to, and whether it records a department. */
  approvalRegister: { slug: string; context: string; department: boolean } | null
}
