import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_new_media_posts_source" AS ENUM('entered', 'imported');
  CREATE TYPE "public"."enum_settings_inspection_dynamic_column_kinds" AS ENUM('news', 'notice', 'policy', 'interpretation', 'personnel', 'plan', 'guide', 'annual-report', 'organization', 'leaders', 'area', 'topic');
  CREATE TYPE "public"."enum_settings_inspection_matrix_column_kinds" AS ENUM('news', 'notice', 'policy', 'interpretation', 'personnel', 'plan', 'guide', 'annual-report', 'organization', 'leaders', 'area', 'topic');
  ALTER TYPE "public"."enum_audit_notices_rule" ADD VALUE 'bulletin-rectification' BEFORE 'calendar-pending';
  CREATE TABLE "new_media_posts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"account_id" integer NOT NULL,
  	"month" varchar NOT NULL,
  	"count" numeric NOT NULL,
  	"source" "enum_new_media_posts_source" DEFAULT 'entered' NOT NULL,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "inspection_snapshots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"quarter" varchar NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"frozen_at" timestamp(3) with time zone NOT NULL,
  	"frozen_by_id" integer,
  	"data" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "inspection_deductions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"quarter" varchar NOT NULL,
  	"department_id" integer NOT NULL,
  	"item" varchar NOT NULL,
  	"findings" numeric DEFAULT 1 NOT NULL,
  	"note" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "inspection_bulletins" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"quarter" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"document_id" integer NOT NULL,
  	"issued_on" varchar NOT NULL,
  	"deadline" varchar NOT NULL,
  	"created_by_id" integer,
  	"units" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "settings_inspection_rubric" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label" varchar NOT NULL,
  	"points" numeric DEFAULT 0 NOT NULL,
  	"deduction_per_finding" numeric DEFAULT 0 NOT NULL,
  	"veto" boolean DEFAULT false,
  	"counts_warnings" boolean DEFAULT false
  );
  
  CREATE TABLE "settings_inspection_dynamic_column_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_settings_inspection_dynamic_column_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "settings_inspection_matrix_column_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_settings_inspection_matrix_column_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "settings_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "new_media_posts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "inspection_snapshots_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "inspection_deductions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "inspection_bulletins_id" integer;
  ALTER TABLE "settings" ADD COLUMN "inspection_full_score" numeric DEFAULT 100 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "inspection_yellow_below" numeric DEFAULT 80 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "inspection_daily_weight" numeric DEFAULT 0.4 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "inspection_year_end_weight" numeric DEFAULT 0.6 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "inspection_rectification_days" numeric DEFAULT 10 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "inspection_bulletin_issuer" varchar DEFAULT '县政务公开工作领导小组办公室';
  ALTER TABLE "settings" ADD COLUMN "inspection_bulletin_salutation" varchar DEFAULT '各乡镇人民政府，各街道办事处，县政府各部门：';
  ALTER TABLE "settings" ADD COLUMN "inspection_bulletin_opening" varchar DEFAULT '为全面掌握全县政务公开工作情况，推进政务公开工作规范化、标准化，县政务公开工作领导小组办公室对全县{季度}政务公开工作进行了检查，现将有关情况通报如下：';
  ALTER TABLE "settings" ADD COLUMN "inspection_bulletin_general" varchar DEFAULT '切实提高思想认识。各单位要进一步提高对政务公开工作重要性和必要性的认识，强化公开主体责任，健全工作机制，定期开展自查，严格执行政府信息公开“三级审核”制度，未经审核不得公开发布。';
  ALTER TABLE "settings" ADD COLUMN "inspection_bulletin_suggestion_column_stale" varchar DEFAULT '加强栏目内容保障。各单位要严格按照责任分工和更新要求，做好所负责栏目的信息更新，确保动态信息、通知公告、政策文件等栏目按期更新。';
  ALTER TABLE "settings" ADD COLUMN "inspection_bulletin_suggestion_column_empty" varchar DEFAULT '及时补齐空白栏目。各单位要对照政府信息公开目录，补充完善信息公开指南、机构概况、领导简介、年度报告等内容，杜绝空白栏目。';
  ALTER TABLE "settings" ADD COLUMN "inspection_bulletin_suggestion_interpretation" varchar DEFAULT '全面精准解读政策。要做到政策文件与解读材料同组织、同审签、同部署，注重利用图片、视频等形式丰富解读。';
  ALTER TABLE "settings" ADD COLUMN "inspection_bulletin_suggestion_timeliness" varchar DEFAULT '严格落实公开时限。信息形成后要在规定时限内公开，审核各环节要及时办理，不得积压。';
  ALTER TABLE "settings" ADD COLUMN "inspection_bulletin_suggestion_applications" varchar DEFAULT '规范依申请公开办理。严格按照条例规定的期限答复申请，做到答复规范、告知完整。';
  ALTER TABLE "settings" ADD COLUMN "inspection_bulletin_suggestion_new_media" varchar DEFAULT '加强政务新媒体监管。按照“谁主管谁负责、谁主办谁负责”原则，明确责任领导和联系人，做好政务新媒体报备、更新、注销和常态化监管工作。';
  ALTER TABLE "settings" ADD COLUMN "inspection_bulletin_suggestion_other" varchar DEFAULT '举一反三抓好整改。各单位要对照本通报指出的问题逐项整改，建立长效机制，防止问题反弹。';
  ALTER TABLE "settings" ADD COLUMN "inspection_bulletin_deadline_sentence" varchar DEFAULT '此次通报存在的问题，请各相关单位于{整改期限}前整改完成。';
  ALTER TABLE "new_media_posts" ADD CONSTRAINT "new_media_posts_account_id_new_media_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."new_media_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "new_media_posts" ADD CONSTRAINT "new_media_posts_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inspection_snapshots" ADD CONSTRAINT "inspection_snapshots_frozen_by_id_users_id_fk" FOREIGN KEY ("frozen_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inspection_deductions" ADD CONSTRAINT "inspection_deductions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inspection_bulletins" ADD CONSTRAINT "inspection_bulletins_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inspection_bulletins" ADD CONSTRAINT "inspection_bulletins_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "settings_inspection_rubric" ADD CONSTRAINT "settings_inspection_rubric_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_inspection_dynamic_column_kinds" ADD CONSTRAINT "settings_inspection_dynamic_column_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_inspection_matrix_column_kinds" ADD CONSTRAINT "settings_inspection_matrix_column_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_texts" ADD CONSTRAINT "settings_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "new_media_posts_account_idx" ON "new_media_posts" USING btree ("account_id");
  CREATE INDEX "new_media_posts_month_idx" ON "new_media_posts" USING btree ("month");
  CREATE INDEX "new_media_posts_department_idx" ON "new_media_posts" USING btree ("department_id");
  CREATE INDEX "new_media_posts_updated_at_idx" ON "new_media_posts" USING btree ("updated_at");
  CREATE INDEX "new_media_posts_created_at_idx" ON "new_media_posts" USING btree ("created_at");
  CREATE UNIQUE INDEX "inspection_snapshots_quarter_idx" ON "inspection_snapshots" USING btree ("quarter");
  CREATE INDEX "inspection_snapshots_frozen_by_idx" ON "inspection_snapshots" USING btree ("frozen_by_id");
  CREATE INDEX "inspection_snapshots_updated_at_idx" ON "inspection_snapshots" USING btree ("updated_at");
  CREATE INDEX "inspection_snapshots_created_at_idx" ON "inspection_snapshots" USING btree ("created_at");
  CREATE INDEX "inspection_deductions_quarter_idx" ON "inspection_deductions" USING btree ("quarter");
  CREATE INDEX "inspection_deductions_department_idx" ON "inspection_deductions" USING btree ("department_id");
  CREATE INDEX "inspection_deductions_updated_at_idx" ON "inspection_deductions" USING btree ("updated_at");
  CREATE INDEX "inspection_deductions_created_at_idx" ON "inspection_deductions" USING btree ("created_at");
  CREATE UNIQUE INDEX "inspection_bulletins_quarter_idx" ON "inspection_bulletins" USING btree ("quarter");
  CREATE INDEX "inspection_bulletins_document_idx" ON "inspection_bulletins" USING btree ("document_id");
  CREATE INDEX "inspection_bulletins_created_by_idx" ON "inspection_bulletins" USING btree ("created_by_id");
  CREATE INDEX "inspection_bulletins_updated_at_idx" ON "inspection_bulletins" USING btree ("updated_at");
  CREATE INDEX "inspection_bulletins_created_at_idx" ON "inspection_bulletins" USING btree ("created_at");
  CREATE INDEX "settings_inspection_rubric_order_idx" ON "settings_inspection_rubric" USING btree ("_order");
  CREATE INDEX "settings_inspection_rubric_parent_id_idx" ON "settings_inspection_rubric" USING btree ("_parent_id");
  CREATE INDEX "settings_inspection_dynamic_column_kinds_order_idx" ON "settings_inspection_dynamic_column_kinds" USING btree ("order");
  CREATE INDEX "settings_inspection_dynamic_column_kinds_parent_idx" ON "settings_inspection_dynamic_column_kinds" USING btree ("parent_id");
  CREATE INDEX "settings_inspection_matrix_column_kinds_order_idx" ON "settings_inspection_matrix_column_kinds" USING btree ("order");
  CREATE INDEX "settings_inspection_matrix_column_kinds_parent_idx" ON "settings_inspection_matrix_column_kinds" USING btree ("parent_id");
  CREATE INDEX "settings_texts_order_parent" ON "settings_texts" USING btree ("order","parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_new_media_posts_fk" FOREIGN KEY ("new_media_posts_id") REFERENCES "public"."new_media_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inspection_snapshots_fk" FOREIGN KEY ("inspection_snapshots_id") REFERENCES "public"."inspection_snapshots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inspection_deductions_fk" FOREIGN KEY ("inspection_deductions_id") REFERENCES "public"."inspection_deductions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inspection_bulletins_fk" FOREIGN KEY ("inspection_bulletins_id") REFERENCES "public"."inspection_bulletins"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_new_media_posts_id_idx" ON "payload_locked_documents_rels" USING btree ("new_media_posts_id");
  CREATE INDEX "payload_locked_documents_rels_inspection_snapshots_id_idx" ON "payload_locked_documents_rels" USING btree ("inspection_snapshots_id");
  CREATE INDEX "payload_locked_documents_rels_inspection_deductions_id_idx" ON "payload_locked_documents_rels" USING btree ("inspection_deductions_id");
  CREATE INDEX "payload_locked_documents_rels_inspection_bulletins_id_idx" ON "payload_locked_documents_rels" USING btree ("inspection_bulletins_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "new_media_posts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inspection_snapshots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inspection_deductions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inspection_bulletins" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "settings_inspection_rubric" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "settings_inspection_dynamic_column_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "settings_inspection_matrix_column_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "settings_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "new_media_posts" CASCADE;
  DROP TABLE "inspection_snapshots" CASCADE;
  DROP TABLE "inspection_deductions" CASCADE;
  DROP TABLE "inspection_bulletins" CASCADE;
  DROP TABLE "settings_inspection_rubric" CASCADE;
  DROP TABLE "settings_inspection_dynamic_column_kinds" CASCADE;
  DROP TABLE "settings_inspection_matrix_column_kinds" CASCADE;
  DROP TABLE "settings_texts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_new_media_posts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_inspection_snapshots_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_inspection_deductions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_inspection_bulletins_fk";
  
  ALTER TABLE "audit_notices" ALTER COLUMN "rule" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_notices_rule";
  CREATE TYPE "public"."enum_audit_notices_rule" AS ENUM('column-stale', 'column-empty', 'site-veto', 'interpretation-overdue', 'publish-overdue', 'new-media-stale', 'new-media-closure-unfiled', 'annual-report-missing', 'force-publish-unapproved', 'review-stuck', 'reassessment-due', 'calendar-missing', 'application-deadline', 'calendar-pending');
  ALTER TABLE "audit_notices" ALTER COLUMN "rule" SET DATA TYPE "public"."enum_audit_notices_rule" USING "rule"::"public"."enum_audit_notices_rule";
  DROP INDEX "payload_locked_documents_rels_new_media_posts_id_idx";
  DROP INDEX "payload_locked_documents_rels_inspection_snapshots_id_idx";
  DROP INDEX "payload_locked_documents_rels_inspection_deductions_id_idx";
  DROP INDEX "payload_locked_documents_rels_inspection_bulletins_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "new_media_posts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "inspection_snapshots_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "inspection_deductions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "inspection_bulletins_id";
  ALTER TABLE "settings" DROP COLUMN "inspection_full_score";
  ALTER TABLE "settings" DROP COLUMN "inspection_yellow_below";
  ALTER TABLE "settings" DROP COLUMN "inspection_daily_weight";
  ALTER TABLE "settings" DROP COLUMN "inspection_year_end_weight";
  ALTER TABLE "settings" DROP COLUMN "inspection_rectification_days";
  ALTER TABLE "settings" DROP COLUMN "inspection_bulletin_issuer";
  ALTER TABLE "settings" DROP COLUMN "inspection_bulletin_salutation";
  ALTER TABLE "settings" DROP COLUMN "inspection_bulletin_opening";
  ALTER TABLE "settings" DROP COLUMN "inspection_bulletin_general";
  ALTER TABLE "settings" DROP COLUMN "inspection_bulletin_suggestion_column_stale";
  ALTER TABLE "settings" DROP COLUMN "inspection_bulletin_suggestion_column_empty";
  ALTER TABLE "settings" DROP COLUMN "inspection_bulletin_suggestion_interpretation";
  ALTER TABLE "settings" DROP COLUMN "inspection_bulletin_suggestion_timeliness";
  ALTER TABLE "settings" DROP COLUMN "inspection_bulletin_suggestion_applications";
  ALTER TABLE "settings" DROP COLUMN "inspection_bulletin_suggestion_new_media";
  ALTER TABLE "settings" DROP COLUMN "inspection_bulletin_suggestion_other";
  ALTER TABLE "settings" DROP COLUMN "inspection_bulletin_deadline_sentence";
  DROP TYPE "public"."enum_new_media_posts_source";
  DROP TYPE "public"."enum_settings_inspection_dynamic_column_kinds";
  DROP TYPE "public"."enum_settings_inspection_matrix_column_kinds";`)
}
