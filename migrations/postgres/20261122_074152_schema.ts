import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_calendar_days_kind" AS ENUM('holiday', 'workday');
  CREATE TABLE "calendar_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" varchar NOT NULL,
  	"kind" "enum_calendar_days_kind" DEFAULT 'holiday' NOT NULL,
  	"note" varchar,
  	"source" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "interpretations" ADD COLUMN "policy_withdrawn" boolean DEFAULT false;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_policy_withdrawn" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "calendar_days_id" integer;
  CREATE UNIQUE INDEX "calendar_days_date_idx" ON "calendar_days" USING btree ("date");
  CREATE INDEX "calendar_days_updated_at_idx" ON "calendar_days" USING btree ("updated_at");
  CREATE INDEX "calendar_days_created_at_idx" ON "calendar_days" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_calendar_days_fk" FOREIGN KEY ("calendar_days_id") REFERENCES "public"."calendar_days"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "interpretations_policy_withdrawn_idx" ON "interpretations" USING btree ("policy_withdrawn");
  CREATE INDEX "_interpretations_v_version_version_policy_withdrawn_idx" ON "_interpretations_v" USING btree ("version_policy_withdrawn");
  CREATE INDEX "payload_locked_documents_rels_calendar_days_id_idx" ON "payload_locked_documents_rels" USING btree ("calendar_days_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "calendar_days" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "calendar_days" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_calendar_days_fk";
  
  DROP INDEX "interpretations_policy_withdrawn_idx";
  DROP INDEX "_interpretations_v_version_version_policy_withdrawn_idx";
  DROP INDEX "payload_locked_documents_rels_calendar_days_id_idx";
  ALTER TABLE "interpretations" DROP COLUMN "policy_withdrawn";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_policy_withdrawn";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "calendar_days_id";
  DROP TYPE "public"."enum_calendar_days_kind";`)
}
