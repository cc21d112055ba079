import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`audit_notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`rule\` text NOT NULL,
  	\`severity\` text NOT NULL,
  	\`subject_type\` text NOT NULL,
  	\`subject_id\` text NOT NULL,
  	\`subject_title\` text,
  	\`department_id\` integer,
  	\`message\` text,
  	\`due_at\` text,
  	\`detected_at\` text,
  	\`last_seen_at\` text,
  	\`resolved_at\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`emailed_at\` text,
  	\`emailed_severity\` text,
  	\`email_attempts\` numeric DEFAULT 0,
  	\`last_email_error\` text,
  	\`next_email_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_notices_rule_idx\` ON \`audit_notices\` (\`rule\`);`)
  await db.run(sql`CREATE INDEX \`audit_notices_subject_id_idx\` ON \`audit_notices\` (\`subject_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_notices_department_idx\` ON \`audit_notices\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_notices_last_seen_at_idx\` ON \`audit_notices\` (\`last_seen_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_notices_status_idx\` ON \`audit_notices\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`audit_notices_updated_at_idx\` ON \`audit_notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_notices_created_at_idx\` ON \`audit_notices\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_digests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`run_key\` text,
  	\`department_id\` integer,
  	\`notices\` text,
  	\`subject\` text,
  	\`html\` text,
  	\`text\` text,
  	\`recipients\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`sent_at\` text,
  	\`message_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`audit_digests_key_idx\` ON \`audit_digests\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`audit_digests_run_key_idx\` ON \`audit_digests\` (\`run_key\`);`)
  await db.run(sql`CREATE INDEX \`audit_digests_department_idx\` ON \`audit_digests\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_digests_status_idx\` ON \`audit_digests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`audit_digests_updated_at_idx\` ON \`audit_digests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_digests_created_at_idx\` ON \`audit_digests\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_notices_id\` integer REFERENCES audit_notices(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_digests_id\` integer REFERENCES audit_digests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_digests_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_digests_id\`);`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`audit_interpretation_warning_days\` numeric DEFAULT 1 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`audit_publish_warning_working_days\` numeric DEFAULT 5 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`audit_review_stuck_warning_working_days\` numeric DEFAULT 3 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`audit_force_publish_red_working_days\` numeric DEFAULT 3 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`audit_annual_report_warning_days\` numeric DEFAULT 15 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`audit_reassessment_warning_days\` numeric DEFAULT 30 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`audit_reminder_days\` numeric DEFAULT 7 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`audit_email_retry_base_minutes\` numeric DEFAULT 60 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`audit_email_retry_max_minutes\` numeric DEFAULT 1440 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`audit_lock_minutes\` numeric DEFAULT 60 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`audit_notices\`;`)
  await db.run(sql`DROP TABLE \`audit_digests\`;`)
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
  	\`calendar_days_id\` integer,
  	\`scheduler_runs_id\` integer,
  	\`approval_records_id\` integer,
  	\`public_changes_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`new_media_accounts_id\`) REFERENCES \`new_media_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sensitive_terms_id\`) REFERENCES \`sensitive_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendar_days_id\`) REFERENCES \`calendar_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scheduler_runs_id\`) REFERENCES \`scheduler_runs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`approval_records_id\`) REFERENCES \`approval_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`public_changes_id\`) REFERENCES \`public_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "documents_id", "interpretations_id", "columns_id", "new_media_accounts_id", "media_id", "departments_id", "users_id", "sensitive_terms_id", "calendar_days_id", "scheduler_runs_id", "approval_records_id", "public_changes_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "documents_id", "interpretations_id", "columns_id", "new_media_accounts_id", "media_id", "departments_id", "users_id", "sensitive_terms_id", "calendar_days_id", "scheduler_runs_id", "approval_records_id", "public_changes_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_days_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scheduler_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`scheduler_runs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_records_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`public_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`audit_interpretation_warning_days\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`audit_publish_warning_working_days\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`audit_review_stuck_warning_working_days\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`audit_force_publish_red_working_days\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`audit_annual_report_warning_days\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`audit_reassessment_warning_days\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`audit_reminder_days\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`audit_email_retry_base_minutes\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`audit_email_retry_max_minutes\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`audit_lock_minutes\`;`)
}
