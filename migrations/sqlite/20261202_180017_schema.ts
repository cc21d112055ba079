import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
// Edited after generation: the table rebuilds copy the columns old and new tables share (migrations/sqliteTableCopy.ts).
import { copyCommonColumns } from '../sqliteTableCopy'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`documents_disclosure_forms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_disclosure_forms_order_idx\` ON \`documents_disclosure_forms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`documents_disclosure_forms_parent_idx\` ON \`documents_disclosure_forms\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v_version_disclosure_forms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_version_disclosure_forms_order_idx\` ON \`_documents_v_version_disclosure_forms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_disclosure_forms_parent_idx\` ON \`_documents_v_version_disclosure_forms\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`columns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`catalogue_matters_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`catalogue_matters_id\`) REFERENCES \`catalogue_matters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`columns_rels_order_idx\` ON \`columns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`columns_rels_parent_idx\` ON \`columns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`columns_rels_path_idx\` ON \`columns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`columns_rels_catalogue_matters_id_idx\` ON \`columns_rels\` (\`catalogue_matters_id\`);`)
  await db.run(sql`CREATE TABLE \`common_typos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`wrong\` text NOT NULL,
  	\`correct\` text NOT NULL,
  	\`level\` text DEFAULT 'review' NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`common_typos_wrong_idx\` ON \`common_typos\` (\`wrong\`);`)
  await db.run(sql`CREATE INDEX \`common_typos_updated_at_idx\` ON \`common_typos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`common_typos_created_at_idx\` ON \`common_typos\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`serious_wordings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`wrong\` text NOT NULL,
  	\`correct\` text NOT NULL,
  	\`level\` text DEFAULT 'review' NOT NULL,
  	\`category\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`serious_wordings_wrong_idx\` ON \`serious_wordings\` (\`wrong\`);`)
  await db.run(sql`CREATE INDEX \`serious_wordings_updated_at_idx\` ON \`serious_wordings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`serious_wordings_created_at_idx\` ON \`serious_wordings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`catalogue_domains\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`name\` text NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`lead\` text,
  	\`aliases\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`catalogue_domains_name_idx\` ON \`catalogue_domains\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_domains_order_idx\` ON \`catalogue_domains\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_domains_updated_at_idx\` ON \`catalogue_domains\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_domains_created_at_idx\` ON \`catalogue_domains\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`catalogue_matters_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalogue_matters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalogue_matters_audience_order_idx\` ON \`catalogue_matters_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_matters_audience_parent_idx\` ON \`catalogue_matters_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`catalogue_matters_mode\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalogue_matters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalogue_matters_mode_order_idx\` ON \`catalogue_matters_mode\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_matters_mode_parent_idx\` ON \`catalogue_matters_mode\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`catalogue_matters_level\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalogue_matters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalogue_matters_level_order_idx\` ON \`catalogue_matters_level\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_matters_level_parent_idx\` ON \`catalogue_matters_level\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`catalogue_matters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`domain_id\` integer NOT NULL,
  	\`group\` text,
  	\`title\` text NOT NULL,
  	\`content\` text,
  	\`basis\` text,
  	\`time_limit\` text NOT NULL,
  	\`subject\` text,
  	\`deadline_kind\` text,
  	\`deadline_days\` numeric,
  	\`deadline_annual_date\` text,
  	\`channels\` text,
  	\`source\` text,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`domain_id\`) REFERENCES \`catalogue_domains\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`catalogue_matters_domain_idx\` ON \`catalogue_matters\` (\`domain_id\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_matters_order_idx\` ON \`catalogue_matters\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_matters_updated_at_idx\` ON \`catalogue_matters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_matters_created_at_idx\` ON \`catalogue_matters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`link_checks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`link_text\` text,
  	\`field\` text,
  	\`target\` text,
  	\`verdict\` text NOT NULL,
  	\`reason\` text,
  	\`http_status\` numeric,
  	\`final_url\` text,
  	\`subject_type\` text NOT NULL,
  	\`subject_id\` text NOT NULL,
  	\`subject_title\` text,
  	\`department_id\` integer,
  	\`checked_at\` text,
  	\`broken_since\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`link_checks_key_idx\` ON \`link_checks\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_verdict_idx\` ON \`link_checks\` (\`verdict\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_subject_type_idx\` ON \`link_checks\` (\`subject_type\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_subject_id_idx\` ON \`link_checks\` (\`subject_id\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_department_idx\` ON \`link_checks\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_updated_at_idx\` ON \`link_checks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_created_at_idx\` ON \`link_checks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`settings_content_attachment_only_column_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_content_attachment_only_column_kinds_order_idx\` ON \`settings_content_attachment_only_column_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`settings_content_attachment_only_column_kinds_parent_idx\` ON \`settings_content_attachment_only_column_kinds\` (\`parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`branding_county_name\` text,
  	\`branding_portal_name\` text,
  	\`branding_logo_id\` integer,
  	\`public_site_site_url\` text,
  	\`public_site_preview_url\` text,
  	\`public_site_document_path\` text DEFAULT '/documents/{id}/' NOT NULL,
  	\`public_site_interpretation_path\` text DEFAULT '/interpretations/{id}/' NOT NULL,
  	\`public_site_column_path\` text DEFAULT '/columns/{slug}/' NOT NULL,
  	\`public_site_new_media_path\` text DEFAULT '/new-media/' NOT NULL,
  	\`public_site_feed_items\` numeric DEFAULT 20 NOT NULL,
  	\`index_number_format\` text DEFAULT '{code}/{year}-{serial:5}' NOT NULL,
  	\`local_code_pattern\` text DEFAULT '^[1-9]\d{5}\d{3}$' NOT NULL,
  	\`reassessment_days\` numeric DEFAULT 365 NOT NULL,
  	\`deadlines_publish_working_days\` numeric DEFAULT 20 NOT NULL,
  	\`deadlines_interpretation_link_days\` numeric DEFAULT 5 NOT NULL,
  	\`deadlines_interpretation_link_day_type\` text DEFAULT 'calendar' NOT NULL,
  	\`deadlines_interpretation_link_from\` text DEFAULT 'formed' NOT NULL,
  	\`deadlines_review_stuck_working_days\` numeric DEFAULT 5 NOT NULL,
  	\`deadlines_change_update_working_days\` numeric DEFAULT 5 NOT NULL,
  	\`deadlines_change_update_max_days\` numeric DEFAULT 15 NOT NULL,
  	\`deadlines_repost_working_days\` numeric DEFAULT 1 NOT NULL,
  	\`content_formed_at_earliest\` text DEFAULT '1949-01-01' NOT NULL,
  	\`content_formed_at_max_future_days\` numeric DEFAULT 30 NOT NULL,
  	\`columns_news\` numeric DEFAULT 14 NOT NULL,
  	\`columns_notice\` numeric DEFAULT 183 NOT NULL,
  	\`columns_policy\` numeric DEFAULT 183 NOT NULL,
  	\`columns_interpretation\` numeric DEFAULT 183 NOT NULL,
  	\`columns_personnel\` numeric DEFAULT 365 NOT NULL,
  	\`columns_plan\` numeric DEFAULT 365 NOT NULL,
  	\`columns_guide\` numeric DEFAULT 365 NOT NULL,
  	\`columns_annual_report\` numeric DEFAULT 365 NOT NULL,
  	\`columns_organization\` numeric DEFAULT 365 NOT NULL,
  	\`columns_leaders\` numeric DEFAULT 365 NOT NULL,
  	\`columns_area\` numeric DEFAULT 365 NOT NULL,
  	\`columns_topic\` numeric DEFAULT 365 NOT NULL,
  	\`columns_news_warning_days\` numeric DEFAULT 10 NOT NULL,
  	\`columns_warning_days_before\` numeric DEFAULT 30 NOT NULL,
  	\`site_empty_columns_veto\` numeric DEFAULT 5 NOT NULL,
  	\`site_stale_key_columns_veto\` numeric DEFAULT 5 NOT NULL,
  	\`site_stale_columns_veto\` numeric DEFAULT 10 NOT NULL,
  	\`new_media_update_days\` numeric DEFAULT 7 NOT NULL,
  	\`new_media_update_severity\` text DEFAULT 'yellow' NOT NULL,
  	\`new_media_veto_days\` numeric DEFAULT 14 NOT NULL,
  	\`new_media_first_escalation_months\` numeric DEFAULT 1 NOT NULL,
  	\`new_media_second_escalation_months\` numeric DEFAULT 6 NOT NULL,
  	\`annual_reports_department_due\` text DEFAULT '01-31' NOT NULL,
  	\`annual_reports_government_due\` text DEFAULT '03-31' NOT NULL,
  	\`mailbox_simple_reply_working_days\` numeric DEFAULT 1 NOT NULL,
  	\`mailbox_reply_working_days\` numeric DEFAULT 5 NOT NULL,
  	\`applications_reply_working_days\` numeric DEFAULT 20 NOT NULL,
  	\`applications_extension_working_days\` numeric DEFAULT 20 NOT NULL,
  	\`applications_correction_notice_working_days\` numeric DEFAULT 7 NOT NULL,
  	\`applications_correction_period_working_days\` numeric DEFAULT 15 NOT NULL,
  	\`applications_third_party_working_days\` numeric DEFAULT 15 NOT NULL,
  	\`applications_warn_working_days_before\` numeric DEFAULT 3 NOT NULL,
  	\`applications_fee_payment_working_days\` numeric DEFAULT 20 NOT NULL,
  	\`applications_fee_item_free\` numeric DEFAULT 10 NOT NULL,
  	\`applications_fee_item_first_band_up_to\` numeric DEFAULT 30 NOT NULL,
  	\`applications_fee_item_first_band_rate\` numeric DEFAULT 100 NOT NULL,
  	\`applications_fee_item_band_size\` numeric DEFAULT 10 NOT NULL,
  	\`applications_fee_item_band_increment\` numeric DEFAULT 100 NOT NULL,
  	\`application_letters_correction\` text DEFAULT '政府信息公开申请补正告知书
  受理编号：{受理编号}
  {申请人}：
  本机关于{收到日期}收到您提出的政府信息公开申请。经审查，您的申请内容不够明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，请您对申请作如下补正：
  {补正事项}
  请您自收到本告知书之日起{补正期限}个工作日内提交补正后的申请，答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。
  特此告知。
  {机关名称}
  {日期}' NOT NULL,
  	\`application_letters_extension\` text DEFAULT '政府信息公开申请延期答复告知书
  受理编号：{受理编号}
  {申请人}：
  本机关于{收到日期}收到您提出的政府信息公开申请。因{理由}，本机关不能在规定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{延期工作日}个工作日，本机关将于{答复期限}前作出答复。
  特此告知。
  {机关名称}
  {日期}' NOT NULL,
  	\`application_letters_third_party\` text DEFAULT '政府信息公开征求第三方意见书
  受理编号：{受理编号}
  {第三方}：
  本机关于{收到日期}收到一件政府信息公开申请，申请公开的政府信息涉及{征求事项}。经审查，公开该信息可能损害您的合法权益。根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求您的意见。
  请您自收到本意见书之日起{意见期限}个工作日内，就是否同意公开提出书面意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照条例的规定决定是否公开。您不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知您。
  {机关名称}
  {日期}' NOT NULL,
  	\`application_letters_reply\` text DEFAULT '政府信息公开申请答复书
  受理编号：{受理编号}
  {申请人}：
  本机关于{收到日期}收到您提出的政府信息公开申请，您申请获取“{申请内容}”。根据《中华人民共和国政府信息公开条例》第三十六条的规定，经审查，现答复如下：
  {办理结果}
  {理由}
  如对本答复不服，您可以自收到本答复书之日起60日内依法申请行政复议，或者在6个月内依法向人民法院提起行政诉讼。
  {机关名称}
  {日期}' NOT NULL,
  	\`audit_daily_cron\` text DEFAULT '30 8 * * *' NOT NULL,
  	\`audit_time_zone\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`audit_web_office_email\` text,
  	\`audit_interpretation_warning_days\` numeric DEFAULT 1 NOT NULL,
  	\`audit_publish_warning_working_days\` numeric DEFAULT 5 NOT NULL,
  	\`audit_review_stuck_warning_working_days\` numeric DEFAULT 3 NOT NULL,
  	\`audit_force_publish_red_working_days\` numeric DEFAULT 3 NOT NULL,
  	\`audit_annual_report_warning_days\` numeric DEFAULT 15 NOT NULL,
  	\`audit_reassessment_warning_days\` numeric DEFAULT 30 NOT NULL,
  	\`audit_published_late_report_days\` numeric DEFAULT 90 NOT NULL,
  	\`audit_reminder_days\` numeric DEFAULT 7 NOT NULL,
  	\`audit_email_retry_base_minutes\` numeric DEFAULT 60 NOT NULL,
  	\`audit_email_retry_max_minutes\` numeric DEFAULT 1440 NOT NULL,
  	\`audit_lock_minutes\` numeric DEFAULT 60 NOT NULL,
  	\`link_check_enabled\` integer DEFAULT true,
  	\`link_check_cron\` text DEFAULT '30 6 * * *' NOT NULL,
  	\`link_check_time_zone\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`link_check_timeout_ms\` numeric DEFAULT 10000 NOT NULL,
  	\`link_check_concurrency\` numeric DEFAULT 8 NOT NULL,
  	\`link_check_per_host_concurrency\` numeric DEFAULT 2 NOT NULL,
  	\`link_check_min_host_interval_ms\` numeric DEFAULT 1000 NOT NULL,
  	\`link_check_retries\` numeric DEFAULT 2 NOT NULL,
  	\`link_check_retry_base_ms\` numeric DEFAULT 2000 NOT NULL,
  	\`link_check_retry_max_ms\` numeric DEFAULT 30000 NOT NULL,
  	\`link_check_max_redirects\` numeric DEFAULT 5 NOT NULL,
  	\`link_check_user_agent\` text DEFAULT 'Gongkai-LinkCheck/1.0 (government information disclosure portal; link check)' NOT NULL,
  	\`inspection_full_score\` numeric DEFAULT 100 NOT NULL,
  	\`inspection_yellow_below\` numeric DEFAULT 80 NOT NULL,
  	\`inspection_daily_weight\` numeric DEFAULT 0.4 NOT NULL,
  	\`inspection_year_end_weight\` numeric DEFAULT 0.6 NOT NULL,
  	\`inspection_rectification_days\` numeric DEFAULT 10 NOT NULL,
  	\`inspection_bulletin_issuer\` text DEFAULT '县政务公开工作领导小组办公室',
  	\`inspection_bulletin_salutation\` text DEFAULT '各乡镇人民政府，各街道办事处，县政府各部门：',
  	\`inspection_bulletin_opening\` text DEFAULT '为全面掌握全县政务公开工作情况，推进政务公开工作规范化、标准化，县政务公开工作领导小组办公室对全县{季度}政务公开工作进行了检查，现将有关情况通报如下：',
  	\`inspection_bulletin_general\` text DEFAULT '切实提高思想认识。各单位要进一步提高对政务公开工作重要性和必要性的认识，强化公开主体责任，健全工作机制，定期开展自查，严格执行政府信息公开“三级审核”制度，未经审核不得公开发布。',
  	\`inspection_bulletin_suggestion_column_stale\` text DEFAULT '加强栏目内容保障。各单位要严格按照责任分工和更新要求，做好所负责栏目的信息更新，确保动态信息、通知公告、政策文件等栏目按期更新。',
  	\`inspection_bulletin_suggestion_column_empty\` text DEFAULT '及时补齐空白栏目。各单位要对照政府信息公开目录，补充完善信息公开指南、机构概况、领导简介、年度报告等内容，杜绝空白栏目。',
  	\`inspection_bulletin_suggestion_interpretation\` text DEFAULT '全面精准解读政策。要做到政策文件与解读材料同组织、同审签、同部署，注重利用图片、视频等形式丰富解读。',
  	\`inspection_bulletin_suggestion_timeliness\` text DEFAULT '严格落实公开时限。信息形成后要在规定时限内公开，审核各环节要及时办理，不得积压。',
  	\`inspection_bulletin_suggestion_applications\` text DEFAULT '规范依申请公开办理。严格按照条例规定的期限答复申请，做到答复规范、告知完整。',
  	\`inspection_bulletin_suggestion_new_media\` text DEFAULT '加强政务新媒体监管。按照“谁主管谁负责、谁主办谁负责”原则，明确责任领导和联系人，做好政务新媒体报备、更新、注销和常态化监管工作。',
  	\`inspection_bulletin_suggestion_other\` text DEFAULT '举一反三抓好整改。各单位要对照本通报指出的问题逐项整改，建立长效机制，防止问题反弹。',
  	\`inspection_bulletin_deadline_sentence\` text DEFAULT '此次通报存在的问题，请各相关单位于{整改期限}前整改完成。',
  	\`calendar_request_from\` text DEFAULT '11-01' NOT NULL,
  	\`calendar_urgent_from\` text DEFAULT '12-15' NOT NULL,
  	\`webhooks_enabled\` integer DEFAULT false,
  	\`webhooks_secret\` text,
  	\`webhooks_max_attempts\` numeric DEFAULT 8 NOT NULL,
  	\`webhooks_retry_base_seconds\` numeric DEFAULT 30 NOT NULL,
  	\`webhooks_timeout_seconds\` numeric DEFAULT 10 NOT NULL,
  	\`interpretation_quotas_yearly\` numeric DEFAULT 6 NOT NULL,
  	\`interpretation_quotas_by_principal\` numeric DEFAULT 3 NOT NULL,
  	\`interpretation_quotas_warn_from\` text DEFAULT '07-01' NOT NULL,
  	\`expiry_online_working_days\` numeric DEFAULT 20 NOT NULL,
  	\`expiry_cron\` text DEFAULT '5 0 * * *' NOT NULL,
  	\`catalogue_min_items_per_quarter\` numeric DEFAULT 3 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`branding_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await copyCommonColumns(db, 'settings', '__new_settings')
  await db.run(sql`DROP TABLE \`settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_settings\` RENAME TO \`settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`settings_branding_branding_logo_idx\` ON \`settings\` (\`branding_logo_id\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`on_request_reason\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`keywords\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`genre\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`responsible_department_id\` integer REFERENCES departments(id);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`source\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`byline\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`reposted\` integer;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`repost_source\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`repost_original_date\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`repost_source_verified\` integer;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`published_late\` numeric;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`last_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`keep_after_expiry\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`documents_keywords_idx\` ON \`documents\` (\`keywords\`);`)
  await db.run(sql`CREATE INDEX \`documents_genre_idx\` ON \`documents\` (\`genre\`);`)
  await db.run(sql`CREATE INDEX \`documents_responsible_department_idx\` ON \`documents\` (\`responsible_department_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_published_late_idx\` ON \`documents\` (\`published_late\`);`)
  await db.run(sql`CREATE INDEX \`documents_last_published_at_idx\` ON \`documents\` (\`last_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_on_request_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_keywords\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_genre\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_responsible_department_id\` integer REFERENCES departments(id);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_source\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_byline\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_reposted\` integer;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_repost_source\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_repost_original_date\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_repost_source_verified\` integer;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_published_late\` numeric;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_last_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_keep_after_expiry\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_keywords_idx\` ON \`_documents_v\` (\`version_keywords\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_genre_idx\` ON \`_documents_v\` (\`version_genre\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_responsible_department_idx\` ON \`_documents_v\` (\`version_responsible_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_published_late_idx\` ON \`_documents_v\` (\`version_published_late\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_last_published_at_idx\` ON \`_documents_v\` (\`version_last_published_at\`);`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`interpreter\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`by_principal\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`published_with_policy\` integer;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_interpreter\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_by_principal\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_published_with_policy\` integer;`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`code_scheme\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`common_typos_id\` integer REFERENCES common_typos(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`serious_wordings_id\` integer REFERENCES serious_wordings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`catalogue_domains_id\` integer REFERENCES catalogue_domains(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`catalogue_matters_id\` integer REFERENCES catalogue_matters(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`link_checks_id\` integer REFERENCES link_checks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_common_typos_id_idx\` ON \`payload_locked_documents_rels\` (\`common_typos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_serious_wordings_id_idx\` ON \`payload_locked_documents_rels\` (\`serious_wordings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_catalogue_domains_id_idx\` ON \`payload_locked_documents_rels\` (\`catalogue_domains_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_catalogue_matters_id_idx\` ON \`payload_locked_documents_rels\` (\`catalogue_matters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`link_checks_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`documents_disclosure_forms\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_version_disclosure_forms\`;`)
  await db.run(sql`DROP TABLE \`columns_rels\`;`)
  await db.run(sql`DROP TABLE \`common_typos\`;`)
  await db.run(sql`DROP TABLE \`serious_wordings\`;`)
  await db.run(sql`DROP TABLE \`catalogue_domains\`;`)
  await db.run(sql`DROP TABLE \`catalogue_matters_audience\`;`)
  await db.run(sql`DROP TABLE \`catalogue_matters_mode\`;`)
  await db.run(sql`DROP TABLE \`catalogue_matters_level\`;`)
  await db.run(sql`DROP TABLE \`catalogue_matters\`;`)
  await db.run(sql`DROP TABLE \`link_checks\`;`)
  await db.run(sql`DROP TABLE \`settings_content_attachment_only_column_kinds\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`column_id\` integer,
  	\`department_id\` integer,
  	\`index_number\` text,
  	\`doc_number\` text,
  	\`formed_at\` text,
  	\`published_at\` text,
  	\`topic\` text,
  	\`kind\` text,
  	\`requires_interpretation\` integer,
  	\`disclosure\` text DEFAULT 'proactive',
  	\`non_disclosure_basis\` text,
  	\`non_disclosure_reason\` text,
  	\`body\` text,
  	\`public_body\` text,
  	\`validity\` text DEFAULT 'valid',
  	\`validity_changed_at\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`content_hash\` text,
  	\`author_id\` integer,
  	\`precheck_findings\` text,
  	\`publish_at\` text,
  	\`force_published\` integer,
  	\`force_published_by_id\` integer,
  	\`force_publish_reason\` text,
  	\`withdrawn_at\` text,
  	\`withdraw_reason\` text,
  	\`report_category\` text,
  	\`effective_from\` text,
  	\`effective_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`force_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_documents\`("id", "title", "column_id", "department_id", "index_number", "doc_number", "formed_at", "published_at", "topic", "kind", "requires_interpretation", "disclosure", "non_disclosure_basis", "non_disclosure_reason", "body", "public_body", "validity", "validity_changed_at", "review_state", "submitted_by_id", "submitted_at", "content_hash", "author_id", "precheck_findings", "publish_at", "force_published", "force_published_by_id", "force_publish_reason", "withdrawn_at", "withdraw_reason", "report_category", "effective_from", "effective_until", "updated_at", "created_at", "_status") SELECT "id", "title", "column_id", "department_id", "index_number", "doc_number", "formed_at", "published_at", "topic", "kind", "requires_interpretation", "disclosure", "non_disclosure_basis", "non_disclosure_reason", "body", "public_body", "validity", "validity_changed_at", "review_state", "submitted_by_id", "submitted_at", "content_hash", "author_id", "precheck_findings", "publish_at", "force_published", "force_published_by_id", "force_publish_reason", "withdrawn_at", "withdraw_reason", "report_category", "effective_from", "effective_until", "updated_at", "created_at", "_status" FROM \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_documents\` RENAME TO \`documents\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`documents_column_idx\` ON \`documents\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_department_idx\` ON \`documents\` (\`department_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_index_number_idx\` ON \`documents\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`documents_formed_at_idx\` ON \`documents\` (\`formed_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_published_at_idx\` ON \`documents\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_kind_idx\` ON \`documents\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`documents_disclosure_idx\` ON \`documents\` (\`disclosure\`);`)
  await db.run(sql`CREATE INDEX \`documents_review_state_idx\` ON \`documents\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`documents_submitted_by_idx\` ON \`documents\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_author_idx\` ON \`documents\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_publish_at_idx\` ON \`documents\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_force_published_idx\` ON \`documents\` (\`force_published\`);`)
  await db.run(sql`CREATE INDEX \`documents_force_published_by_idx\` ON \`documents\` (\`force_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_report_category_idx\` ON \`documents\` (\`report_category\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`documents__status_idx\` ON \`documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_column_id\` integer,
  	\`version_department_id\` integer,
  	\`version_index_number\` text,
  	\`version_doc_number\` text,
  	\`version_formed_at\` text,
  	\`version_published_at\` text,
  	\`version_topic\` text,
  	\`version_kind\` text,
  	\`version_requires_interpretation\` integer,
  	\`version_disclosure\` text DEFAULT 'proactive',
  	\`version_non_disclosure_basis\` text,
  	\`version_non_disclosure_reason\` text,
  	\`version_body\` text,
  	\`version_public_body\` text,
  	\`version_validity\` text DEFAULT 'valid',
  	\`version_validity_changed_at\` text,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_submitted_by_id\` integer,
  	\`version_submitted_at\` text,
  	\`version_content_hash\` text,
  	\`version_author_id\` integer,
  	\`version_precheck_findings\` text,
  	\`version_publish_at\` text,
  	\`version_force_published\` integer,
  	\`version_force_published_by_id\` integer,
  	\`version_force_publish_reason\` text,
  	\`version_withdrawn_at\` text,
  	\`version_withdraw_reason\` text,
  	\`version_report_category\` text,
  	\`version_effective_from\` text,
  	\`version_effective_until\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_force_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__documents_v\`("id", "parent_id", "version_title", "version_column_id", "version_department_id", "version_index_number", "version_doc_number", "version_formed_at", "version_published_at", "version_topic", "version_kind", "version_requires_interpretation", "version_disclosure", "version_non_disclosure_basis", "version_non_disclosure_reason", "version_body", "version_public_body", "version_validity", "version_validity_changed_at", "version_review_state", "version_submitted_by_id", "version_submitted_at", "version_content_hash", "version_author_id", "version_precheck_findings", "version_publish_at", "version_force_published", "version_force_published_by_id", "version_force_publish_reason", "version_withdrawn_at", "version_withdraw_reason", "version_report_category", "version_effective_from", "version_effective_until", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_column_id", "version_department_id", "version_index_number", "version_doc_number", "version_formed_at", "version_published_at", "version_topic", "version_kind", "version_requires_interpretation", "version_disclosure", "version_non_disclosure_basis", "version_non_disclosure_reason", "version_body", "version_public_body", "version_validity", "version_validity_changed_at", "version_review_state", "version_submitted_by_id", "version_submitted_at", "version_content_hash", "version_author_id", "version_precheck_findings", "version_publish_at", "version_force_published", "version_force_published_by_id", "version_force_publish_reason", "version_withdrawn_at", "version_withdraw_reason", "version_report_category", "version_effective_from", "version_effective_until", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_documents_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__documents_v\` RENAME TO \`_documents_v\`;`)
  await db.run(sql`CREATE INDEX \`_documents_v_parent_idx\` ON \`_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_column_idx\` ON \`_documents_v\` (\`version_column_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_department_idx\` ON \`_documents_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_index_number_idx\` ON \`_documents_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_formed_at_idx\` ON \`_documents_v\` (\`version_formed_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_published_at_idx\` ON \`_documents_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_kind_idx\` ON \`_documents_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_disclosure_idx\` ON \`_documents_v\` (\`version_disclosure\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_review_state_idx\` ON \`_documents_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_submitted_by_idx\` ON \`_documents_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_author_idx\` ON \`_documents_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_publish_at_idx\` ON \`_documents_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_force_published_idx\` ON \`_documents_v\` (\`version_force_published\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_force_published_by_idx\` ON \`_documents_v\` (\`version_force_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_report_category_idx\` ON \`_documents_v\` (\`version_report_category\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
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
  	\`new_media_posts_id\` integer,
  	\`inspection_snapshots_id\` integer,
  	\`inspection_deductions_id\` integer,
  	\`inspection_year_scores_id\` integer,
  	\`inspection_bulletins_id\` integer,
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
  	FOREIGN KEY (\`new_media_posts_id\`) REFERENCES \`new_media_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inspection_snapshots_id\`) REFERENCES \`inspection_snapshots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inspection_deductions_id\`) REFERENCES \`inspection_deductions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inspection_year_scores_id\`) REFERENCES \`inspection_year_scores\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inspection_bulletins_id\`) REFERENCES \`inspection_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`security_events_id\`) REFERENCES \`security_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`login_throttles_id\`) REFERENCES \`login_throttles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`security_log_head_id\`) REFERENCES \`security_log_head\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "documents_id", "interpretations_id", "columns_id", "new_media_accounts_id", "media_id", "departments_id", "users_id", "sensitive_terms_id", "scheduler_runs_id", "calendar_days_id", "approval_records_id", "application_letters_id", "applicant_data_exports_id", "applications_id", "annual_report_drafts_id", "public_changes_id", "webhook_deliveries_id", "audit_notices_id", "audit_digests_id", "new_media_posts_id", "inspection_snapshots_id", "inspection_deductions_id", "inspection_year_scores_id", "inspection_bulletins_id", "security_events_id", "login_throttles_id", "security_log_head_id") SELECT "id", "order", "parent_id", "path", "documents_id", "interpretations_id", "columns_id", "new_media_accounts_id", "media_id", "departments_id", "users_id", "sensitive_terms_id", "scheduler_runs_id", "calendar_days_id", "approval_records_id", "application_letters_id", "applicant_data_exports_id", "applications_id", "annual_report_drafts_id", "public_changes_id", "webhook_deliveries_id", "audit_notices_id", "audit_digests_id", "new_media_posts_id", "inspection_snapshots_id", "inspection_deductions_id", "inspection_year_scores_id", "inspection_bulletins_id", "security_events_id", "login_throttles_id", "security_log_head_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_records_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_application_letters_id_idx\` ON \`payload_locked_documents_rels\` (\`application_letters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applicant_data_exports_id_idx\` ON \`payload_locked_documents_rels\` (\`applicant_data_exports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_annual_report_drafts_id_idx\` ON \`payload_locked_documents_rels\` (\`annual_report_drafts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`public_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_digests_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_digests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_new_media_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`new_media_posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inspection_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`inspection_snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inspection_deductions_id_idx\` ON \`payload_locked_documents_rels\` (\`inspection_deductions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inspection_year_scores_id_idx\` ON \`payload_locked_documents_rels\` (\`inspection_year_scores_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inspection_bulletins_id_idx\` ON \`payload_locked_documents_rels\` (\`inspection_bulletins_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_security_events_id_idx\` ON \`payload_locked_documents_rels\` (\`security_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_login_throttles_id_idx\` ON \`payload_locked_documents_rels\` (\`login_throttles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_security_log_head_id_idx\` ON \`payload_locked_documents_rels\` (\`security_log_head_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`branding_county_name\` text,
  	\`branding_portal_name\` text,
  	\`branding_logo_id\` integer,
  	\`public_site_site_url\` text,
  	\`public_site_preview_url\` text,
  	\`public_site_document_path\` text DEFAULT '/documents/{id}/' NOT NULL,
  	\`public_site_interpretation_path\` text DEFAULT '/interpretations/{id}/' NOT NULL,
  	\`public_site_column_path\` text DEFAULT '/columns/{slug}/' NOT NULL,
  	\`public_site_new_media_path\` text DEFAULT '/new-media/' NOT NULL,
  	\`public_site_feed_items\` numeric DEFAULT 20 NOT NULL,
  	\`index_number_format\` text DEFAULT '{code}/{year}-{serial:5}' NOT NULL,
  	\`reassessment_days\` numeric DEFAULT 365 NOT NULL,
  	\`deadlines_publish_working_days\` numeric DEFAULT 20 NOT NULL,
  	\`deadlines_interpretation_link_days\` numeric DEFAULT 5 NOT NULL,
  	\`deadlines_interpretation_link_day_type\` text DEFAULT 'calendar' NOT NULL,
  	\`deadlines_review_stuck_working_days\` numeric DEFAULT 5 NOT NULL,
  	\`content_formed_at_earliest\` text DEFAULT '1949-01-01' NOT NULL,
  	\`content_formed_at_max_future_days\` numeric DEFAULT 30 NOT NULL,
  	\`columns_news\` numeric DEFAULT 14 NOT NULL,
  	\`columns_notice\` numeric DEFAULT 183 NOT NULL,
  	\`columns_policy\` numeric DEFAULT 183 NOT NULL,
  	\`columns_interpretation\` numeric DEFAULT 183 NOT NULL,
  	\`columns_personnel\` numeric DEFAULT 365 NOT NULL,
  	\`columns_plan\` numeric DEFAULT 365 NOT NULL,
  	\`columns_guide\` numeric DEFAULT 0 NOT NULL,
  	\`columns_annual_report\` numeric DEFAULT 365 NOT NULL,
  	\`columns_organization\` numeric DEFAULT 0 NOT NULL,
  	\`columns_leaders\` numeric DEFAULT 0 NOT NULL,
  	\`columns_area\` numeric DEFAULT 365 NOT NULL,
  	\`columns_topic\` numeric DEFAULT 0 NOT NULL,
  	\`columns_news_warning_days\` numeric DEFAULT 10 NOT NULL,
  	\`columns_warning_days_before\` numeric DEFAULT 30 NOT NULL,
  	\`site_empty_columns_veto\` numeric DEFAULT 5 NOT NULL,
  	\`site_stale_key_columns_veto\` numeric DEFAULT 5 NOT NULL,
  	\`site_stale_columns_veto\` numeric DEFAULT 10 NOT NULL,
  	\`new_media_update_days\` numeric DEFAULT 7 NOT NULL,
  	\`new_media_veto_days\` numeric DEFAULT 14 NOT NULL,
  	\`new_media_first_escalation_months\` numeric DEFAULT 1 NOT NULL,
  	\`new_media_second_escalation_months\` numeric DEFAULT 6 NOT NULL,
  	\`annual_reports_department_due\` text DEFAULT '01-31' NOT NULL,
  	\`annual_reports_government_due\` text DEFAULT '03-31' NOT NULL,
  	\`mailbox_simple_reply_working_days\` numeric DEFAULT 1 NOT NULL,
  	\`mailbox_reply_working_days\` numeric DEFAULT 5 NOT NULL,
  	\`applications_reply_working_days\` numeric DEFAULT 20 NOT NULL,
  	\`applications_extension_working_days\` numeric DEFAULT 20 NOT NULL,
  	\`applications_correction_notice_working_days\` numeric DEFAULT 7 NOT NULL,
  	\`applications_correction_period_working_days\` numeric DEFAULT 15 NOT NULL,
  	\`applications_third_party_working_days\` numeric DEFAULT 15 NOT NULL,
  	\`applications_warn_working_days_before\` numeric DEFAULT 3 NOT NULL,
  	\`applications_fee_payment_working_days\` numeric DEFAULT 20 NOT NULL,
  	\`applications_fee_item_free\` numeric DEFAULT 10 NOT NULL,
  	\`applications_fee_item_first_band_up_to\` numeric DEFAULT 30 NOT NULL,
  	\`applications_fee_item_first_band_rate\` numeric DEFAULT 100 NOT NULL,
  	\`applications_fee_item_band_size\` numeric DEFAULT 10 NOT NULL,
  	\`applications_fee_item_band_increment\` numeric DEFAULT 100 NOT NULL,
  	\`application_letters_correction\` text DEFAULT '政府信息公开申请补正告知书
  受理编号：{受理编号}
  {申请人}：
  本机关于{收到日期}收到您提出的政府信息公开申请。经审查，您的申请内容不够明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，请您对申请作如下补正：
  {补正事项}
  请您自收到本告知书之日起{补正期限}个工作日内提交补正后的申请，答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。
  特此告知。
  {机关名称}
  {日期}' NOT NULL,
  	\`application_letters_extension\` text DEFAULT '政府信息公开申请延期答复告知书
  受理编号：{受理编号}
  {申请人}：
  本机关于{收到日期}收到您提出的政府信息公开申请。因{理由}，本机关不能在规定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{延期工作日}个工作日，本机关将于{答复期限}前作出答复。
  特此告知。
  {机关名称}
  {日期}' NOT NULL,
  	\`application_letters_third_party\` text DEFAULT '政府信息公开征求第三方意见书
  受理编号：{受理编号}
  {第三方}：
  本机关于{收到日期}收到一件政府信息公开申请，申请公开的政府信息涉及{征求事项}。经审查，公开该信息可能损害您的合法权益。根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求您的意见。
  请您自收到本意见书之日起{意见期限}个工作日内，就是否同意公开提出书面意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照条例的规定决定是否公开。您不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知您。
  {机关名称}
  {日期}' NOT NULL,
  	\`application_letters_reply\` text DEFAULT '政府信息公开申请答复书
  受理编号：{受理编号}
  {申请人}：
  本机关于{收到日期}收到您提出的政府信息公开申请，您申请获取“{申请内容}”。根据《中华人民共和国政府信息公开条例》第三十六条的规定，经审查，现答复如下：
  {办理结果}
  {理由}
  如对本答复不服，您可以自收到本答复书之日起60日内依法申请行政复议，或者在6个月内依法向人民法院提起行政诉讼。
  {机关名称}
  {日期}' NOT NULL,
  	\`audit_daily_cron\` text DEFAULT '30 8 * * *' NOT NULL,
  	\`audit_time_zone\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`audit_web_office_email\` text,
  	\`audit_interpretation_warning_days\` numeric DEFAULT 1 NOT NULL,
  	\`audit_publish_warning_working_days\` numeric DEFAULT 5 NOT NULL,
  	\`audit_review_stuck_warning_working_days\` numeric DEFAULT 3 NOT NULL,
  	\`audit_force_publish_red_working_days\` numeric DEFAULT 3 NOT NULL,
  	\`audit_annual_report_warning_days\` numeric DEFAULT 15 NOT NULL,
  	\`audit_reassessment_warning_days\` numeric DEFAULT 30 NOT NULL,
  	\`audit_reminder_days\` numeric DEFAULT 7 NOT NULL,
  	\`audit_email_retry_base_minutes\` numeric DEFAULT 60 NOT NULL,
  	\`audit_email_retry_max_minutes\` numeric DEFAULT 1440 NOT NULL,
  	\`audit_lock_minutes\` numeric DEFAULT 60 NOT NULL,
  	\`inspection_full_score\` numeric DEFAULT 100 NOT NULL,
  	\`inspection_yellow_below\` numeric DEFAULT 80 NOT NULL,
  	\`inspection_daily_weight\` numeric DEFAULT 0.4 NOT NULL,
  	\`inspection_year_end_weight\` numeric DEFAULT 0.6 NOT NULL,
  	\`inspection_rectification_days\` numeric DEFAULT 10 NOT NULL,
  	\`inspection_bulletin_issuer\` text DEFAULT '县政务公开工作领导小组办公室',
  	\`inspection_bulletin_salutation\` text DEFAULT '各乡镇人民政府，各街道办事处，县政府各部门：',
  	\`inspection_bulletin_opening\` text DEFAULT '为全面掌握全县政务公开工作情况，推进政务公开工作规范化、标准化，县政务公开工作领导小组办公室对全县{季度}政务公开工作进行了检查，现将有关情况通报如下：',
  	\`inspection_bulletin_general\` text DEFAULT '切实提高思想认识。各单位要进一步提高对政务公开工作重要性和必要性的认识，强化公开主体责任，健全工作机制，定期开展自查，严格执行政府信息公开“三级审核”制度，未经审核不得公开发布。',
  	\`inspection_bulletin_suggestion_column_stale\` text DEFAULT '加强栏目内容保障。各单位要严格按照责任分工和更新要求，做好所负责栏目的信息更新，确保动态信息、通知公告、政策文件等栏目按期更新。',
  	\`inspection_bulletin_suggestion_column_empty\` text DEFAULT '及时补齐空白栏目。各单位要对照政府信息公开目录，补充完善信息公开指南、机构概况、领导简介、年度报告等内容，杜绝空白栏目。',
  	\`inspection_bulletin_suggestion_interpretation\` text DEFAULT '全面精准解读政策。要做到政策文件与解读材料同组织、同审签、同部署，注重利用图片、视频等形式丰富解读。',
  	\`inspection_bulletin_suggestion_timeliness\` text DEFAULT '严格落实公开时限。信息形成后要在规定时限内公开，审核各环节要及时办理，不得积压。',
  	\`inspection_bulletin_suggestion_applications\` text DEFAULT '规范依申请公开办理。严格按照条例规定的期限答复申请，做到答复规范、告知完整。',
  	\`inspection_bulletin_suggestion_new_media\` text DEFAULT '加强政务新媒体监管。按照“谁主管谁负责、谁主办谁负责”原则，明确责任领导和联系人，做好政务新媒体报备、更新、注销和常态化监管工作。',
  	\`inspection_bulletin_suggestion_other\` text DEFAULT '举一反三抓好整改。各单位要对照本通报指出的问题逐项整改，建立长效机制，防止问题反弹。',
  	\`inspection_bulletin_deadline_sentence\` text DEFAULT '此次通报存在的问题，请各相关单位于{整改期限}前整改完成。',
  	\`calendar_request_from\` text DEFAULT '11-01' NOT NULL,
  	\`calendar_urgent_from\` text DEFAULT '12-15' NOT NULL,
  	\`webhooks_enabled\` integer DEFAULT false,
  	\`webhooks_secret\` text,
  	\`webhooks_max_attempts\` numeric DEFAULT 8 NOT NULL,
  	\`webhooks_retry_base_seconds\` numeric DEFAULT 30 NOT NULL,
  	\`webhooks_timeout_seconds\` numeric DEFAULT 10 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`branding_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_settings\`("id", "branding_county_name", "branding_portal_name", "branding_logo_id", "public_site_site_url", "public_site_preview_url", "public_site_document_path", "public_site_interpretation_path", "public_site_column_path", "public_site_new_media_path", "public_site_feed_items", "index_number_format", "reassessment_days", "deadlines_publish_working_days", "deadlines_interpretation_link_days", "deadlines_interpretation_link_day_type", "deadlines_review_stuck_working_days", "content_formed_at_earliest", "content_formed_at_max_future_days", "columns_news", "columns_notice", "columns_policy", "columns_interpretation", "columns_personnel", "columns_plan", "columns_guide", "columns_annual_report", "columns_organization", "columns_leaders", "columns_area", "columns_topic", "columns_news_warning_days", "columns_warning_days_before", "site_empty_columns_veto", "site_stale_key_columns_veto", "site_stale_columns_veto", "new_media_update_days", "new_media_veto_days", "new_media_first_escalation_months", "new_media_second_escalation_months", "annual_reports_department_due", "annual_reports_government_due", "mailbox_simple_reply_working_days", "mailbox_reply_working_days", "applications_reply_working_days", "applications_extension_working_days", "applications_correction_notice_working_days", "applications_correction_period_working_days", "applications_third_party_working_days", "applications_warn_working_days_before", "applications_fee_payment_working_days", "applications_fee_item_free", "applications_fee_item_first_band_up_to", "applications_fee_item_first_band_rate", "applications_fee_item_band_size", "applications_fee_item_band_increment", "application_letters_correction", "application_letters_extension", "application_letters_third_party", "application_letters_reply", "audit_daily_cron", "audit_time_zone", "audit_web_office_email", "audit_interpretation_warning_days", "audit_publish_warning_working_days", "audit_review_stuck_warning_working_days", "audit_force_publish_red_working_days", "audit_annual_report_warning_days", "audit_reassessment_warning_days", "audit_reminder_days", "audit_email_retry_base_minutes", "audit_email_retry_max_minutes", "audit_lock_minutes", "inspection_full_score", "inspection_yellow_below", "inspection_daily_weight", "inspection_year_end_weight", "inspection_rectification_days", "inspection_bulletin_issuer", "inspection_bulletin_salutation", "inspection_bulletin_opening", "inspection_bulletin_general", "inspection_bulletin_suggestion_column_stale", "inspection_bulletin_suggestion_column_empty", "inspection_bulletin_suggestion_interpretation", "inspection_bulletin_suggestion_timeliness", "inspection_bulletin_suggestion_applications", "inspection_bulletin_suggestion_new_media", "inspection_bulletin_suggestion_other", "inspection_bulletin_deadline_sentence", "calendar_request_from", "calendar_urgent_from", "webhooks_enabled", "webhooks_secret", "webhooks_max_attempts", "webhooks_retry_base_seconds", "webhooks_timeout_seconds", "updated_at", "created_at") SELECT "id", "branding_county_name", "branding_portal_name", "branding_logo_id", "public_site_site_url", "public_site_preview_url", "public_site_document_path", "public_site_interpretation_path", "public_site_column_path", "public_site_new_media_path", "public_site_feed_items", "index_number_format", "reassessment_days", "deadlines_publish_working_days", "deadlines_interpretation_link_days", "deadlines_interpretation_link_day_type", "deadlines_review_stuck_working_days", "content_formed_at_earliest", "content_formed_at_max_future_days", "columns_news", "columns_notice", "columns_policy", "columns_interpretation", "columns_personnel", "columns_plan", "columns_guide", "columns_annual_report", "columns_organization", "columns_leaders", "columns_area", "columns_topic", "columns_news_warning_days", "columns_warning_days_before", "site_empty_columns_veto", "site_stale_key_columns_veto", "site_stale_columns_veto", "new_media_update_days", "new_media_veto_days", "new_media_first_escalation_months", "new_media_second_escalation_months", "annual_reports_department_due", "annual_reports_government_due", "mailbox_simple_reply_working_days", "mailbox_reply_working_days", "applications_reply_working_days", "applications_extension_working_days", "applications_correction_notice_working_days", "applications_correction_period_working_days", "applications_third_party_working_days", "applications_warn_working_days_before", "applications_fee_payment_working_days", "applications_fee_item_free", "applications_fee_item_first_band_up_to", "applications_fee_item_first_band_rate", "applications_fee_item_band_size", "applications_fee_item_band_increment", "application_letters_correction", "application_letters_extension", "application_letters_third_party", "application_letters_reply", "audit_daily_cron", "audit_time_zone", "audit_web_office_email", "audit_interpretation_warning_days", "audit_publish_warning_working_days", "audit_review_stuck_warning_working_days", "audit_force_publish_red_working_days", "audit_annual_report_warning_days", "audit_reassessment_warning_days", "audit_reminder_days", "audit_email_retry_base_minutes", "audit_email_retry_max_minutes", "audit_lock_minutes", "inspection_full_score", "inspection_yellow_below", "inspection_daily_weight", "inspection_year_end_weight", "inspection_rectification_days", "inspection_bulletin_issuer", "inspection_bulletin_salutation", "inspection_bulletin_opening", "inspection_bulletin_general", "inspection_bulletin_suggestion_column_stale", "inspection_bulletin_suggestion_column_empty", "inspection_bulletin_suggestion_interpretation", "inspection_bulletin_suggestion_timeliness", "inspection_bulletin_suggestion_applications", "inspection_bulletin_suggestion_new_media", "inspection_bulletin_suggestion_other", "inspection_bulletin_deadline_sentence", "calendar_request_from", "calendar_urgent_from", "webhooks_enabled", "webhooks_secret", "webhooks_max_attempts", "webhooks_retry_base_seconds", "webhooks_timeout_seconds", "updated_at", "created_at" FROM \`settings\`;`)
  await db.run(sql`DROP TABLE \`settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_settings\` RENAME TO \`settings\`;`)
  await db.run(sql`CREATE INDEX \`settings_branding_branding_logo_idx\` ON \`settings\` (\`branding_logo_id\`);`)
  await db.run(sql`ALTER TABLE \`interpretations\` DROP COLUMN \`interpreter\`;`)
  await db.run(sql`ALTER TABLE \`interpretations\` DROP COLUMN \`by_principal\`;`)
  await db.run(sql`ALTER TABLE \`interpretations\` DROP COLUMN \`published_with_policy\`;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` DROP COLUMN \`version_interpreter\`;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` DROP COLUMN \`version_by_principal\`;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` DROP COLUMN \`version_published_with_policy\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`code_scheme\`;`)
}
