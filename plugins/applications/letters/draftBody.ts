/** A new letter's text: the kind's current template filled from the application (and the drafter's values). */
import type { CollectionSlug, PayloadRequest } from 'payload'
import { letterValues, renderLetter, type LetterKind } from '../../../domain/applications/letters'
import { localDate } from '../../../domain/calendar'
import { idOf } from '../../../domain/ids'
import { clockSettings } from '../settings'
import type { LettersContext } from './context'
import { currentTemplate } from './templates'

export type ApplicationRow = Record<string, unknown> & { id: string | number; trackingNumber?: string; department?: unknown; applicant?: { name?: string | null } | null }

export const draftBody = async (ctx: LettersContext, req: PayloadRequest, kind: LetterKind, application: ApplicationRow, overrides: Record<string, unknown>) => {
  const departmentId = idOf(application.department)
  const department = departmentId
    ? ((await req.payload.findByID({ collection: ctx.departments as CollectionSlug, id: departmentId, depth: 0, overrideAccess: true, disableErrors: true, req })) as { name?: string } | null)
    : null
  const settings = await clockSettings(ctx, req)
  const values = letterValues(
    kind,
    {
      applicantName: application.applicant?.name ?? null,
      trackingNumber: application.trackingNumber ?? null,
      receivedAt: (application.receivedAt as string | undefined) ?? null,
      description: (application.description as string | undefined) ?? null,
      dueAt: (application.dueAt as string | undefined) ?? null,
      outcome: (application.outcome as string | undefined) ?? null,
      departmentName: department?.name ?? null,
      history: (application.history as Array<{ type: string; reason?: string | null; days?: number | null }> | undefined) ?? [],
      correctionPeriodDays: settings.correctionPeriodDays,
      thirdPartyDays: settings.thirdPartyDays,
      today: localDate(new Date()),
    },
    overrides,
  )
  return renderLetter(await currentTemplate(ctx, req, kind), values)
}
