import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_approval_records_action" ADD VALUE 'discard';
  ALTER TABLE "settings" ADD COLUMN "branding_county_name" varchar;
  ALTER TABLE "settings" ADD COLUMN "branding_portal_name" varchar;
  ALTER TABLE "settings" ADD COLUMN "branding_logo_id" integer;
  ALTER TABLE "settings" ADD CONSTRAINT "settings_branding_logo_id_media_id_fk" FOREIGN KEY ("branding_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "settings_branding_branding_logo_idx" ON "settings" USING btree ("branding_logo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "settings" DROP CONSTRAINT "settings_branding_logo_id_media_id_fk";
  
  ALTER TABLE "approval_records" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_approval_records_action";
  CREATE TYPE "public"."enum_approval_records_action" AS ENUM('submit', 'approve', 'return', 'withdraw', 'force-publish', 'publish-scheduled', 'void');
  ALTER TABLE "approval_records" ALTER COLUMN "action" SET DATA TYPE "public"."enum_approval_records_action" USING "action"::"public"."enum_approval_records_action";
  DROP INDEX "settings_branding_branding_logo_idx";
  ALTER TABLE "settings" DROP COLUMN "branding_county_name";
  ALTER TABLE "settings" DROP COLUMN "branding_portal_name";
  ALTER TABLE "settings" DROP COLUMN "branding_logo_id";`)
}
