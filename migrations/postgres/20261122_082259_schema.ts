import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_audit_notices_rule" AS ENUM('column-stale', 'column-empty', 'site-veto', 'interpretation-overdue', 'publish-overdue', 'new-media-stale', 'new-media-closure-unfiled', 'annual-report-missing', 'force-publish-unapproved', 'review-stuck', 'reassessment-due');
  CREATE TYPE "public"."enum_audit_notices_severity" AS ENUM('red', 'yellow');
  CREATE TYPE "public"."enum_audit_notices_subject_type" AS ENUM('columns', 'documents', 'interpretations', 'new-media-accounts', 'departments', 'site');
  CREATE TYPE "public"."enum_audit_notices_status" AS ENUM('open', 'resolved');
  CREATE TYPE "public"."enum_audit_notices_emailed_severity" AS ENUM('red', 'yellow');
  CREATE TYPE "public"."enum_audit_digests_status" AS ENUM('pending', 'sending', 'sent', 'failed', 'superseded');
  CREATE TABLE "audit_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"rule" "enum_audit_notices_rule" NOT NULL,
  	"severity" "enum_audit_notices_severity" NOT NULL,
  	"subject_type" "enum_audit_notices_subject_type" NOT NULL,
  	"subject_id" varchar NOT NULL,
  	"subject_title" varchar,
  	"department_id" integer,
  	"message" varchar,
  	"due_at" timestamp(3) with time zone,
  	"detected_at" timestamp(3) with time zone,
  	"last_seen_at" timestamp(3) with time zone,
  	"resolved_at" timestamp(3) with time zone,
  	"status" "enum_audit_notices_status" DEFAULT 'open' NOT NULL,
  	"emailed_at" timestamp(3) with time zone,
  	"emailed_severity" "enum_audit_notices_emailed_severity",
  	"email_attempts" numeric DEFAULT 0,
  	"last_email_error" varchar,
  	"next_email_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_digests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"run_key" varchar,
  	"department_id" integer,
  	"notices" jsonb,
  	"subject" varchar,
  	"html" varchar,
  	"text" varchar,
  	"recipients" varchar,
  	"status" "enum_audit_digests_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"last_error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"message_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_notices_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_digests_id" integer;
  ALTER TABLE "settings" ADD COLUMN "audit_interpretation_warning_days" numeric DEFAULT 1 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "audit_publish_warning_working_days" numeric DEFAULT 5 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "audit_review_stuck_warning_working_days" numeric DEFAULT 3 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "audit_force_publish_red_working_days" numeric DEFAULT 3 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "audit_annual_report_warning_days" numeric DEFAULT 15 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "audit_reassessment_warning_days" numeric DEFAULT 30 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "audit_reminder_days" numeric DEFAULT 7 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "audit_email_retry_base_minutes" numeric DEFAULT 60 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "audit_email_retry_max_minutes" numeric DEFAULT 1440 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "audit_lock_minutes" numeric DEFAULT 60 NOT NULL;
  ALTER TABLE "audit_notices" ADD CONSTRAINT "audit_notices_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_digests" ADD CONSTRAINT "audit_digests_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "audit_notices_rule_idx" ON "audit_notices" USING btree ("rule");
  CREATE INDEX "audit_notices_subject_id_idx" ON "audit_notices" USING btree ("subject_id");
  CREATE INDEX "audit_notices_department_idx" ON "audit_notices" USING btree ("department_id");
  CREATE INDEX "audit_notices_last_seen_at_idx" ON "audit_notices" USING btree ("last_seen_at");
  CREATE INDEX "audit_notices_status_idx" ON "audit_notices" USING btree ("status");
  CREATE INDEX "audit_notices_updated_at_idx" ON "audit_notices" USING btree ("updated_at");
  CREATE INDEX "audit_notices_created_at_idx" ON "audit_notices" USING btree ("created_at");
  CREATE UNIQUE INDEX "audit_digests_key_idx" ON "audit_digests" USING btree ("key");
  CREATE INDEX "audit_digests_run_key_idx" ON "audit_digests" USING btree ("run_key");
  CREATE INDEX "audit_digests_department_idx" ON "audit_digests" USING btree ("department_id");
  CREATE INDEX "audit_digests_status_idx" ON "audit_digests" USING btree ("status");
  CREATE INDEX "audit_digests_updated_at_idx" ON "audit_digests" USING btree ("updated_at");
  CREATE INDEX "audit_digests_created_at_idx" ON "audit_digests" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_notices_fk" FOREIGN KEY ("audit_notices_id") REFERENCES "public"."audit_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_digests_fk" FOREIGN KEY ("audit_digests_id") REFERENCES "public"."audit_digests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_audit_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_notices_id");
  CREATE INDEX "payload_locked_documents_rels_audit_digests_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_digests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_notices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_digests" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_notices" CASCADE;
  DROP TABLE "audit_digests" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_notices_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_digests_fk";
  
  DROP INDEX "payload_locked_documents_rels_audit_notices_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_digests_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_notices_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_digests_id";
  ALTER TABLE "settings" DROP COLUMN "audit_interpretation_warning_days";
  ALTER TABLE "settings" DROP COLUMN "audit_publish_warning_working_days";
  ALTER TABLE "settings" DROP COLUMN "audit_review_stuck_warning_working_days";
  ALTER TABLE "settings" DROP COLUMN "audit_force_publish_red_working_days";
  ALTER TABLE "settings" DROP COLUMN "audit_annual_report_warning_days";
  ALTER TABLE "settings" DROP COLUMN "audit_reassessment_warning_days";
  ALTER TABLE "settings" DROP COLUMN "audit_reminder_days";
  ALTER TABLE "settings" DROP COLUMN "audit_email_retry_base_minutes";
  ALTER TABLE "settings" DROP COLUMN "audit_email_retry_max_minutes";
  ALTER TABLE "settings" DROP COLUMN "audit_lock_minutes";
  DROP TYPE "public"."enum_audit_notices_rule";
  DROP TYPE "public"."enum_audit_notices_severity";
  DROP TYPE "public"."enum_audit_notices_subject_type";
  DROP TYPE "public"."enum_audit_notices_status";
  DROP TYPE "public"."enum_audit_notices_emailed_severity";
  DROP TYPE "public"."enum_audit_digests_status";`)
}
