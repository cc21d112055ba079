/**
 * The editable templates: one textarea per kind in the settings group (default = the domain's template); a template
 * naming an unknown placeholder is refused at its field. A kind never saved reads as the default.
 */
import type { Field, PayloadRequest } from 'payload'
import { DEFAULT_TEMPLATES, LETTER_KINDS, PLACEHOLDERS, templateProblem, type LetterKind } from '../../../domain/applications/letters'
import type { LettersContext } from './context'

/** Field names (GraphQL-safe) of the kinds. */
export const TEMPLATE_FIELDS: Record<LetterKind, string> = { correction: 'correction', extension: 'extension', 'third-party': 'thirdParty', reply: 'reply' }

export const templatesGroup = (name: string): Field => ({
  name,
  type: 'group',
  label: '依申请公开告知书模板',
  admin: {
    description: `每行一段：第一行为标题，“受理编号”一行为文号，以冒号结尾的一行为称呼，最后两行为落款机关和日期。可用的占位符：${Object.entries(PLACEHOLDERS)
      .map(([key, what]) => `{${key}}（${what}）`)
      .join('、')}`,
  },
  fields: LETTER_KINDS.map(
    (kind): Field => ({
      name: TEMPLATE_FIELDS[kind.value],
      type: 'textarea',
      label: kind.label,
      required: true,
      defaultValue: DEFAULT_TEMPLATES[kind.value],
      admin: { rows: 12 },
      validate: (value: unknown) => templateProblem(value) ?? true,
    }),
  ),
})

/** The current template of a kind: the settings' text, or the default. */
export const currentTemplate = async (ctx: LettersContext, req: PayloadRequest, kind: LetterKind): Promise<string> => {
  const settings = (await req.payload.findGlobal({ slug: ctx.settingsGlobal as never, depth: 0, overrideAccess: true, req }).catch(() => ({}))) as Record<string, unknown>
  const group = settings[ctx.templatesGroup] as Record<string, unknown> | undefined
  const text = group?.[TEMPLATE_FIELDS[kind]]
  return typeof text === 'string' && text.trim() ? text : DEFAULT_TEMPLATES[kind]
}
