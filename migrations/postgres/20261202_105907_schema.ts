import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_applications_history_type" AS ENUM('received', 'correction-requested', 'correction-received', 'extended', 'consultation-started', 'consultation-ended', 'delayed', 'transferred', 'answered', 'abandoned');
  CREATE TYPE "public"."enum_applications_history_party" AS ENUM('third-party', 'agency');
  CREATE TYPE "public"."enum_applications_channel" AS ENUM('online', 'letter', 'in-person', 'fax', 'transfer');
  CREATE TYPE "public"."enum_applications_applicant_type" AS ENUM('person', 'company', 'research', 'public-interest', 'legal-service', 'other-org');
  CREATE TYPE "public"."enum_applications_applicant_id_type" AS ENUM('resident-id', 'passport', 'hk-macao-permit', 'taiwan-permit', 'other');
  CREATE TYPE "public"."enum_applications_delivery" AS ENUM('post', 'email', 'pickup', 'fax');
  CREATE TYPE "public"."enum_applications_status" AS ENUM('received', 'awaiting-correction', 'in-progress', 'consulting', 'extended', 'answered', 'closed');
  ALTER TYPE "public"."enum_audit_notices_rule" ADD VALUE 'application-deadline' BEFORE 'calendar-pending';
  ALTER TYPE "public"."enum_audit_notices_subject_type" ADD VALUE 'applications' BEFORE 'site';
  CREATE TABLE "applications_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" "enum_applications_history_type" NOT NULL,
  	"date" varchar NOT NULL,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar,
  	"days" numeric,
  	"party" "enum_applications_history_party",
  	"until" varchar,
  	"outcome" varchar,
  	"from_department_id" integer
  );
  
  CREATE TABLE "applications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tracking_number" varchar,
  	"query_code_hash" varchar,
  	"channel" "enum_applications_channel" NOT NULL,
  	"received_at" varchar NOT NULL,
  	"department_id" integer NOT NULL,
  	"applicant_type" "enum_applications_applicant_type" NOT NULL,
  	"applicant_name" varchar NOT NULL,
  	"applicant_id_type" "enum_applications_applicant_id_type",
  	"applicant_id_number" varchar,
  	"applicant_organization" varchar,
  	"applicant_organization_code" varchar,
  	"applicant_contact_person" varchar,
  	"applicant_phone" varchar,
  	"applicant_email" varchar,
  	"applicant_address" varchar,
  	"description" varchar NOT NULL,
  	"purpose" varchar,
  	"delivery" "enum_applications_delivery",
  	"status" "enum_applications_status" DEFAULT 'received',
  	"due_at" varchar,
  	"answered_at" varchar,
  	"outcome" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "applications_id" integer;
  ALTER TABLE "applications_history" ADD CONSTRAINT "applications_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applications_history" ADD CONSTRAINT "applications_history_from_department_id_departments_id_fk" FOREIGN KEY ("from_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applications_history" ADD CONSTRAINT "applications_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "applications" ADD CONSTRAINT "applications_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "applications_history_order_idx" ON "applications_history" USING btree ("_order");
  CREATE INDEX "applications_history_parent_id_idx" ON "applications_history" USING btree ("_parent_id");
  CREATE INDEX "applications_history_by_idx" ON "applications_history" USING btree ("by_id");
  CREATE INDEX "applications_history_from_department_idx" ON "applications_history" USING btree ("from_department_id");
  CREATE UNIQUE INDEX "applications_tracking_number_idx" ON "applications" USING btree ("tracking_number");
  CREATE INDEX "applications_department_idx" ON "applications" USING btree ("department_id");
  CREATE INDEX "applications_applicant_type_idx" ON "applications" USING btree ("applicant_type");
  CREATE INDEX "applications_status_idx" ON "applications" USING btree ("status");
  CREATE INDEX "applications_due_at_idx" ON "applications" USING btree ("due_at");
  CREATE INDEX "applications_outcome_idx" ON "applications" USING btree ("outcome");
  CREATE INDEX "applications_updated_at_idx" ON "applications" USING btree ("updated_at");
  CREATE INDEX "applications_created_at_idx" ON "applications" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_applications_fk" FOREIGN KEY ("applications_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_applications_id_idx" ON "payload_locked_documents_rels" USING btree ("applications_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "applications_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "applications" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "applications_history" CASCADE;
  DROP TABLE "applications" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_applications_fk";
  
  ALTER TABLE "audit_notices" ALTER COLUMN "rule" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_notices_rule";
  CREATE TYPE "public"."enum_audit_notices_rule" AS ENUM('column-stale', 'column-empty', 'site-veto', 'interpretation-overdue', 'publish-overdue', 'new-media-stale', 'new-media-closure-unfiled', 'annual-report-missing', 'force-publish-unapproved', 'review-stuck', 'reassessment-due', 'calendar-missing', 'calendar-pending');
  ALTER TABLE "audit_notices" ALTER COLUMN "rule" SET DATA TYPE "public"."enum_audit_notices_rule" USING "rule"::"public"."enum_audit_notices_rule";
  ALTER TABLE "audit_notices" ALTER COLUMN "subject_type" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_notices_subject_type";
  CREATE TYPE "public"."enum_audit_notices_subject_type" AS ENUM('columns', 'documents', 'interpretations', 'new-media-accounts', 'departments', 'site');
  ALTER TABLE "audit_notices" ALTER COLUMN "subject_type" SET DATA TYPE "public"."enum_audit_notices_subject_type" USING "subject_type"::"public"."enum_audit_notices_subject_type";
  DROP INDEX "payload_locked_documents_rels_applications_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "applications_id";
  DROP TYPE "public"."enum_applications_history_type";
  DROP TYPE "public"."enum_applications_history_party";
  DROP TYPE "public"."enum_applications_channel";
  DROP TYPE "public"."enum_applications_applicant_type";
  DROP TYPE "public"."enum_applications_applicant_id_type";
  DROP TYPE "public"."enum_applications_delivery";
  DROP TYPE "public"."enum_applications_status";`)
}
