import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_documents_disclosure_forms" AS ENUM('website', 'gazette', 'new-media', 'press', 'broadcast', 'print', 'reading-room', 'bulletin-board', 'other');
  CREATE TYPE "public"."enum_documents_on_request_reason" AS ENUM('outside-proactive-scope', 'specific-applicant-needs', 'other');
  CREATE TYPE "public"."enum_documents_genre" AS ENUM('resolution', 'decision', 'order', 'communique', 'announcement', 'public-notice', 'opinion', 'notice', 'circular', 'report', 'request', 'reply', 'motion', 'letter', 'minutes', 'other');
  CREATE TYPE "public"."enum__documents_v_version_disclosure_forms" AS ENUM('website', 'gazette', 'new-media', 'press', 'broadcast', 'print', 'reading-room', 'bulletin-board', 'other');
  CREATE TYPE "public"."enum__documents_v_version_on_request_reason" AS ENUM('outside-proactive-scope', 'specific-applicant-needs', 'other');
  CREATE TYPE "public"."enum__documents_v_version_genre" AS ENUM('resolution', 'decision', 'order', 'communique', 'announcement', 'public-notice', 'opinion', 'notice', 'circular', 'report', 'request', 'reply', 'motion', 'letter', 'minutes', 'other');
  CREATE TYPE "public"."enum_departments_code_scheme" AS ENUM('organization-code', 'uscc', 'local');
  CREATE TYPE "public"."enum_common_typos_level" AS ENUM('review', 'warn');
  CREATE TYPE "public"."enum_serious_wordings_level" AS ENUM('block', 'review', 'warn');
  CREATE TYPE "public"."enum_catalogue_matters_audience" AS ENUM('public', 'specific');
  CREATE TYPE "public"."enum_catalogue_matters_mode" AS ENUM('proactive', 'on-request');
  CREATE TYPE "public"."enum_catalogue_matters_level" AS ENUM('county', 'township');
  CREATE TYPE "public"."enum_catalogue_matters_deadline_kind" AS ENUM('working-days', 'calendar-days', 'annual-date', 'immediate', 'standing', 'unparsed');
  CREATE TYPE "public"."enum_link_checks_target" AS ENUM('external', 'portal', 'record', 'file');
  CREATE TYPE "public"."enum_link_checks_verdict" AS ENUM('ok', 'broken', 'unknown', 'skipped');
  CREATE TYPE "public"."enum_link_checks_reason" AS ENUM('ok', 'not-found', 'gone', 'client-error', 'server-error', 'timeout', 'network', 'redirect-loop', 'too-many-redirects', 'bad-redirect', 'restricted', 'rate-limited', 'blocked', 'missing', 'not-public');
  CREATE TYPE "public"."enum_settings_content_attachment_only_column_kinds" AS ENUM('news', 'notice', 'policy', 'interpretation', 'personnel', 'plan', 'guide', 'annual-report', 'organization', 'leaders', 'area', 'topic');
  CREATE TYPE "public"."enum_settings_deadlines_interpretation_link_from" AS ENUM('formed', 'published');
  CREATE TYPE "public"."enum_settings_new_media_update_severity" AS ENUM('yellow', 'red');
  ALTER TYPE "public"."enum_audit_notices_rule" ADD VALUE 'interpretation-quota' BEFORE 'publish-overdue';
  ALTER TYPE "public"."enum_audit_notices_rule" ADD VALUE 'change-overdue' BEFORE 'new-media-stale';
  ALTER TYPE "public"."enum_audit_notices_rule" ADD VALUE 'publish-late' BEFORE 'new-media-stale';
  ALTER TYPE "public"."enum_audit_notices_rule" ADD VALUE 'new-media-unfiled' BEFORE 'annual-report-missing';
  ALTER TYPE "public"."enum_audit_notices_rule" ADD VALUE 'information-expired-online' BEFORE 'calendar-pending';
  ALTER TYPE "public"."enum_audit_notices_rule" ADD VALUE 'catalogue-deadline' BEFORE 'calendar-pending';
  ALTER TYPE "public"."enum_audit_notices_rule" ADD VALUE 'link-broken' BEFORE 'calendar-pending';
  CREATE TABLE "documents_disclosure_forms" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_documents_disclosure_forms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_documents_v_version_disclosure_forms" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__documents_v_version_disclosure_forms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "columns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"catalogue_matters_id" integer
  );
  
  CREATE TABLE "common_typos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"wrong" varchar NOT NULL,
  	"correct" varchar NOT NULL,
  	"level" "enum_common_typos_level" DEFAULT 'review' NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "serious_wordings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"wrong" varchar NOT NULL,
  	"correct" varchar NOT NULL,
  	"level" "enum_serious_wordings_level" DEFAULT 'review' NOT NULL,
  	"category" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "catalogue_domains" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"name" varchar NOT NULL,
  	"order" numeric DEFAULT 0,
  	"lead" varchar,
  	"aliases" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "catalogue_matters_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_catalogue_matters_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "catalogue_matters_mode" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_catalogue_matters_mode",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "catalogue_matters_level" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_catalogue_matters_level",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "catalogue_matters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"domain_id" integer NOT NULL,
  	"group" varchar,
  	"title" varchar NOT NULL,
  	"content" varchar,
  	"basis" varchar,
  	"time_limit" varchar NOT NULL,
  	"subject" varchar,
  	"deadline_kind" "enum_catalogue_matters_deadline_kind",
  	"deadline_days" numeric,
  	"deadline_annual_date" varchar,
  	"channels" varchar,
  	"source" varchar,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "link_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"link_text" varchar,
  	"field" varchar,
  	"target" "enum_link_checks_target",
  	"verdict" "enum_link_checks_verdict" NOT NULL,
  	"reason" "enum_link_checks_reason",
  	"http_status" numeric,
  	"final_url" varchar,
  	"subject_type" varchar NOT NULL,
  	"subject_id" varchar NOT NULL,
  	"subject_title" varchar,
  	"department_id" integer,
  	"checked_at" timestamp(3) with time zone,
  	"broken_since" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "settings_content_attachment_only_column_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_settings_content_attachment_only_column_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "settings" ALTER COLUMN "columns_guide" SET DEFAULT 365;
  ALTER TABLE "settings" ALTER COLUMN "columns_organization" SET DEFAULT 365;
  ALTER TABLE "settings" ALTER COLUMN "columns_leaders" SET DEFAULT 365;
  ALTER TABLE "settings" ALTER COLUMN "columns_topic" SET DEFAULT 365;
  ALTER TABLE "documents" ADD COLUMN "on_request_reason" "enum_documents_on_request_reason";
  ALTER TABLE "documents" ADD COLUMN "keywords" varchar;
  ALTER TABLE "documents" ADD COLUMN "genre" "enum_documents_genre";
  ALTER TABLE "documents" ADD COLUMN "responsible_department_id" integer;
  ALTER TABLE "documents" ADD COLUMN "source" varchar;
  ALTER TABLE "documents" ADD COLUMN "byline" varchar;
  ALTER TABLE "documents" ADD COLUMN "changed_at" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "reposted" boolean;
  ALTER TABLE "documents" ADD COLUMN "repost_source" varchar;
  ALTER TABLE "documents" ADD COLUMN "repost_original_date" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "repost_source_verified" boolean;
  ALTER TABLE "documents" ADD COLUMN "published_late" numeric;
  ALTER TABLE "documents" ADD COLUMN "last_published_at" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "keep_after_expiry" boolean DEFAULT false;
  ALTER TABLE "_documents_v" ADD COLUMN "version_on_request_reason" "enum__documents_v_version_on_request_reason";
  ALTER TABLE "_documents_v" ADD COLUMN "version_keywords" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_genre" "enum__documents_v_version_genre";
  ALTER TABLE "_documents_v" ADD COLUMN "version_responsible_department_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_source" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_byline" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_reposted" boolean;
  ALTER TABLE "_documents_v" ADD COLUMN "version_repost_source" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_repost_original_date" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_repost_source_verified" boolean;
  ALTER TABLE "_documents_v" ADD COLUMN "version_published_late" numeric;
  ALTER TABLE "_documents_v" ADD COLUMN "version_last_published_at" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_keep_after_expiry" boolean DEFAULT false;
  ALTER TABLE "interpretations" ADD COLUMN "interpreter" varchar;
  ALTER TABLE "interpretations" ADD COLUMN "by_principal" boolean DEFAULT false;
  ALTER TABLE "interpretations" ADD COLUMN "published_with_policy" boolean;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_interpreter" varchar;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_by_principal" boolean DEFAULT false;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_published_with_policy" boolean;
  ALTER TABLE "departments" ADD COLUMN "code_scheme" "enum_departments_code_scheme";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "common_typos_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "serious_wordings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "catalogue_domains_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "catalogue_matters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "link_checks_id" integer;
  ALTER TABLE "settings" ADD COLUMN "local_code_pattern" varchar DEFAULT '^[1-9]\d{5}\d{3}$' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "deadlines_interpretation_link_from" "enum_settings_deadlines_interpretation_link_from" DEFAULT 'formed' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "deadlines_change_update_working_days" numeric DEFAULT 5 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "deadlines_change_update_max_days" numeric DEFAULT 15 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "deadlines_repost_working_days" numeric DEFAULT 1 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "new_media_update_severity" "enum_settings_new_media_update_severity" DEFAULT 'yellow' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "audit_published_late_report_days" numeric DEFAULT 90 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "link_check_enabled" boolean DEFAULT true;
  ALTER TABLE "settings" ADD COLUMN "link_check_cron" varchar DEFAULT '30 6 * * *' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "link_check_time_zone" varchar DEFAULT 'Asia/Shanghai' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "link_check_timeout_ms" numeric DEFAULT 10000 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "link_check_concurrency" numeric DEFAULT 8 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "link_check_per_host_concurrency" numeric DEFAULT 2 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "link_check_min_host_interval_ms" numeric DEFAULT 1000 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "link_check_retries" numeric DEFAULT 2 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "link_check_retry_base_ms" numeric DEFAULT 2000 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "link_check_retry_max_ms" numeric DEFAULT 30000 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "link_check_max_redirects" numeric DEFAULT 5 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "link_check_user_agent" varchar DEFAULT 'Gongkai-LinkCheck/1.0 (government information disclosure portal; link check)' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "interpretation_quotas_yearly" numeric DEFAULT 6 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "interpretation_quotas_by_principal" numeric DEFAULT 3 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "interpretation_quotas_warn_from" varchar DEFAULT '07-01' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "expiry_online_working_days" numeric DEFAULT 20 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "expiry_cron" varchar DEFAULT '5 0 * * *' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "catalogue_min_items_per_quarter" numeric DEFAULT 3 NOT NULL;
  ALTER TABLE "documents_disclosure_forms" ADD CONSTRAINT "documents_disclosure_forms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_version_disclosure_forms" ADD CONSTRAINT "_documents_v_version_disclosure_forms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "columns_rels" ADD CONSTRAINT "columns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "columns_rels" ADD CONSTRAINT "columns_rels_catalogue_matters_fk" FOREIGN KEY ("catalogue_matters_id") REFERENCES "public"."catalogue_matters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalogue_matters_audience" ADD CONSTRAINT "catalogue_matters_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalogue_matters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalogue_matters_mode" ADD CONSTRAINT "catalogue_matters_mode_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalogue_matters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalogue_matters_level" ADD CONSTRAINT "catalogue_matters_level_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalogue_matters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalogue_matters" ADD CONSTRAINT "catalogue_matters_domain_id_catalogue_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."catalogue_domains"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "link_checks" ADD CONSTRAINT "link_checks_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "settings_content_attachment_only_column_kinds" ADD CONSTRAINT "settings_content_attachment_only_column_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "documents_disclosure_forms_order_idx" ON "documents_disclosure_forms" USING btree ("order");
  CREATE INDEX "documents_disclosure_forms_parent_idx" ON "documents_disclosure_forms" USING btree ("parent_id");
  CREATE INDEX "_documents_v_version_disclosure_forms_order_idx" ON "_documents_v_version_disclosure_forms" USING btree ("order");
  CREATE INDEX "_documents_v_version_disclosure_forms_parent_idx" ON "_documents_v_version_disclosure_forms" USING btree ("parent_id");
  CREATE INDEX "columns_rels_order_idx" ON "columns_rels" USING btree ("order");
  CREATE INDEX "columns_rels_parent_idx" ON "columns_rels" USING btree ("parent_id");
  CREATE INDEX "columns_rels_path_idx" ON "columns_rels" USING btree ("path");
  CREATE INDEX "columns_rels_catalogue_matters_id_idx" ON "columns_rels" USING btree ("catalogue_matters_id");
  CREATE UNIQUE INDEX "common_typos_wrong_idx" ON "common_typos" USING btree ("wrong");
  CREATE INDEX "common_typos_updated_at_idx" ON "common_typos" USING btree ("updated_at");
  CREATE INDEX "common_typos_created_at_idx" ON "common_typos" USING btree ("created_at");
  CREATE UNIQUE INDEX "serious_wordings_wrong_idx" ON "serious_wordings" USING btree ("wrong");
  CREATE INDEX "serious_wordings_updated_at_idx" ON "serious_wordings" USING btree ("updated_at");
  CREATE INDEX "serious_wordings_created_at_idx" ON "serious_wordings" USING btree ("created_at");
  CREATE UNIQUE INDEX "catalogue_domains_name_idx" ON "catalogue_domains" USING btree ("name");
  CREATE INDEX "catalogue_domains_order_idx" ON "catalogue_domains" USING btree ("order");
  CREATE INDEX "catalogue_domains_updated_at_idx" ON "catalogue_domains" USING btree ("updated_at");
  CREATE INDEX "catalogue_domains_created_at_idx" ON "catalogue_domains" USING btree ("created_at");
  CREATE INDEX "catalogue_matters_audience_order_idx" ON "catalogue_matters_audience" USING btree ("order");
  CREATE INDEX "catalogue_matters_audience_parent_idx" ON "catalogue_matters_audience" USING btree ("parent_id");
  CREATE INDEX "catalogue_matters_mode_order_idx" ON "catalogue_matters_mode" USING btree ("order");
  CREATE INDEX "catalogue_matters_mode_parent_idx" ON "catalogue_matters_mode" USING btree ("parent_id");
  CREATE INDEX "catalogue_matters_level_order_idx" ON "catalogue_matters_level" USING btree ("order");
  CREATE INDEX "catalogue_matters_level_parent_idx" ON "catalogue_matters_level" USING btree ("parent_id");
  CREATE INDEX "catalogue_matters_domain_idx" ON "catalogue_matters" USING btree ("domain_id");
  CREATE INDEX "catalogue_matters_order_idx" ON "catalogue_matters" USING btree ("order");
  CREATE INDEX "catalogue_matters_updated_at_idx" ON "catalogue_matters" USING btree ("updated_at");
  CREATE INDEX "catalogue_matters_created_at_idx" ON "catalogue_matters" USING btree ("created_at");
  CREATE UNIQUE INDEX "link_checks_key_idx" ON "link_checks" USING btree ("key");
  CREATE INDEX "link_checks_verdict_idx" ON "link_checks" USING btree ("verdict");
  CREATE INDEX "link_checks_subject_type_idx" ON "link_checks" USING btree ("subject_type");
  CREATE INDEX "link_checks_subject_id_idx" ON "link_checks" USING btree ("subject_id");
  CREATE INDEX "link_checks_department_idx" ON "link_checks" USING btree ("department_id");
  CREATE INDEX "link_checks_updated_at_idx" ON "link_checks" USING btree ("updated_at");
  CREATE INDEX "link_checks_created_at_idx" ON "link_checks" USING btree ("created_at");
  CREATE INDEX "settings_content_attachment_only_column_kinds_order_idx" ON "settings_content_attachment_only_column_kinds" USING btree ("order");
  CREATE INDEX "settings_content_attachment_only_column_kinds_parent_idx" ON "settings_content_attachment_only_column_kinds" USING btree ("parent_id");
  ALTER TABLE "documents" ADD CONSTRAINT "documents_responsible_department_id_departments_id_fk" FOREIGN KEY ("responsible_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_responsible_department_id_departments_id_fk" FOREIGN KEY ("version_responsible_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_common_typos_fk" FOREIGN KEY ("common_typos_id") REFERENCES "public"."common_typos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_serious_wordings_fk" FOREIGN KEY ("serious_wordings_id") REFERENCES "public"."serious_wordings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_catalogue_domains_fk" FOREIGN KEY ("catalogue_domains_id") REFERENCES "public"."catalogue_domains"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_catalogue_matters_fk" FOREIGN KEY ("catalogue_matters_id") REFERENCES "public"."catalogue_matters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_link_checks_fk" FOREIGN KEY ("link_checks_id") REFERENCES "public"."link_checks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "documents_keywords_idx" ON "documents" USING btree ("keywords");
  CREATE INDEX "documents_genre_idx" ON "documents" USING btree ("genre");
  CREATE INDEX "documents_responsible_department_idx" ON "documents" USING btree ("responsible_department_id");
  CREATE INDEX "documents_published_late_idx" ON "documents" USING btree ("published_late");
  CREATE INDEX "documents_last_published_at_idx" ON "documents" USING btree ("last_published_at");
  CREATE INDEX "_documents_v_version_version_keywords_idx" ON "_documents_v" USING btree ("version_keywords");
  CREATE INDEX "_documents_v_version_version_genre_idx" ON "_documents_v" USING btree ("version_genre");
  CREATE INDEX "_documents_v_version_version_responsible_department_idx" ON "_documents_v" USING btree ("version_responsible_department_id");
  CREATE INDEX "_documents_v_version_version_published_late_idx" ON "_documents_v" USING btree ("version_published_late");
  CREATE INDEX "_documents_v_version_version_last_published_at_idx" ON "_documents_v" USING btree ("version_last_published_at");
  CREATE INDEX "payload_locked_documents_rels_common_typos_id_idx" ON "payload_locked_documents_rels" USING btree ("common_typos_id");
  CREATE INDEX "payload_locked_documents_rels_serious_wordings_id_idx" ON "payload_locked_documents_rels" USING btree ("serious_wordings_id");
  CREATE INDEX "payload_locked_documents_rels_catalogue_domains_id_idx" ON "payload_locked_documents_rels" USING btree ("catalogue_domains_id");
  CREATE INDEX "payload_locked_documents_rels_catalogue_matters_id_idx" ON "payload_locked_documents_rels" USING btree ("catalogue_matters_id");
  CREATE INDEX "payload_locked_documents_rels_link_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("link_checks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents_disclosure_forms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v_version_disclosure_forms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "columns_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "common_typos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "serious_wordings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "catalogue_domains" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "catalogue_matters_audience" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "catalogue_matters_mode" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "catalogue_matters_level" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "catalogue_matters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "link_checks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "settings_content_attachment_only_column_kinds" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "documents_disclosure_forms" CASCADE;
  DROP TABLE "_documents_v_version_disclosure_forms" CASCADE;
  DROP TABLE "columns_rels" CASCADE;
  DROP TABLE "common_typos" CASCADE;
  DROP TABLE "serious_wordings" CASCADE;
  DROP TABLE "catalogue_domains" CASCADE;
  DROP TABLE "catalogue_matters_audience" CASCADE;
  DROP TABLE "catalogue_matters_mode" CASCADE;
  DROP TABLE "catalogue_matters_level" CASCADE;
  DROP TABLE "catalogue_matters" CASCADE;
  DROP TABLE "link_checks" CASCADE;
  DROP TABLE "settings_content_attachment_only_column_kinds" CASCADE;
  ALTER TABLE "documents" DROP CONSTRAINT "documents_responsible_department_id_departments_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_responsible_department_id_departments_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_common_typos_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_serious_wordings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_catalogue_domains_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_catalogue_matters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_link_checks_fk";
  
  ALTER TABLE "audit_notices" ALTER COLUMN "rule" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_notices_rule";
  CREATE TYPE "public"."enum_audit_notices_rule" AS ENUM('column-stale', 'column-empty', 'site-veto', 'interpretation-overdue', 'publish-overdue', 'new-media-stale', 'new-media-closure-unfiled', 'annual-report-missing', 'force-publish-unapproved', 'review-stuck', 'reassessment-due', 'calendar-missing', 'application-deadline', 'bulletin-rectification', 'calendar-pending');
  ALTER TABLE "audit_notices" ALTER COLUMN "rule" SET DATA TYPE "public"."enum_audit_notices_rule" USING "rule"::"public"."enum_audit_notices_rule";
  DROP INDEX "documents_keywords_idx";
  DROP INDEX "documents_genre_idx";
  DROP INDEX "documents_responsible_department_idx";
  DROP INDEX "documents_published_late_idx";
  DROP INDEX "documents_last_published_at_idx";
  DROP INDEX "_documents_v_version_version_keywords_idx";
  DROP INDEX "_documents_v_version_version_genre_idx";
  DROP INDEX "_documents_v_version_version_responsible_department_idx";
  DROP INDEX "_documents_v_version_version_published_late_idx";
  DROP INDEX "_documents_v_version_version_last_published_at_idx";
  DROP INDEX "payload_locked_documents_rels_common_typos_id_idx";
  DROP INDEX "payload_locked_documents_rels_serious_wordings_id_idx";
  DROP INDEX "payload_locked_documents_rels_catalogue_domains_id_idx";
  DROP INDEX "payload_locked_documents_rels_catalogue_matters_id_idx";
  DROP INDEX "payload_locked_documents_rels_link_checks_id_idx";
  ALTER TABLE "settings" ALTER COLUMN "columns_guide" SET DEFAULT 0;
  ALTER TABLE "settings" ALTER COLUMN "columns_organization" SET DEFAULT 0;
  ALTER TABLE "settings" ALTER COLUMN "columns_leaders" SET DEFAULT 0;
  ALTER TABLE "settings" ALTER COLUMN "columns_topic" SET DEFAULT 0;
  ALTER TABLE "documents" DROP COLUMN "on_request_reason";
  ALTER TABLE "documents" DROP COLUMN "keywords";
  ALTER TABLE "documents" DROP COLUMN "genre";
  ALTER TABLE "documents" DROP COLUMN "responsible_department_id";
  ALTER TABLE "documents" DROP COLUMN "source";
  ALTER TABLE "documents" DROP COLUMN "byline";
  ALTER TABLE "documents" DROP COLUMN "changed_at";
  ALTER TABLE "documents" DROP COLUMN "reposted";
  ALTER TABLE "documents" DROP COLUMN "repost_source";
  ALTER TABLE "documents" DROP COLUMN "repost_original_date";
  ALTER TABLE "documents" DROP COLUMN "repost_source_verified";
  ALTER TABLE "documents" DROP COLUMN "published_late";
  ALTER TABLE "documents" DROP COLUMN "last_published_at";
  ALTER TABLE "documents" DROP COLUMN "keep_after_expiry";
  ALTER TABLE "_documents_v" DROP COLUMN "version_on_request_reason";
  ALTER TABLE "_documents_v" DROP COLUMN "version_keywords";
  ALTER TABLE "_documents_v" DROP COLUMN "version_genre";
  ALTER TABLE "_documents_v" DROP COLUMN "version_responsible_department_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_source";
  ALTER TABLE "_documents_v" DROP COLUMN "version_byline";
  ALTER TABLE "_documents_v" DROP COLUMN "version_changed_at";
  ALTER TABLE "_documents_v" DROP COLUMN "version_reposted";
  ALTER TABLE "_documents_v" DROP COLUMN "version_repost_source";
  ALTER TABLE "_documents_v" DROP COLUMN "version_repost_original_date";
  ALTER TABLE "_documents_v" DROP COLUMN "version_repost_source_verified";
  ALTER TABLE "_documents_v" DROP COLUMN "version_published_late";
  ALTER TABLE "_documents_v" DROP COLUMN "version_last_published_at";
  ALTER TABLE "_documents_v" DROP COLUMN "version_keep_after_expiry";
  ALTER TABLE "interpretations" DROP COLUMN "interpreter";
  ALTER TABLE "interpretations" DROP COLUMN "by_principal";
  ALTER TABLE "interpretations" DROP COLUMN "published_with_policy";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_interpreter";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_by_principal";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_published_with_policy";
  ALTER TABLE "departments" DROP COLUMN "code_scheme";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "common_typos_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "serious_wordings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "catalogue_domains_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "catalogue_matters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "link_checks_id";
  ALTER TABLE "settings" DROP COLUMN "local_code_pattern";
  ALTER TABLE "settings" DROP COLUMN "deadlines_interpretation_link_from";
  ALTER TABLE "settings" DROP COLUMN "deadlines_change_update_working_days";
  ALTER TABLE "settings" DROP COLUMN "deadlines_change_update_max_days";
  ALTER TABLE "settings" DROP COLUMN "deadlines_repost_working_days";
  ALTER TABLE "settings" DROP COLUMN "new_media_update_severity";
  ALTER TABLE "settings" DROP COLUMN "audit_published_late_report_days";
  ALTER TABLE "settings" DROP COLUMN "link_check_enabled";
  ALTER TABLE "settings" DROP COLUMN "link_check_cron";
  ALTER TABLE "settings" DROP COLUMN "link_check_time_zone";
  ALTER TABLE "settings" DROP COLUMN "link_check_timeout_ms";
  ALTER TABLE "settings" DROP COLUMN "link_check_concurrency";
  ALTER TABLE "settings" DROP COLUMN "link_check_per_host_concurrency";
  ALTER TABLE "settings" DROP COLUMN "link_check_min_host_interval_ms";
  ALTER TABLE "settings" DROP COLUMN "link_check_retries";
  ALTER TABLE "settings" DROP COLUMN "link_check_retry_base_ms";
  ALTER TABLE "settings" DROP COLUMN "link_check_retry_max_ms";
  ALTER TABLE "settings" DROP COLUMN "link_check_max_redirects";
  ALTER TABLE "settings" DROP COLUMN "link_check_user_agent";
  ALTER TABLE "settings" DROP COLUMN "interpretation_quotas_yearly";
  ALTER TABLE "settings" DROP COLUMN "interpretation_quotas_by_principal";
  ALTER TABLE "settings" DROP COLUMN "interpretation_quotas_warn_from";
  ALTER TABLE "settings" DROP COLUMN "expiry_online_working_days";
  ALTER TABLE "settings" DROP COLUMN "expiry_cron";
  ALTER TABLE "settings" DROP COLUMN "catalogue_min_items_per_quarter";
  DROP TYPE "public"."enum_documents_disclosure_forms";
  DROP TYPE "public"."enum_documents_on_request_reason";
  DROP TYPE "public"."enum_documents_genre";
  DROP TYPE "public"."enum__documents_v_version_disclosure_forms";
  DROP TYPE "public"."enum__documents_v_version_on_request_reason";
  DROP TYPE "public"."enum__documents_v_version_genre";
  DROP TYPE "public"."enum_departments_code_scheme";
  DROP TYPE "public"."enum_common_typos_level";
  DROP TYPE "public"."enum_serious_wordings_level";
  DROP TYPE "public"."enum_catalogue_matters_audience";
  DROP TYPE "public"."enum_catalogue_matters_mode";
  DROP TYPE "public"."enum_catalogue_matters_level";
  DROP TYPE "public"."enum_catalogue_matters_deadline_kind";
  DROP TYPE "public"."enum_link_checks_target";
  DROP TYPE "public"."enum_link_checks_verdict";
  DROP TYPE "public"."enum_link_checks_reason";
  DROP TYPE "public"."enum_settings_content_attachment_only_column_kinds";
  DROP TYPE "public"."enum_settings_deadlines_interpretation_link_from";
  DROP TYPE "public"."enum_settings_new_media_update_severity";`)
}
