import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`settings\` ADD \`branding_county_name\` text;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`branding_portal_name\` text;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`branding_logo_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`settings_branding_branding_logo_idx\` ON \`settings\` (\`branding_logo_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`calendar_request_from\` text DEFAULT '11-01' NOT NULL,
  	\`calendar_urgent_from\` text DEFAULT '12-15' NOT NULL,
  	\`applications_reply_working_days\` numeric DEFAULT 20 NOT NULL,
  	\`applications_extension_working_days\` numeric DEFAULT 20 NOT NULL,
  	\`mailbox_simple_reply_working_days\` numeric DEFAULT 1 NOT NULL,
  	\`mailbox_reply_working_days\` numeric DEFAULT 5 NOT NULL,
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
  	\`public_site_site_url\` text,
  	\`public_site_document_path\` text DEFAULT '/documents/{id}/' NOT NULL,
  	\`public_site_interpretation_path\` text DEFAULT '/interpretations/{id}/' NOT NULL,
  	\`public_site_column_path\` text DEFAULT '/columns/{slug}/' NOT NULL,
  	\`public_site_new_media_path\` text DEFAULT '/new-media/' NOT NULL,
  	\`public_site_feed_items\` numeric DEFAULT 20 NOT NULL,
  	\`webhooks_enabled\` integer DEFAULT false,
  	\`webhooks_secret\` text,
  	\`webhooks_max_attempts\` numeric DEFAULT 8 NOT NULL,
  	\`webhooks_retry_base_seconds\` numeric DEFAULT 30 NOT NULL,
  	\`webhooks_timeout_seconds\` numeric DEFAULT 10 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_settings\`("id", "index_number_format", "reassessment_days", "deadlines_publish_working_days", "deadlines_interpretation_link_days", "deadlines_interpretation_link_day_type", "deadlines_review_stuck_working_days", "content_formed_at_earliest", "content_formed_at_max_future_days", "columns_news", "columns_notice", "columns_policy", "columns_interpretation", "columns_personnel", "columns_plan", "columns_guide", "columns_annual_report", "columns_organization", "columns_leaders", "columns_area", "columns_topic", "columns_news_warning_days", "columns_warning_days_before", "site_empty_columns_veto", "site_stale_key_columns_veto", "site_stale_columns_veto", "new_media_update_days", "new_media_veto_days", "new_media_first_escalation_months", "new_media_second_escalation_months", "annual_reports_department_due", "annual_reports_government_due", "calendar_request_from", "calendar_urgent_from", "applications_reply_working_days", "applications_extension_working_days", "mailbox_simple_reply_working_days", "mailbox_reply_working_days", "audit_daily_cron", "audit_time_zone", "audit_web_office_email", "audit_interpretation_warning_days", "audit_publish_warning_working_days", "audit_review_stuck_warning_working_days", "audit_force_publish_red_working_days", "audit_annual_report_warning_days", "audit_reassessment_warning_days", "audit_reminder_days", "audit_email_retry_base_minutes", "audit_email_retry_max_minutes", "audit_lock_minutes", "public_site_site_url", "public_site_document_path", "public_site_interpretation_path", "public_site_column_path", "public_site_new_media_path", "public_site_feed_items", "webhooks_enabled", "webhooks_secret", "webhooks_max_attempts", "webhooks_retry_base_seconds", "webhooks_timeout_seconds", "updated_at", "created_at") SELECT "id", "index_number_format", "reassessment_days", "deadlines_publish_working_days", "deadlines_interpretation_link_days", "deadlines_interpretation_link_day_type", "deadlines_review_stuck_working_days", "content_formed_at_earliest", "content_formed_at_max_future_days", "columns_news", "columns_notice", "columns_policy", "columns_interpretation", "columns_personnel", "columns_plan", "columns_guide", "columns_annual_report", "columns_organization", "columns_leaders", "columns_area", "columns_topic", "columns_news_warning_days", "columns_warning_days_before", "site_empty_columns_veto", "site_stale_key_columns_veto", "site_stale_columns_veto", "new_media_update_days", "new_media_veto_days", "new_media_first_escalation_months", "new_media_second_escalation_months", "annual_reports_department_due", "annual_reports_government_due", "calendar_request_from", "calendar_urgent_from", "applications_reply_working_days", "applications_extension_working_days", "mailbox_simple_reply_working_days", "mailbox_reply_working_days", "audit_daily_cron", "audit_time_zone", "audit_web_office_email", "audit_interpretation_warning_days", "audit_publish_warning_working_days", "audit_review_stuck_warning_working_days", "audit_force_publish_red_working_days", "audit_annual_report_warning_days", "audit_reassessment_warning_days", "audit_reminder_days", "audit_email_retry_base_minutes", "audit_email_retry_max_minutes", "audit_lock_minutes", "public_site_site_url", "public_site_document_path", "public_site_interpretation_path", "public_site_column_path", "public_site_new_media_path", "public_site_feed_items", "webhooks_enabled", "webhooks_secret", "webhooks_max_attempts", "webhooks_retry_base_seconds", "webhooks_timeout_seconds", "updated_at", "created_at" FROM \`settings\`;`)
  await db.run(sql`DROP TABLE \`settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_settings\` RENAME TO \`settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
