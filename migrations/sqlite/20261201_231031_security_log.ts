import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`security_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`seq\` numeric NOT NULL,
  	\`at\` text NOT NULL,
  	\`event\` text NOT NULL,
  	\`outcome\` text,
  	\`actor_id\` text,
  	\`actor_name\` text,
  	\`actor_email\` text,
  	\`actor_roles\` text,
  	\`ip\` text,
  	\`target_collection\` text,
  	\`target_id\` text,
  	\`summary\` text,
  	\`details\` text,
  	\`prev_hash\` text,
  	\`hash\` text
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`security_events_seq_idx\` ON \`security_events\` (\`seq\`);`)
  await db.run(sql`CREATE INDEX \`security_events_at_idx\` ON \`security_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`security_events_event_idx\` ON \`security_events\` (\`event\`);`)
  await db.run(sql`CREATE INDEX \`security_events_actor_email_idx\` ON \`security_events\` (\`actor_email\`);`)
  await db.run(sql`CREATE TABLE \`login_throttles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`failures\` numeric DEFAULT 0,
  	\`last_failure_at\` text
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`login_throttles_key_idx\` ON \`login_throttles\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`security_log_head\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`seq\` numeric DEFAULT 0,
  	\`hash\` text
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`security_log_head_key_idx\` ON \`security_log_head\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`security_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`password_min_length\` numeric DEFAULT 8 NOT NULL,
  	\`password_min_classes\` numeric DEFAULT 3 NOT NULL,
  	\`password_history_count\` numeric DEFAULT 5 NOT NULL,
  	\`password_max_age_days\` numeric DEFAULT 90 NOT NULL,
  	\`login_account_delay_after_failures\` numeric DEFAULT 5 NOT NULL,
  	\`login_ip_delay_after_failures\` numeric DEFAULT 20 NOT NULL,
  	\`login_delay_max_seconds\` numeric DEFAULT 300 NOT NULL,
  	\`login_failure_window_minutes\` numeric DEFAULT 60 NOT NULL,
  	\`login_alert_after_failures\` numeric DEFAULT 10 NOT NULL,
  	\`login_ip_alert_after_failures\` numeric DEFAULT 50 NOT NULL,
  	\`session_idle_minutes\` numeric DEFAULT 30 NOT NULL,
  	\`log_retention_days\` numeric DEFAULT 180 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`users\` ADD \`must_change_password\` integer;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`password_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`password_history\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`session_activity\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`security_events_id\` integer REFERENCES security_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`login_throttles_id\` integer REFERENCES login_throttles(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`security_log_head_id\` integer REFERENCES security_log_head(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_security_events_id_idx\` ON \`payload_locked_documents_rels\` (\`security_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_login_throttles_id_idx\` ON \`payload_locked_documents_rels\` (\`login_throttles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_security_log_head_id_idx\` ON \`payload_locked_documents_rels\` (\`security_log_head_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`security_events\`;`)
  await db.run(sql`DROP TABLE \`login_throttles\`;`)
  await db.run(sql`DROP TABLE \`security_log_head\`;`)
  await db.run(sql`DROP TABLE \`security_settings\`;`)
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
  	\`audit_notices_id\` integer,
  	\`audit_digests_id\` integer,
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
  	FOREIGN KEY (\`audit_notices_id\`) REFERENCES \`audit_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_digests_id\`) REFERENCES \`audit_digests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`approval_records_id\`) REFERENCES \`approval_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`public_changes_id\`) REFERENCES \`public_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "documents_id", "interpretations_id", "columns_id", "new_media_accounts_id", "media_id", "departments_id", "users_id", "sensitive_terms_id", "calendar_days_id", "scheduler_runs_id", "audit_notices_id", "audit_digests_id", "approval_records_id", "public_changes_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "documents_id", "interpretations_id", "columns_id", "new_media_accounts_id", "media_id", "departments_id", "users_id", "sensitive_terms_id", "calendar_days_id", "scheduler_runs_id", "audit_notices_id", "audit_digests_id", "approval_records_id", "public_changes_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_digests_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_digests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_records_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`public_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`must_change_password\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`password_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`password_history\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`session_activity\`;`)
}
