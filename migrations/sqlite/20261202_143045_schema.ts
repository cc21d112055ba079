import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`new_media_posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`account_id\` integer NOT NULL,
  	\`month\` text NOT NULL,
  	\`count\` numeric NOT NULL,
  	\`source\` text DEFAULT 'entered' NOT NULL,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`new_media_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`new_media_posts_account_idx\` ON \`new_media_posts\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`new_media_posts_month_idx\` ON \`new_media_posts\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`new_media_posts_department_idx\` ON \`new_media_posts\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`new_media_posts_updated_at_idx\` ON \`new_media_posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`new_media_posts_created_at_idx\` ON \`new_media_posts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`inspection_snapshots\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`quarter\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`frozen_at\` text NOT NULL,
  	\`frozen_by_id\` integer,
  	\`data\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`frozen_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`inspection_snapshots_quarter_idx\` ON \`inspection_snapshots\` (\`quarter\`);`)
  await db.run(sql`CREATE INDEX \`inspection_snapshots_frozen_by_idx\` ON \`inspection_snapshots\` (\`frozen_by_id\`);`)
  await db.run(sql`CREATE INDEX \`inspection_snapshots_updated_at_idx\` ON \`inspection_snapshots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inspection_snapshots_created_at_idx\` ON \`inspection_snapshots\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`inspection_deductions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`quarter\` text NOT NULL,
  	\`department_id\` integer NOT NULL,
  	\`item\` text NOT NULL,
  	\`findings\` numeric DEFAULT 1 NOT NULL,
  	\`note\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`inspection_deductions_quarter_idx\` ON \`inspection_deductions\` (\`quarter\`);`)
  await db.run(sql`CREATE INDEX \`inspection_deductions_department_idx\` ON \`inspection_deductions\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`inspection_deductions_updated_at_idx\` ON \`inspection_deductions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inspection_deductions_created_at_idx\` ON \`inspection_deductions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`inspection_bulletins\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`quarter\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`document_id\` integer NOT NULL,
  	\`issued_on\` text NOT NULL,
  	\`deadline\` text NOT NULL,
  	\`created_by_id\` integer,
  	\`units\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`inspection_bulletins_quarter_idx\` ON \`inspection_bulletins\` (\`quarter\`);`)
  await db.run(sql`CREATE INDEX \`inspection_bulletins_document_idx\` ON \`inspection_bulletins\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`inspection_bulletins_created_by_idx\` ON \`inspection_bulletins\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`inspection_bulletins_updated_at_idx\` ON \`inspection_bulletins\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inspection_bulletins_created_at_idx\` ON \`inspection_bulletins\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`settings_inspection_rubric\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`label\` text NOT NULL,
  	\`points\` numeric DEFAULT 0 NOT NULL,
  	\`deduction_per_finding\` numeric DEFAULT 0 NOT NULL,
  	\`veto\` integer DEFAULT false,
  	\`counts_warnings\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_inspection_rubric_order_idx\` ON \`settings_inspection_rubric\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`settings_inspection_rubric_parent_id_idx\` ON \`settings_inspection_rubric\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`settings_inspection_dynamic_column_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_inspection_dynamic_column_kinds_order_idx\` ON \`settings_inspection_dynamic_column_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`settings_inspection_dynamic_column_kinds_parent_idx\` ON \`settings_inspection_dynamic_column_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`settings_inspection_matrix_column_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_inspection_matrix_column_kinds_order_idx\` ON \`settings_inspection_matrix_column_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`settings_inspection_matrix_column_kinds_parent_idx\` ON \`settings_inspection_matrix_column_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`settings_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_texts_order_parent\` ON \`settings_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`new_media_posts_id\` integer REFERENCES new_media_posts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`inspection_snapshots_id\` integer REFERENCES inspection_snapshots(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`inspection_deductions_id\` integer REFERENCES inspection_deductions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`inspection_bulletins_id\` integer REFERENCES inspection_bulletins(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_new_media_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`new_media_posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inspection_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`inspection_snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inspection_deductions_id_idx\` ON \`payload_locked_documents_rels\` (\`inspection_deductions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inspection_bulletins_id_idx\` ON \`payload_locked_documents_rels\` (\`inspection_bulletins_id\`);`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_full_score\` numeric DEFAULT 100 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_yellow_below\` numeric DEFAULT 80 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_daily_weight\` numeric DEFAULT 0.4 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_year_end_weight\` numeric DEFAULT 0.6 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_rectification_days\` numeric DEFAULT 10 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_bulletin_issuer\` text DEFAULT '县政务公开工作领导小组办公室';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_bulletin_salutation\` text DEFAULT '各乡镇人民政府，各街道办事处，县政府各部门：';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_bulletin_opening\` text DEFAULT '为全面掌握全县政务公开工作情况，推进政务公开工作规范化、标准化，县政务公开工作领导小组办公室对全县{季度}政务公开工作进行了检查，现将有关情况通报如下：';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_bulletin_general\` text DEFAULT '切实提高思想认识。各单位要进一步提高对政务公开工作重要性和必要性的认识，强化公开主体责任，健全工作机制，定期开展自查，严格执行政府信息公开“三级审核”制度，未经审核不得公开发布。';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_bulletin_suggestion_column_stale\` text DEFAULT '加强栏目内容保障。各单位要严格按照责任分工和更新要求，做好所负责栏目的信息更新，确保动态信息、通知公告、政策文件等栏目按期更新。';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_bulletin_suggestion_column_empty\` text DEFAULT '及时补齐空白栏目。各单位要对照政府信息公开目录，补充完善信息公开指南、机构概况、领导简介、年度报告等内容，杜绝空白栏目。';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_bulletin_suggestion_interpretation\` text DEFAULT '全面精准解读政策。要做到政策文件与解读材料同组织、同审签、同部署，注重利用图片、视频等形式丰富解读。';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_bulletin_suggestion_timeliness\` text DEFAULT '严格落实公开时限。信息形成后要在规定时限内公开，审核各环节要及时办理，不得积压。';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_bulletin_suggestion_applications\` text DEFAULT '规范依申请公开办理。严格按照条例规定的期限答复申请，做到答复规范、告知完整。';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_bulletin_suggestion_new_media\` text DEFAULT '加强政务新媒体监管。按照“谁主管谁负责、谁主办谁负责”原则，明确责任领导和联系人，做好政务新媒体报备、更新、注销和常态化监管工作。';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_bulletin_suggestion_other\` text DEFAULT '举一反三抓好整改。各单位要对照本通报指出的问题逐项整改，建立长效机制，防止问题反弹。';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`inspection_bulletin_deadline_sentence\` text DEFAULT '此次通报存在的问题，请各相关单位于{整改期限}前整改完成。';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`new_media_posts\`;`)
  await db.run(sql`DROP TABLE \`inspection_snapshots\`;`)
  await db.run(sql`DROP TABLE \`inspection_deductions\`;`)
  await db.run(sql`DROP TABLE \`inspection_bulletins\`;`)
  await db.run(sql`DROP TABLE \`settings_inspection_rubric\`;`)
  await db.run(sql`DROP TABLE \`settings_inspection_dynamic_column_kinds\`;`)
  await db.run(sql`DROP TABLE \`settings_inspection_matrix_column_kinds\`;`)
  await db.run(sql`DROP TABLE \`settings_texts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`approval_records_id\` integer,
  	\`application_letters_id\` integer,
  	\`applicant_data_exports_id\` integer,
  	\`applications_id\` integer,
  	\`annual_report_drafts_id\` integer,
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
  	FOREIGN KEY (\`approval_records_id\`) REFERENCES \`approval_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`application_letters_id\`) REFERENCES \`application_letters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applicant_data_exports_id\`) REFERENCES \`applicant_data_exports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applications_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`annual_report_drafts_id\`) REFERENCES \`annual_report_drafts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`public_changes_id\`) REFERENCES \`public_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_notices_id\`) REFERENCES \`audit_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_digests_id\`) REFERENCES \`audit_digests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`security_events_id\`) REFERENCES \`security_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`login_throttles_id\`) REFERENCES \`login_throttles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`security_log_head_id\`) REFERENCES \`security_log_head\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "documents_id", "interpretations_id", "columns_id", "new_media_accounts_id", "media_id", "departments_id", "users_id", "sensitive_terms_id", "scheduler_runs_id", "calendar_days_id", "approval_records_id", "application_letters_id", "applicant_data_exports_id", "applications_id", "annual_report_drafts_id", "public_changes_id", "webhook_deliveries_id", "audit_notices_id", "audit_digests_id", "security_events_id", "login_throttles_id", "security_log_head_id") SELECT "id", "order", "parent_id", "path", "documents_id", "interpretations_id", "columns_id", "new_media_accounts_id", "media_id", "departments_id", "users_id", "sensitive_terms_id", "scheduler_runs_id", "calendar_days_id", "approval_records_id", "application_letters_id", "applicant_data_exports_id", "applications_id", "annual_report_drafts_id", "public_changes_id", "webhook_deliveries_id", "audit_notices_id", "audit_digests_id", "security_events_id", "login_throttles_id", "security_log_head_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_records_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_application_letters_id_idx\` ON \`payload_locked_documents_rels\` (\`application_letters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applicant_data_exports_id_idx\` ON \`payload_locked_documents_rels\` (\`applicant_data_exports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_annual_report_drafts_id_idx\` ON \`payload_locked_documents_rels\` (\`annual_report_drafts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`public_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_digests_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_digests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_security_events_id_idx\` ON \`payload_locked_documents_rels\` (\`security_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_login_throttles_id_idx\` ON \`payload_locked_documents_rels\` (\`login_throttles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_security_log_head_id_idx\` ON \`payload_locked_documents_rels\` (\`security_log_head_id\`);`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_full_score\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_yellow_below\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_daily_weight\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_year_end_weight\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_rectification_days\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_bulletin_issuer\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_bulletin_salutation\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_bulletin_opening\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_bulletin_general\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_bulletin_suggestion_column_stale\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_bulletin_suggestion_column_empty\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_bulletin_suggestion_interpretation\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_bulletin_suggestion_timeliness\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_bulletin_suggestion_applications\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_bulletin_suggestion_new_media\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_bulletin_suggestion_other\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`inspection_bulletin_deadline_sentence\`;`)
}
