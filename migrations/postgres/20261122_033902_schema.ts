import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_documents_topic" AS ENUM('state-council-organization', 'general-affairs', 'economy-state-assets', 'finance-audit', 'land-energy', 'agriculture-forestry-water', 'industry-transport', 'commerce-customs-tourism', 'market-safety-regulation', 'urban-rural-environment', 'science-education', 'culture-press-sports', 'health-sports', 'population-women-children', 'labour-personnel-supervision', 'public-security-justice', 'civil-affairs-relief', 'ethnic-religious', 'foreign-affairs', 'hk-macao-taiwan-overseas', 'national-defence', 'other');
  CREATE TYPE "public"."enum_documents_kind" AS ENUM('news', 'notice', 'policy', 'personnel', 'plan', 'guide', 'annual-report', 'other');
  CREATE TYPE "public"."enum_documents_disclosure" AS ENUM('proactive', 'partial', 'on-request', 'withheld');
  CREATE TYPE "public"."enum_documents_non_disclosure_basis" AS ENUM('art14-state-secret', 'art14-prohibited-by-law', 'art14-security-stability', 'art15-trade-secret', 'art15-personal-privacy', 'art16-internal-affairs', 'art16-process-information', 'art16-enforcement-file');
  CREATE TYPE "public"."enum_documents_validity" AS ENUM('valid', 'amended', 'repealed', 'expired');
  CREATE TYPE "public"."enum_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__documents_v_version_topic" AS ENUM('state-council-organization', 'general-affairs', 'economy-state-assets', 'finance-audit', 'land-energy', 'agriculture-forestry-water', 'industry-transport', 'commerce-customs-tourism', 'market-safety-regulation', 'urban-rural-environment', 'science-education', 'culture-press-sports', 'health-sports', 'population-women-children', 'labour-personnel-supervision', 'public-security-justice', 'civil-affairs-relief', 'ethnic-religious', 'foreign-affairs', 'hk-macao-taiwan-overseas', 'national-defence', 'other');
  CREATE TYPE "public"."enum__documents_v_version_kind" AS ENUM('news', 'notice', 'policy', 'personnel', 'plan', 'guide', 'annual-report', 'other');
  CREATE TYPE "public"."enum__documents_v_version_disclosure" AS ENUM('proactive', 'partial', 'on-request', 'withheld');
  CREATE TYPE "public"."enum__documents_v_version_non_disclosure_basis" AS ENUM('art14-state-secret', 'art14-prohibited-by-law', 'art14-security-stability', 'art15-trade-secret', 'art15-personal-privacy', 'art16-internal-affairs', 'art16-process-information', 'art16-enforcement-file');
  CREATE TYPE "public"."enum__documents_v_version_validity" AS ENUM('valid', 'amended', 'repealed', 'expired');
  CREATE TYPE "public"."enum__documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_interpretations_form" AS ENUM('text', 'graphic', 'audio', 'video', 'animation', 'interview', 'commentary');
  CREATE TYPE "public"."enum_interpretations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__interpretations_v_version_form" AS ENUM('text', 'graphic', 'audio', 'video', 'animation', 'interview', 'commentary');
  CREATE TYPE "public"."enum__interpretations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_columns_kind" AS ENUM('news', 'notice', 'policy', 'interpretation', 'personnel', 'plan', 'guide', 'annual-report', 'organization', 'leaders', 'area', 'topic');
  CREATE TYPE "public"."enum_columns_status" AS ENUM('open', 'closed');
  CREATE TYPE "public"."enum_new_media_accounts_platform" AS ENUM('wechat', 'weibo', 'douyin', 'toutiao', 'kuaishou', 'bilibili', 'app', 'mini-program', 'other');
  CREATE TYPE "public"."enum_new_media_accounts_status" AS ENUM('active', 'closing', 'closed', 'suspended');
  CREATE TYPE "public"."enum_departments_kind" AS ENUM('township', 'subdistrict', 'department', 'office');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer', 'secrecy', 'approver');
  CREATE TYPE "public"."enum_sensitive_terms_level" AS ENUM('block', 'review', 'warn');
  CREATE TYPE "public"."enum_sensitive_terms_category" AS ENUM('classified', 'privacy', 'political', 'advertising', 'wording', 'custom');
  CREATE TYPE "public"."enum_settings_deadlines_interpretation_link_day_type" AS ENUM('calendar', 'working');
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"column_id" integer,
  	"department_id" integer,
  	"index_number" varchar,
  	"doc_number" varchar,
  	"formed_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"topic" "enum_documents_topic",
  	"kind" "enum_documents_kind",
  	"requires_interpretation" boolean,
  	"disclosure" "enum_documents_disclosure" DEFAULT 'proactive',
  	"non_disclosure_basis" "enum_documents_non_disclosure_basis",
  	"non_disclosure_reason" varchar,
  	"body" jsonb,
  	"public_body" jsonb,
  	"validity" "enum_documents_validity" DEFAULT 'valid',
  	"validity_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_column_id" integer,
  	"version_department_id" integer,
  	"version_index_number" varchar,
  	"version_doc_number" varchar,
  	"version_formed_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_topic" "enum__documents_v_version_topic",
  	"version_kind" "enum__documents_v_version_kind",
  	"version_requires_interpretation" boolean,
  	"version_disclosure" "enum__documents_v_version_disclosure" DEFAULT 'proactive',
  	"version_non_disclosure_basis" "enum__documents_v_version_non_disclosure_basis",
  	"version_non_disclosure_reason" varchar,
  	"version_body" jsonb,
  	"version_public_body" jsonb,
  	"version_validity" "enum__documents_v_version_validity" DEFAULT 'valid',
  	"version_validity_changed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "interpretations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"policy_id" integer,
  	"form" "enum_interpretations_form" DEFAULT 'text',
  	"department_id" integer,
  	"body" jsonb,
  	"linked_at" timestamp(3) with time zone,
  	"link_deadline" timestamp(3) with time zone,
  	"linked_late" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_interpretations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "interpretations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_interpretations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_policy_id" integer,
  	"version_form" "enum__interpretations_v_version_form" DEFAULT 'text',
  	"version_department_id" integer,
  	"version_body" jsonb,
  	"version_linked_at" timestamp(3) with time zone,
  	"version_link_deadline" timestamp(3) with time zone,
  	"version_linked_late" boolean,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__interpretations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_interpretations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "columns_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "columns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_columns_kind" NOT NULL,
  	"update_cycle_days" numeric,
  	"department_id" integer,
  	"status" "enum_columns_status" DEFAULT 'open' NOT NULL,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "new_media_accounts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"platform" "enum_new_media_accounts_platform" NOT NULL,
  	"account_id" varchar,
  	"department_id" integer NOT NULL,
  	"responsible_leader" varchar,
  	"contact_name" varchar,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"status" "enum_new_media_accounts_status" DEFAULT 'active' NOT NULL,
  	"filed_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"closure_filed" boolean DEFAULT false,
  	"last_post_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"publicly_visible" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "departments_notice_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL
  );
  
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"kind" "enum_departments_kind" DEFAULT 'department' NOT NULL,
  	"index_serial_year" numeric,
  	"index_serial_value" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "sensitive_terms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"term" varchar NOT NULL,
  	"level" "enum_sensitive_terms_level" DEFAULT 'review' NOT NULL,
  	"category" "enum_sensitive_terms_category" DEFAULT 'custom' NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"interpretations_id" integer,
  	"columns_id" integer,
  	"new_media_accounts_id" integer,
  	"media_id" integer,
  	"departments_id" integer,
  	"users_id" integer,
  	"sensitive_terms_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"index_number_format" varchar DEFAULT '{code}/{year}-{serial:5}' NOT NULL,
  	"reassessment_days" numeric DEFAULT 365 NOT NULL,
  	"deadlines_publish_working_days" numeric DEFAULT 20 NOT NULL,
  	"deadlines_interpretation_link_days" numeric DEFAULT 5 NOT NULL,
  	"deadlines_interpretation_link_day_type" "enum_settings_deadlines_interpretation_link_day_type" DEFAULT 'calendar' NOT NULL,
  	"deadlines_review_stuck_working_days" numeric DEFAULT 5 NOT NULL,
  	"columns_news" numeric DEFAULT 14 NOT NULL,
  	"columns_notice" numeric DEFAULT 183 NOT NULL,
  	"columns_policy" numeric DEFAULT 183 NOT NULL,
  	"columns_interpretation" numeric DEFAULT 183 NOT NULL,
  	"columns_personnel" numeric DEFAULT 365 NOT NULL,
  	"columns_plan" numeric DEFAULT 365 NOT NULL,
  	"columns_guide" numeric DEFAULT 0 NOT NULL,
  	"columns_annual_report" numeric DEFAULT 365 NOT NULL,
  	"columns_organization" numeric DEFAULT 0 NOT NULL,
  	"columns_leaders" numeric DEFAULT 0 NOT NULL,
  	"columns_area" numeric DEFAULT 365 NOT NULL,
  	"columns_topic" numeric DEFAULT 0 NOT NULL,
  	"columns_news_warning_days" numeric DEFAULT 10 NOT NULL,
  	"columns_warning_days_before" numeric DEFAULT 30 NOT NULL,
  	"site_empty_columns_veto" numeric DEFAULT 5 NOT NULL,
  	"site_stale_key_columns_veto" numeric DEFAULT 5 NOT NULL,
  	"site_stale_columns_veto" numeric DEFAULT 10 NOT NULL,
  	"new_media_update_days" numeric DEFAULT 7 NOT NULL,
  	"new_media_veto_days" numeric DEFAULT 14 NOT NULL,
  	"new_media_first_escalation_months" numeric DEFAULT 1 NOT NULL,
  	"new_media_second_escalation_months" numeric DEFAULT 6 NOT NULL,
  	"annual_reports_department_due" varchar DEFAULT '01-31' NOT NULL,
  	"annual_reports_government_due" varchar DEFAULT '03-31' NOT NULL,
  	"applications_reply_working_days" numeric DEFAULT 20 NOT NULL,
  	"applications_extension_working_days" numeric DEFAULT 20 NOT NULL,
  	"mailbox_simple_reply_working_days" numeric DEFAULT 1 NOT NULL,
  	"mailbox_reply_working_days" numeric DEFAULT 5 NOT NULL,
  	"audit_daily_cron" varchar DEFAULT '30 8 * * *' NOT NULL,
  	"audit_time_zone" varchar DEFAULT 'Asia/Shanghai' NOT NULL,
  	"audit_web_office_email" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "documents" ADD CONSTRAINT "documents_column_id_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_parent_id_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_column_id_columns_id_fk" FOREIGN KEY ("version_column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_policy_id_documents_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_parent_id_interpretations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interpretations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_policy_id_documents_id_fk" FOREIGN KEY ("version_policy_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v_rels" ADD CONSTRAINT "_interpretations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_rels" ADD CONSTRAINT "_interpretations_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "columns_breadcrumbs" ADD CONSTRAINT "columns_breadcrumbs_doc_id_columns_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "columns_breadcrumbs" ADD CONSTRAINT "columns_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "columns" ADD CONSTRAINT "columns_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "columns" ADD CONSTRAINT "columns_parent_id_columns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "new_media_accounts" ADD CONSTRAINT "new_media_accounts_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "departments_notice_emails" ADD CONSTRAINT "departments_notice_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_interpretations_fk" FOREIGN KEY ("interpretations_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_columns_fk" FOREIGN KEY ("columns_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_new_media_accounts_fk" FOREIGN KEY ("new_media_accounts_id") REFERENCES "public"."new_media_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sensitive_terms_fk" FOREIGN KEY ("sensitive_terms_id") REFERENCES "public"."sensitive_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "documents_column_idx" ON "documents" USING btree ("column_id");
  CREATE INDEX "documents_department_idx" ON "documents" USING btree ("department_id");
  CREATE UNIQUE INDEX "documents_index_number_idx" ON "documents" USING btree ("index_number");
  CREATE INDEX "documents_formed_at_idx" ON "documents" USING btree ("formed_at");
  CREATE INDEX "documents_published_at_idx" ON "documents" USING btree ("published_at");
  CREATE INDEX "documents_kind_idx" ON "documents" USING btree ("kind");
  CREATE INDEX "documents_disclosure_idx" ON "documents" USING btree ("disclosure");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE INDEX "documents__status_idx" ON "documents" USING btree ("_status");
  CREATE INDEX "documents_rels_order_idx" ON "documents_rels" USING btree ("order");
  CREATE INDEX "documents_rels_parent_idx" ON "documents_rels" USING btree ("parent_id");
  CREATE INDEX "documents_rels_path_idx" ON "documents_rels" USING btree ("path");
  CREATE INDEX "documents_rels_media_id_idx" ON "documents_rels" USING btree ("media_id");
  CREATE INDEX "_documents_v_parent_idx" ON "_documents_v" USING btree ("parent_id");
  CREATE INDEX "_documents_v_version_version_column_idx" ON "_documents_v" USING btree ("version_column_id");
  CREATE INDEX "_documents_v_version_version_department_idx" ON "_documents_v" USING btree ("version_department_id");
  CREATE INDEX "_documents_v_version_version_index_number_idx" ON "_documents_v" USING btree ("version_index_number");
  CREATE INDEX "_documents_v_version_version_formed_at_idx" ON "_documents_v" USING btree ("version_formed_at");
  CREATE INDEX "_documents_v_version_version_published_at_idx" ON "_documents_v" USING btree ("version_published_at");
  CREATE INDEX "_documents_v_version_version_kind_idx" ON "_documents_v" USING btree ("version_kind");
  CREATE INDEX "_documents_v_version_version_disclosure_idx" ON "_documents_v" USING btree ("version_disclosure");
  CREATE INDEX "_documents_v_version_version_updated_at_idx" ON "_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_documents_v_version_version_created_at_idx" ON "_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_documents_v_version_version__status_idx" ON "_documents_v" USING btree ("version__status");
  CREATE INDEX "_documents_v_created_at_idx" ON "_documents_v" USING btree ("created_at");
  CREATE INDEX "_documents_v_updated_at_idx" ON "_documents_v" USING btree ("updated_at");
  CREATE INDEX "_documents_v_latest_idx" ON "_documents_v" USING btree ("latest");
  CREATE INDEX "_documents_v_rels_order_idx" ON "_documents_v_rels" USING btree ("order");
  CREATE INDEX "_documents_v_rels_parent_idx" ON "_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_documents_v_rels_path_idx" ON "_documents_v_rels" USING btree ("path");
  CREATE INDEX "_documents_v_rels_media_id_idx" ON "_documents_v_rels" USING btree ("media_id");
  CREATE INDEX "interpretations_policy_idx" ON "interpretations" USING btree ("policy_id");
  CREATE INDEX "interpretations_department_idx" ON "interpretations" USING btree ("department_id");
  CREATE INDEX "interpretations_updated_at_idx" ON "interpretations" USING btree ("updated_at");
  CREATE INDEX "interpretations_created_at_idx" ON "interpretations" USING btree ("created_at");
  CREATE INDEX "interpretations__status_idx" ON "interpretations" USING btree ("_status");
  CREATE INDEX "interpretations_rels_order_idx" ON "interpretations_rels" USING btree ("order");
  CREATE INDEX "interpretations_rels_parent_idx" ON "interpretations_rels" USING btree ("parent_id");
  CREATE INDEX "interpretations_rels_path_idx" ON "interpretations_rels" USING btree ("path");
  CREATE INDEX "interpretations_rels_media_id_idx" ON "interpretations_rels" USING btree ("media_id");
  CREATE INDEX "_interpretations_v_parent_idx" ON "_interpretations_v" USING btree ("parent_id");
  CREATE INDEX "_interpretations_v_version_version_policy_idx" ON "_interpretations_v" USING btree ("version_policy_id");
  CREATE INDEX "_interpretations_v_version_version_department_idx" ON "_interpretations_v" USING btree ("version_department_id");
  CREATE INDEX "_interpretations_v_version_version_updated_at_idx" ON "_interpretations_v" USING btree ("version_updated_at");
  CREATE INDEX "_interpretations_v_version_version_created_at_idx" ON "_interpretations_v" USING btree ("version_created_at");
  CREATE INDEX "_interpretations_v_version_version__status_idx" ON "_interpretations_v" USING btree ("version__status");
  CREATE INDEX "_interpretations_v_created_at_idx" ON "_interpretations_v" USING btree ("created_at");
  CREATE INDEX "_interpretations_v_updated_at_idx" ON "_interpretations_v" USING btree ("updated_at");
  CREATE INDEX "_interpretations_v_latest_idx" ON "_interpretations_v" USING btree ("latest");
  CREATE INDEX "_interpretations_v_rels_order_idx" ON "_interpretations_v_rels" USING btree ("order");
  CREATE INDEX "_interpretations_v_rels_parent_idx" ON "_interpretations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_interpretations_v_rels_path_idx" ON "_interpretations_v_rels" USING btree ("path");
  CREATE INDEX "_interpretations_v_rels_media_id_idx" ON "_interpretations_v_rels" USING btree ("media_id");
  CREATE INDEX "columns_breadcrumbs_order_idx" ON "columns_breadcrumbs" USING btree ("_order");
  CREATE INDEX "columns_breadcrumbs_parent_id_idx" ON "columns_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "columns_breadcrumbs_doc_idx" ON "columns_breadcrumbs" USING btree ("doc_id");
  CREATE UNIQUE INDEX "columns_slug_idx" ON "columns" USING btree ("slug");
  CREATE INDEX "columns_department_idx" ON "columns" USING btree ("department_id");
  CREATE INDEX "columns_parent_idx" ON "columns" USING btree ("parent_id");
  CREATE INDEX "columns_updated_at_idx" ON "columns" USING btree ("updated_at");
  CREATE INDEX "columns_created_at_idx" ON "columns" USING btree ("created_at");
  CREATE INDEX "new_media_accounts_department_idx" ON "new_media_accounts" USING btree ("department_id");
  CREATE INDEX "new_media_accounts_status_idx" ON "new_media_accounts" USING btree ("status");
  CREATE INDEX "new_media_accounts_updated_at_idx" ON "new_media_accounts" USING btree ("updated_at");
  CREATE INDEX "new_media_accounts_created_at_idx" ON "new_media_accounts" USING btree ("created_at");
  CREATE INDEX "media_publicly_visible_idx" ON "media" USING btree ("publicly_visible");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "departments_notice_emails_order_idx" ON "departments_notice_emails" USING btree ("_order");
  CREATE INDEX "departments_notice_emails_parent_id_idx" ON "departments_notice_emails" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "departments_name_idx" ON "departments" USING btree ("name");
  CREATE UNIQUE INDEX "departments_code_idx" ON "departments" USING btree ("code");
  CREATE INDEX "departments_updated_at_idx" ON "departments" USING btree ("updated_at");
  CREATE INDEX "departments_created_at_idx" ON "departments" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_department_idx" ON "users" USING btree ("department_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "sensitive_terms_term_idx" ON "sensitive_terms" USING btree ("term");
  CREATE INDEX "sensitive_terms_updated_at_idx" ON "sensitive_terms" USING btree ("updated_at");
  CREATE INDEX "sensitive_terms_created_at_idx" ON "sensitive_terms" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_interpretations_id_idx" ON "payload_locked_documents_rels" USING btree ("interpretations_id");
  CREATE INDEX "payload_locked_documents_rels_columns_id_idx" ON "payload_locked_documents_rels" USING btree ("columns_id");
  CREATE INDEX "payload_locked_documents_rels_new_media_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("new_media_accounts_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_sensitive_terms_id_idx" ON "payload_locked_documents_rels" USING btree ("sensitive_terms_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_rels" CASCADE;
  DROP TABLE "_documents_v" CASCADE;
  DROP TABLE "_documents_v_rels" CASCADE;
  DROP TABLE "interpretations" CASCADE;
  DROP TABLE "interpretations_rels" CASCADE;
  DROP TABLE "_interpretations_v" CASCADE;
  DROP TABLE "_interpretations_v_rels" CASCADE;
  DROP TABLE "columns_breadcrumbs" CASCADE;
  DROP TABLE "columns" CASCADE;
  DROP TABLE "new_media_accounts" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "departments_notice_emails" CASCADE;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "sensitive_terms" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "settings" CASCADE;
  DROP TYPE "public"."enum_documents_topic";
  DROP TYPE "public"."enum_documents_kind";
  DROP TYPE "public"."enum_documents_disclosure";
  DROP TYPE "public"."enum_documents_non_disclosure_basis";
  DROP TYPE "public"."enum_documents_validity";
  DROP TYPE "public"."enum_documents_status";
  DROP TYPE "public"."enum__documents_v_version_topic";
  DROP TYPE "public"."enum__documents_v_version_kind";
  DROP TYPE "public"."enum__documents_v_version_disclosure";
  DROP TYPE "public"."enum__documents_v_version_non_disclosure_basis";
  DROP TYPE "public"."enum__documents_v_version_validity";
  DROP TYPE "public"."enum__documents_v_version_status";
  DROP TYPE "public"."enum_interpretations_form";
  DROP TYPE "public"."enum_interpretations_status";
  DROP TYPE "public"."enum__interpretations_v_version_form";
  DROP TYPE "public"."enum__interpretations_v_version_status";
  DROP TYPE "public"."enum_columns_kind";
  DROP TYPE "public"."enum_columns_status";
  DROP TYPE "public"."enum_new_media_accounts_platform";
  DROP TYPE "public"."enum_new_media_accounts_status";
  DROP TYPE "public"."enum_departments_kind";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_sensitive_terms_level";
  DROP TYPE "public"."enum_sensitive_terms_category";
  DROP TYPE "public"."enum_settings_deadlines_interpretation_link_day_type";`)
}
