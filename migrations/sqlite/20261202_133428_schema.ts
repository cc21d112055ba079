import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`application_letters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`application_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`department_id\` integer,
  	\`body\` text,
  	\`status\` text DEFAULT 'draft',
  	\`drafter_id\` integer,
  	\`signer_id\` integer,
  	\`signed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`drafter_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`signer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`application_letters_application_idx\` ON \`application_letters\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`application_letters_kind_idx\` ON \`application_letters\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`application_letters_department_idx\` ON \`application_letters\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`application_letters_status_idx\` ON \`application_letters\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`application_letters_drafter_idx\` ON \`application_letters\` (\`drafter_id\`);`)
  await db.run(sql`CREATE INDEX \`application_letters_signer_idx\` ON \`application_letters\` (\`signer_id\`);`)
  await db.run(sql`CREATE INDEX \`application_letters_updated_at_idx\` ON \`application_letters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`application_letters_created_at_idx\` ON \`application_letters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`applicant_data_exports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`department_id\` integer,
  	\`subject_type\` text,
  	\`subject_id\` text,
  	\`subject_title\` text,
  	\`what\` text,
  	\`format\` text NOT NULL,
  	\`ip\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`applicant_data_exports_at_idx\` ON \`applicant_data_exports\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`applicant_data_exports_user_idx\` ON \`applicant_data_exports\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`applicant_data_exports_department_idx\` ON \`applicant_data_exports\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`applicant_data_exports_subject_type_idx\` ON \`applicant_data_exports\` (\`subject_type\`);`)
  await db.run(sql`CREATE INDEX \`applicant_data_exports_subject_id_idx\` ON \`applicant_data_exports\` (\`subject_id\`);`)
  await db.run(sql`CREATE INDEX \`applicant_data_exports_updated_at_idx\` ON \`applicant_data_exports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`applicant_data_exports_created_at_idx\` ON \`applicant_data_exports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`annual_report_drafts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`year\` numeric NOT NULL,
  	\`department_id\` integer,
  	\`publisher_id\` integer,
  	\`overview\` text,
  	\`figures_license_value\` numeric,
  	\`figures_license_entered_by_id\` integer,
  	\`figures_license_entered_at\` text,
  	\`figures_penalty_value\` numeric,
  	\`figures_penalty_entered_by_id\` integer,
  	\`figures_penalty_entered_at\` text,
  	\`figures_enforcement_value\` numeric,
  	\`figures_enforcement_entered_by_id\` integer,
  	\`figures_enforcement_entered_at\` text,
  	\`figures_fee_value\` numeric,
  	\`figures_fee_entered_by_id\` integer,
  	\`figures_fee_entered_at\` text,
  	\`reviews_reconsideration_upheld\` numeric,
  	\`reviews_reconsideration_corrected\` numeric,
  	\`reviews_reconsideration_other\` numeric,
  	\`reviews_reconsideration_pending\` numeric,
  	\`reviews_reconsideration_total\` numeric,
  	\`reviews_litigation_direct_upheld\` numeric,
  	\`reviews_litigation_direct_corrected\` numeric,
  	\`reviews_litigation_direct_other\` numeric,
  	\`reviews_litigation_direct_pending\` numeric,
  	\`reviews_litigation_direct_total\` numeric,
  	\`reviews_litigation_after_reconsideration_upheld\` numeric,
  	\`reviews_litigation_after_reconsideration_corrected\` numeric,
  	\`reviews_litigation_after_reconsideration_other\` numeric,
  	\`reviews_litigation_after_reconsideration_pending\` numeric,
  	\`reviews_litigation_after_reconsideration_total\` numeric,
  	\`improvements\` text,
  	\`other\` text,
  	\`document_id\` integer,
  	\`generated_at\` text,
  	\`snapshot\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`publisher_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`figures_license_entered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`figures_penalty_entered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`figures_enforcement_entered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`figures_fee_entered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`annual_report_drafts_year_idx\` ON \`annual_report_drafts\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`annual_report_drafts_department_idx\` ON \`annual_report_drafts\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`annual_report_drafts_publisher_idx\` ON \`annual_report_drafts\` (\`publisher_id\`);`)
  await db.run(sql`CREATE INDEX \`annual_report_drafts_figures_license_figures_license_ent_idx\` ON \`annual_report_drafts\` (\`figures_license_entered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`annual_report_drafts_figures_penalty_figures_penalty_ent_idx\` ON \`annual_report_drafts\` (\`figures_penalty_entered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`annual_report_drafts_figures_enforcement_figures_enforce_idx\` ON \`annual_report_drafts\` (\`figures_enforcement_entered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`annual_report_drafts_figures_fee_figures_fee_entered_by_idx\` ON \`annual_report_drafts\` (\`figures_fee_entered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`annual_report_drafts_document_idx\` ON \`annual_report_drafts\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`annual_report_drafts_updated_at_idx\` ON \`annual_report_drafts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`annual_report_drafts_created_at_idx\` ON \`annual_report_drafts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`settings_applications_fee_page_bands\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`up_to\` numeric,
  	\`rate\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_applications_fee_page_bands_order_idx\` ON \`settings_applications_fee_page_bands\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`settings_applications_fee_page_bands_parent_id_idx\` ON \`settings_applications_fee_page_bands\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`settings_annual_report_categories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text NOT NULL,
  	\`label\` text NOT NULL,
  	\`row\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_annual_report_categories_order_idx\` ON \`settings_annual_report_categories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`settings_annual_report_categories_parent_id_idx\` ON \`settings_annual_report_categories\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`report_category\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`effective_from\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`effective_until\` text;`)
  await db.run(sql`CREATE INDEX \`documents_report_category_idx\` ON \`documents\` (\`report_category\`);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_report_category\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_effective_from\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_effective_until\` text;`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_report_category_idx\` ON \`_documents_v\` (\`version_report_category\`);`)
  await db.run(sql`ALTER TABLE \`applications_history\` ADD \`method\` text;`)
  await db.run(sql`ALTER TABLE \`applications_history\` ADD \`pages\` numeric;`)
  await db.run(sql`ALTER TABLE \`applications_history\` ADD \`amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`approval_records_rels\` ADD \`application_letters_id\` integer REFERENCES application_letters(id);`)
  await db.run(sql`CREATE INDEX \`approval_records_rels_application_letters_id_idx\` ON \`approval_records_rels\` (\`application_letters_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`application_letters_id\` integer REFERENCES application_letters(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`applicant_data_exports_id\` integer REFERENCES applicant_data_exports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`annual_report_drafts_id\` integer REFERENCES annual_report_drafts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_application_letters_id_idx\` ON \`payload_locked_documents_rels\` (\`application_letters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applicant_data_exports_id_idx\` ON \`payload_locked_documents_rels\` (\`applicant_data_exports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_annual_report_drafts_id_idx\` ON \`payload_locked_documents_rels\` (\`annual_report_drafts_id\`);`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`applications_correction_notice_working_days\` numeric DEFAULT 7 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`applications_correction_period_working_days\` numeric DEFAULT 15 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`applications_third_party_working_days\` numeric DEFAULT 15 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`applications_warn_working_days_before\` numeric DEFAULT 3 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`applications_fee_payment_working_days\` numeric DEFAULT 20 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`applications_fee_item_free\` numeric DEFAULT 10 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`applications_fee_item_first_band_up_to\` numeric DEFAULT 30 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`applications_fee_item_first_band_rate\` numeric DEFAULT 100 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`applications_fee_item_band_size\` numeric DEFAULT 10 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`applications_fee_item_band_increment\` numeric DEFAULT 100 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`application_letters_correction\` text DEFAULT '政府信息公开申请补正告知书
  受理编号：{受理编号}
  {申请人}：
  本机关于{收到日期}收到您提出的政府信息公开申请。经审查，您的申请内容不够明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，请您对申请作如下补正：
  {补正事项}
  请您自收到本告知书之日起{补正期限}个工作日内提交补正后的申请，答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。
  特此告知。
  {机关名称}
  {日期}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`application_letters_extension\` text DEFAULT '政府信息公开申请延期答复告知书
  受理编号：{受理编号}
  {申请人}：
  本机关于{收到日期}收到您提出的政府信息公开申请。因{理由}，本机关不能在规定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{延期工作日}个工作日，本机关将于{答复期限}前作出答复。
  特此告知。
  {机关名称}
  {日期}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`application_letters_third_party\` text DEFAULT '政府信息公开征求第三方意见书
  受理编号：{受理编号}
  {第三方}：
  本机关于{收到日期}收到一件政府信息公开申请，申请公开的政府信息涉及{征求事项}。经审查，公开该信息可能损害您的合法权益。根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求您的意见。
  请您自收到本意见书之日起{意见期限}个工作日内，就是否同意公开提出书面意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照条例的规定决定是否公开。您不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知您。
  {机关名称}
  {日期}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`application_letters_reply\` text DEFAULT '政府信息公开申请答复书
  受理编号：{受理编号}
  {申请人}：
  本机关于{收到日期}收到您提出的政府信息公开申请，您申请获取“{申请内容}”。根据《中华人民共和国政府信息公开条例》第三十六条的规定，经审查，现答复如下：
  {办理结果}
  {理由}
  如对本答复不服，您可以自收到本答复书之日起60日内依法申请行政复议，或者在6个月内依法向人民法院提起行政诉讼。
  {机关名称}
  {日期}' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`application_letters\`;`)
  await db.run(sql`DROP TABLE \`applicant_data_exports\`;`)
  await db.run(sql`DROP TABLE \`annual_report_drafts\`;`)
  await db.run(sql`DROP TABLE \`settings_applications_fee_page_bands\`;`)
  await db.run(sql`DROP TABLE \`settings_annual_report_categories\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_approval_records_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`interpretations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`approval_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_approval_records_rels\`("id", "order", "parent_id", "path", "documents_id", "interpretations_id") SELECT "id", "order", "parent_id", "path", "documents_id", "interpretations_id" FROM \`approval_records_rels\`;`)
  await db.run(sql`DROP TABLE \`approval_records_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_approval_records_rels\` RENAME TO \`approval_records_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`approval_records_rels_order_idx\` ON \`approval_records_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`approval_records_rels_parent_idx\` ON \`approval_records_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`approval_records_rels_path_idx\` ON \`approval_records_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`approval_records_rels_documents_id_idx\` ON \`approval_records_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`approval_records_rels_interpretations_id_idx\` ON \`approval_records_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`interpretations_id\` integer,
  	\`columns_id\` integer,
  	\`new_media_accounts_id\` integer,
  	\`media_id\` integer,
  	\`departments_id\` integer,
  	\`users_id\` integer,
  	\`sensitive_terms_id\` integer,
  	\`scheduler_runs_id\` integer,
  	\`calendar_days_id\` integer,
  	\`applications_id\` integer,
  	\`approval_records_id\` integer,
  	\`public_changes_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	\`audit_notices_id\` integer,
  	\`audit_digests_id\` integer,
  	\`security_events_id\` integer,
  	\`login_throttles_id\` integer,
  	\`security_log_head_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`new_media_accounts_id\`) REFERENCES \`new_media_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sensitive_terms_id\`) REFERENCES \`sensitive_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scheduler_runs_id\`) REFERENCES \`scheduler_runs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendar_days_id\`) REFERENCES \`calendar_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applications_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`approval_records_id\`) REFERENCES \`approval_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`public_changes_id\`) REFERENCES \`public_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_notices_id\`) REFERENCES \`audit_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_digests_id\`) REFERENCES \`audit_digests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`security_events_id\`) REFERENCES \`security_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`login_throttles_id\`) REFERENCES \`login_throttles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`security_log_head_id\`) REFERENCES \`security_log_head\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "documents_id", "interpretations_id", "columns_id", "new_media_accounts_id", "media_id", "departments_id", "users_id", "sensitive_terms_id", "scheduler_runs_id", "calendar_days_id", "applications_id", "approval_records_id", "public_changes_id", "webhook_deliveries_id", "audit_notices_id", "audit_digests_id", "security_events_id", "login_throttles_id", "security_log_head_id") SELECT "id", "order", "parent_id", "path", "documents_id", "interpretations_id", "columns_id", "new_media_accounts_id", "media_id", "departments_id", "users_id", "sensitive_terms_id", "scheduler_runs_id", "calendar_days_id", "applications_id", "approval_records_id", "public_changes_id", "webhook_deliveries_id", "audit_notices_id", "audit_digests_id", "security_events_id", "login_throttles_id", "security_log_head_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_columns_id_idx\` ON \`payload_locked_documents_rels\` (\`columns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_new_media_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`new_media_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sensitive_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`sensitive_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scheduler_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`scheduler_runs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_days_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_records_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`public_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_digests_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_digests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_security_events_id_idx\` ON \`payload_locked_documents_rels\` (\`security_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_login_throttles_id_idx\` ON \`payload_locked_documents_rels\` (\`login_throttles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_security_log_head_id_idx\` ON \`payload_locked_documents_rels\` (\`security_log_head_id\`);`)
  await db.run(sql`DROP INDEX \`documents_report_category_idx\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`report_category\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`effective_from\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`effective_until\`;`)
  await db.run(sql`DROP INDEX \`_documents_v_version_version_report_category_idx\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_report_category\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_effective_from\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_effective_until\`;`)
  await db.run(sql`ALTER TABLE \`applications_history\` DROP COLUMN \`method\`;`)
  await db.run(sql`ALTER TABLE \`applications_history\` DROP COLUMN \`pages\`;`)
  await db.run(sql`ALTER TABLE \`applications_history\` DROP COLUMN \`amount\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`applications_correction_notice_working_days\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`applications_correction_period_working_days\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`applications_third_party_working_days\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`applications_warn_working_days_before\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`applications_fee_payment_working_days\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`applications_fee_item_free\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`applications_fee_item_first_band_up_to\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`applications_fee_item_first_band_rate\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`applications_fee_item_band_size\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`applications_fee_item_band_increment\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`application_letters_correction\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`application_letters_extension\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`application_letters_third_party\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`application_letters_reply\`;`)
}
