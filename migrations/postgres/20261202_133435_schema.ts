import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_application_letters_kind" AS ENUM('correction', 'extension', 'third-party', 'reply');
  CREATE TYPE "public"."enum_application_letters_status" AS ENUM('draft', 'signed');
  CREATE TYPE "public"."enum_applicant_data_exports_format" AS ENUM('docx', 'print', 'xlsx', 'csv');
  CREATE TYPE "public"."enum_applications_history_method" AS ENUM('item', 'page');
  CREATE TYPE "public"."enum_settings_annual_report_categories_row" AS ENUM('regulation', 'normative', 'license', 'penalty', 'enforcement', 'fee');
  ALTER TYPE "public"."enum_applications_history_type" ADD VALUE 'fee-notice' BEFORE 'answered';
  ALTER TYPE "public"."enum_applications_history_type" ADD VALUE 'fee-paid' BEFORE 'answered';
  ALTER TYPE "public"."enum_applications_status" ADD VALUE 'awaiting-payment' BEFORE 'extended';
  ALTER TYPE "public"."enum_approval_records_action" ADD VALUE 'sign-letter';
  CREATE TABLE "application_letters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"application_id" integer NOT NULL,
  	"kind" "enum_application_letters_kind" NOT NULL,
  	"department_id" integer,
  	"body" varchar,
  	"status" "enum_application_letters_status" DEFAULT 'draft',
  	"drafter_id" integer,
  	"signer_id" integer,
  	"signed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "applicant_data_exports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"user_id" integer,
  	"user_name" varchar,
  	"department_id" integer,
  	"subject_type" varchar,
  	"subject_id" varchar,
  	"subject_title" varchar,
  	"what" varchar,
  	"format" "enum_applicant_data_exports_format" NOT NULL,
  	"ip" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "annual_report_drafts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"year" numeric NOT NULL,
  	"department_id" integer,
  	"publisher_id" integer,
  	"overview" varchar,
  	"figures_license_value" numeric,
  	"figures_license_entered_by_id" integer,
  	"figures_license_entered_at" timestamp(3) with time zone,
  	"figures_penalty_value" numeric,
  	"figures_penalty_entered_by_id" integer,
  	"figures_penalty_entered_at" timestamp(3) with time zone,
  	"figures_enforcement_value" numeric,
  	"figures_enforcement_entered_by_id" integer,
  	"figures_enforcement_entered_at" timestamp(3) with time zone,
  	"figures_fee_value" numeric,
  	"figures_fee_entered_by_id" integer,
  	"figures_fee_entered_at" timestamp(3) with time zone,
  	"reviews_reconsideration_upheld" numeric,
  	"reviews_reconsideration_corrected" numeric,
  	"reviews_reconsideration_other" numeric,
  	"reviews_reconsideration_pending" numeric,
  	"reviews_reconsideration_total" numeric,
  	"reviews_litigation_direct_upheld" numeric,
  	"reviews_litigation_direct_corrected" numeric,
  	"reviews_litigation_direct_other" numeric,
  	"reviews_litigation_direct_pending" numeric,
  	"reviews_litigation_direct_total" numeric,
  	"reviews_litigation_after_reconsideration_upheld" numeric,
  	"reviews_litigation_after_reconsideration_corrected" numeric,
  	"reviews_litigation_after_reconsideration_other" numeric,
  	"reviews_litigation_after_reconsideration_pending" numeric,
  	"reviews_litigation_after_reconsideration_total" numeric,
  	"improvements" varchar,
  	"other" varchar,
  	"document_id" integer,
  	"generated_at" timestamp(3) with time zone,
  	"snapshot" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "settings_applications_fee_page_bands" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"up_to" numeric,
  	"rate" numeric NOT NULL
  );
  
  CREATE TABLE "settings_annual_report_categories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar NOT NULL,
  	"label" varchar NOT NULL,
  	"row" "enum_settings_annual_report_categories_row" NOT NULL
  );
  
  ALTER TABLE "documents" ADD COLUMN "report_category" varchar;
  ALTER TABLE "documents" ADD COLUMN "effective_from" varchar;
  ALTER TABLE "documents" ADD COLUMN "effective_until" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_report_category" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_effective_from" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_effective_until" varchar;
  ALTER TABLE "applications_history" ADD COLUMN "method" "enum_applications_history_method";
  ALTER TABLE "applications_history" ADD COLUMN "pages" numeric;
  ALTER TABLE "applications_history" ADD COLUMN "amount" numeric;
  ALTER TABLE "approval_records_rels" ADD COLUMN "application_letters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "application_letters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "applicant_data_exports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "annual_report_drafts_id" integer;
  ALTER TABLE "settings" ADD COLUMN "applications_correction_notice_working_days" numeric DEFAULT 7 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "applications_correction_period_working_days" numeric DEFAULT 15 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "applications_third_party_working_days" numeric DEFAULT 15 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "applications_warn_working_days_before" numeric DEFAULT 3 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "applications_fee_payment_working_days" numeric DEFAULT 20 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "applications_fee_item_free" numeric DEFAULT 10 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "applications_fee_item_first_band_up_to" numeric DEFAULT 30 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "applications_fee_item_first_band_rate" numeric DEFAULT 100 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "applications_fee_item_band_size" numeric DEFAULT 10 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "applications_fee_item_band_increment" numeric DEFAULT 100 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "application_letters_correction" varchar DEFAULT '政府信息公开申请补正告知书
  受理编号：{受理编号}
  {申请人}：
  本机关于{收到日期}收到您提出的政府信息公开申请。经审查，您的申请内容不够明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，请您对申请作如下补正：
  {补正事项}
  请您自收到本告知书之日起{补正期限}个工作日内提交补正后的申请，答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。
  特此告知。
  {机关名称}
  {日期}' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "application_letters_extension" varchar DEFAULT '政府信息公开申请延期答复告知书
  受理编号：{受理编号}
  {申请人}：
  本机关于{收到日期}收到您提出的政府信息公开申请。因{理由}，本机关不能在规定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{延期工作日}个工作日，本机关将于{答复期限}前作出答复。
  特此告知。
  {机关名称}
  {日期}' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "application_letters_third_party" varchar DEFAULT '政府信息公开征求第三方意见书
  受理编号：{受理编号}
  {第三方}：
  本机关于{收到日期}收到一件政府信息公开申请，申请公开的政府信息涉及{征求事项}。经审查，公开该信息可能损害您的合法权益。根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求您的意见。
  请您自收到本意见书之日起{意见期限}个工作日内，就是否同意公开提出书面意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照条例的规定决定是否公开。您不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知您。
  {机关名称}
  {日期}' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "application_letters_reply" varchar DEFAULT '政府信息公开申请答复书
  受理编号：{受理编号}
  {申请人}：
  本机关于{收到日期}收到您提出的政府信息公开申请，您申请获取“{申请内容}”。根据《中华人民共和国政府信息公开条例》第三十六条的规定，经审查，现答复如下：
  {办理结果}
  {理由}
  如对本答复不服，您可以自收到本答复书之日起60日内依法申请行政复议，或者在6个月内依法向人民法院提起行政诉讼。
  {机关名称}
  {日期}' NOT NULL;
  ALTER TABLE "application_letters" ADD CONSTRAINT "application_letters_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "application_letters" ADD CONSTRAINT "application_letters_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "application_letters" ADD CONSTRAINT "application_letters_drafter_id_users_id_fk" FOREIGN KEY ("drafter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "application_letters" ADD CONSTRAINT "application_letters_signer_id_users_id_fk" FOREIGN KEY ("signer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applicant_data_exports" ADD CONSTRAINT "applicant_data_exports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applicant_data_exports" ADD CONSTRAINT "applicant_data_exports_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_report_drafts" ADD CONSTRAINT "annual_report_drafts_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_report_drafts" ADD CONSTRAINT "annual_report_drafts_publisher_id_departments_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_report_drafts" ADD CONSTRAINT "annual_report_drafts_figures_license_entered_by_id_users_id_fk" FOREIGN KEY ("figures_license_entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_report_drafts" ADD CONSTRAINT "annual_report_drafts_figures_penalty_entered_by_id_users_id_fk" FOREIGN KEY ("figures_penalty_entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_report_drafts" ADD CONSTRAINT "annual_report_drafts_figures_enforcement_entered_by_id_users_id_fk" FOREIGN KEY ("figures_enforcement_entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_report_drafts" ADD CONSTRAINT "annual_report_drafts_figures_fee_entered_by_id_users_id_fk" FOREIGN KEY ("figures_fee_entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_report_drafts" ADD CONSTRAINT "annual_report_drafts_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "settings_applications_fee_page_bands" ADD CONSTRAINT "settings_applications_fee_page_bands_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_annual_report_categories" ADD CONSTRAINT "settings_annual_report_categories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "application_letters_application_idx" ON "application_letters" USING btree ("application_id");
  CREATE INDEX "application_letters_kind_idx" ON "application_letters" USING btree ("kind");
  CREATE INDEX "application_letters_department_idx" ON "application_letters" USING btree ("department_id");
  CREATE INDEX "application_letters_status_idx" ON "application_letters" USING btree ("status");
  CREATE INDEX "application_letters_drafter_idx" ON "application_letters" USING btree ("drafter_id");
  CREATE INDEX "application_letters_signer_idx" ON "application_letters" USING btree ("signer_id");
  CREATE INDEX "application_letters_updated_at_idx" ON "application_letters" USING btree ("updated_at");
  CREATE INDEX "application_letters_created_at_idx" ON "application_letters" USING btree ("created_at");
  CREATE INDEX "applicant_data_exports_at_idx" ON "applicant_data_exports" USING btree ("at");
  CREATE INDEX "applicant_data_exports_user_idx" ON "applicant_data_exports" USING btree ("user_id");
  CREATE INDEX "applicant_data_exports_department_idx" ON "applicant_data_exports" USING btree ("department_id");
  CREATE INDEX "applicant_data_exports_subject_type_idx" ON "applicant_data_exports" USING btree ("subject_type");
  CREATE INDEX "applicant_data_exports_subject_id_idx" ON "applicant_data_exports" USING btree ("subject_id");
  CREATE INDEX "applicant_data_exports_updated_at_idx" ON "applicant_data_exports" USING btree ("updated_at");
  CREATE INDEX "applicant_data_exports_created_at_idx" ON "applicant_data_exports" USING btree ("created_at");
  CREATE INDEX "annual_report_drafts_year_idx" ON "annual_report_drafts" USING btree ("year");
  CREATE INDEX "annual_report_drafts_department_idx" ON "annual_report_drafts" USING btree ("department_id");
  CREATE INDEX "annual_report_drafts_publisher_idx" ON "annual_report_drafts" USING btree ("publisher_id");
  CREATE INDEX "annual_report_drafts_figures_license_figures_license_ent_idx" ON "annual_report_drafts" USING btree ("figures_license_entered_by_id");
  CREATE INDEX "annual_report_drafts_figures_penalty_figures_penalty_ent_idx" ON "annual_report_drafts" USING btree ("figures_penalty_entered_by_id");
  CREATE INDEX "annual_report_drafts_figures_enforcement_figures_enforce_idx" ON "annual_report_drafts" USING btree ("figures_enforcement_entered_by_id");
  CREATE INDEX "annual_report_drafts_figures_fee_figures_fee_entered_by_idx" ON "annual_report_drafts" USING btree ("figures_fee_entered_by_id");
  CREATE INDEX "annual_report_drafts_document_idx" ON "annual_report_drafts" USING btree ("document_id");
  CREATE INDEX "annual_report_drafts_updated_at_idx" ON "annual_report_drafts" USING btree ("updated_at");
  CREATE INDEX "annual_report_drafts_created_at_idx" ON "annual_report_drafts" USING btree ("created_at");
  CREATE INDEX "settings_applications_fee_page_bands_order_idx" ON "settings_applications_fee_page_bands" USING btree ("_order");
  CREATE INDEX "settings_applications_fee_page_bands_parent_id_idx" ON "settings_applications_fee_page_bands" USING btree ("_parent_id");
  CREATE INDEX "settings_annual_report_categories_order_idx" ON "settings_annual_report_categories" USING btree ("_order");
  CREATE INDEX "settings_annual_report_categories_parent_id_idx" ON "settings_annual_report_categories" USING btree ("_parent_id");
  ALTER TABLE "approval_records_rels" ADD CONSTRAINT "approval_records_rels_application_letters_fk" FOREIGN KEY ("application_letters_id") REFERENCES "public"."application_letters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_application_letters_fk" FOREIGN KEY ("application_letters_id") REFERENCES "public"."application_letters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_applicant_data_exports_fk" FOREIGN KEY ("applicant_data_exports_id") REFERENCES "public"."applicant_data_exports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_annual_report_drafts_fk" FOREIGN KEY ("annual_report_drafts_id") REFERENCES "public"."annual_report_drafts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "documents_report_category_idx" ON "documents" USING btree ("report_category");
  CREATE INDEX "_documents_v_version_version_report_category_idx" ON "_documents_v" USING btree ("version_report_category");
  CREATE INDEX "approval_records_rels_application_letters_id_idx" ON "approval_records_rels" USING btree ("application_letters_id");
  CREATE INDEX "payload_locked_documents_rels_application_letters_id_idx" ON "payload_locked_documents_rels" USING btree ("application_letters_id");
  CREATE INDEX "payload_locked_documents_rels_applicant_data_exports_id_idx" ON "payload_locked_documents_rels" USING btree ("applicant_data_exports_id");
  CREATE INDEX "payload_locked_documents_rels_annual_report_drafts_id_idx" ON "payload_locked_documents_rels" USING btree ("annual_report_drafts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "application_letters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "applicant_data_exports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "annual_report_drafts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "settings_applications_fee_page_bands" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "settings_annual_report_categories" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "application_letters" CASCADE;
  DROP TABLE "applicant_data_exports" CASCADE;
  DROP TABLE "annual_report_drafts" CASCADE;
  DROP TABLE "settings_applications_fee_page_bands" CASCADE;
  DROP TABLE "settings_annual_report_categories" CASCADE;
  ALTER TABLE "approval_records_rels" DROP CONSTRAINT "approval_records_rels_application_letters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_application_letters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_applicant_data_exports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_annual_report_drafts_fk";
  
  ALTER TABLE "approval_records" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_approval_records_action";
  CREATE TYPE "public"."enum_approval_records_action" AS ENUM('submit', 'approve', 'return', 'withdraw', 'force-publish', 'publish-scheduled', 'void', 'discard');
  ALTER TABLE "approval_records" ALTER COLUMN "action" SET DATA TYPE "public"."enum_approval_records_action" USING "action"::"public"."enum_approval_records_action";
  ALTER TABLE "applications_history" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_applications_history_type";
  CREATE TYPE "public"."enum_applications_history_type" AS ENUM('received', 'correction-requested', 'correction-received', 'extended', 'consultation-started', 'consultation-ended', 'delayed', 'transferred', 'answered', 'abandoned');
  ALTER TABLE "applications_history" ALTER COLUMN "type" SET DATA TYPE "public"."enum_applications_history_type" USING "type"::"public"."enum_applications_history_type";
  ALTER TABLE "applications" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "applications" ALTER COLUMN "status" SET DEFAULT 'received'::text;
  DROP TYPE "public"."enum_applications_status";
  CREATE TYPE "public"."enum_applications_status" AS ENUM('received', 'awaiting-correction', 'in-progress', 'consulting', 'extended', 'answered', 'closed');
  ALTER TABLE "applications" ALTER COLUMN "status" SET DEFAULT 'received'::"public"."enum_applications_status";
  ALTER TABLE "applications" ALTER COLUMN "status" SET DATA TYPE "public"."enum_applications_status" USING "status"::"public"."enum_applications_status";
  DROP INDEX "documents_report_category_idx";
  DROP INDEX "_documents_v_version_version_report_category_idx";
  DROP INDEX "approval_records_rels_application_letters_id_idx";
  DROP INDEX "payload_locked_documents_rels_application_letters_id_idx";
  DROP INDEX "payload_locked_documents_rels_applicant_data_exports_id_idx";
  DROP INDEX "payload_locked_documents_rels_annual_report_drafts_id_idx";
  ALTER TABLE "documents" DROP COLUMN "report_category";
  ALTER TABLE "documents" DROP COLUMN "effective_from";
  ALTER TABLE "documents" DROP COLUMN "effective_until";
  ALTER TABLE "_documents_v" DROP COLUMN "version_report_category";
  ALTER TABLE "_documents_v" DROP COLUMN "version_effective_from";
  ALTER TABLE "_documents_v" DROP COLUMN "version_effective_until";
  ALTER TABLE "approval_records_rels" DROP COLUMN "application_letters_id";
  ALTER TABLE "applications_history" DROP COLUMN "method";
  ALTER TABLE "applications_history" DROP COLUMN "pages";
  ALTER TABLE "applications_history" DROP COLUMN "amount";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "application_letters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "applicant_data_exports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "annual_report_drafts_id";
  ALTER TABLE "settings" DROP COLUMN "applications_correction_notice_working_days";
  ALTER TABLE "settings" DROP COLUMN "applications_correction_period_working_days";
  ALTER TABLE "settings" DROP COLUMN "applications_third_party_working_days";
  ALTER TABLE "settings" DROP COLUMN "applications_warn_working_days_before";
  ALTER TABLE "settings" DROP COLUMN "applications_fee_payment_working_days";
  ALTER TABLE "settings" DROP COLUMN "applications_fee_item_free";
  ALTER TABLE "settings" DROP COLUMN "applications_fee_item_first_band_up_to";
  ALTER TABLE "settings" DROP COLUMN "applications_fee_item_first_band_rate";
  ALTER TABLE "settings" DROP COLUMN "applications_fee_item_band_size";
  ALTER TABLE "settings" DROP COLUMN "applications_fee_item_band_increment";
  ALTER TABLE "settings" DROP COLUMN "application_letters_correction";
  ALTER TABLE "settings" DROP COLUMN "application_letters_extension";
  ALTER TABLE "settings" DROP COLUMN "application_letters_third_party";
  ALTER TABLE "settings" DROP COLUMN "application_letters_reply";
  DROP TYPE "public"."enum_application_letters_kind";
  DROP TYPE "public"."enum_application_letters_status";
  DROP TYPE "public"."enum_applicant_data_exports_format";
  DROP TYPE "public"."enum_applications_history_method";
  DROP TYPE "public"."enum_settings_annual_report_categories_row";`)
}
