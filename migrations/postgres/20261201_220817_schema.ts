import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_notices_rule" ADD VALUE 'calendar-missing';
  ALTER TYPE "public"."enum_audit_notices_rule" ADD VALUE 'calendar-pending';
  ALTER TABLE "settings" ADD COLUMN "calendar_request_from" varchar DEFAULT '11-01' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "calendar_urgent_from" varchar DEFAULT '12-15' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_notices" ALTER COLUMN "rule" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_notices_rule";
  CREATE TYPE "public"."enum_audit_notices_rule" AS ENUM('column-stale', 'column-empty', 'site-veto', 'interpretation-overdue', 'publish-overdue', 'new-media-stale', 'new-media-closure-unfiled', 'annual-report-missing', 'force-publish-unapproved', 'review-stuck', 'reassessment-due');
  ALTER TABLE "audit_notices" ALTER COLUMN "rule" SET DATA TYPE "public"."enum_audit_notices_rule" USING "rule"::"public"."enum_audit_notices_rule";
  ALTER TABLE "settings" DROP COLUMN "calendar_request_from";
  ALTER TABLE "settings" DROP COLUMN "calendar_urgent_from";`)
}
