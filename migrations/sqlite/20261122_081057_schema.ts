import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`public_changes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`seq\` numeric NOT NULL,
  	\`subject_collection\` text,
  	\`item_id\` text,
  	\`op\` text NOT NULL,
  	\`at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`public_changes_key_idx\` ON \`public_changes\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`public_changes_seq_idx\` ON \`public_changes\` (\`seq\`);`)
  await db.run(sql`CREATE INDEX \`public_changes_op_idx\` ON \`public_changes\` (\`op\`);`)
  await db.run(sql`CREATE INDEX \`public_changes_at_idx\` ON \`public_changes\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`public_changes_updated_at_idx\` ON \`public_changes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`public_changes_created_at_idx\` ON \`public_changes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event\` text NOT NULL,
  	\`subject_collection\` text,
  	\`item_id\` text,
  	\`url\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`next_attempt_at\` text,
  	\`delivered_at\` text,
  	\`response_status\` numeric,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_status_idx\` ON \`webhook_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_next_attempt_at_idx\` ON \`webhook_deliveries\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`settings_webhooks_urls\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_webhooks_urls_order_idx\` ON \`settings_webhooks_urls\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`settings_webhooks_urls_parent_id_idx\` ON \`settings_webhooks_urls\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`public_changes_id\` integer REFERENCES public_changes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`webhook_deliveries_id\` integer REFERENCES webhook_deliveries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`public_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`public_site_site_url\` text;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`public_site_document_path\` text DEFAULT '/documents/{id}/' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`public_site_interpretation_path\` text DEFAULT '/interpretations/{id}/' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`public_site_column_path\` text DEFAULT '/columns/{slug}/' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`public_site_new_media_path\` text DEFAULT '/new-media/' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`public_site_feed_items\` numeric DEFAULT 20 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`webhooks_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`webhooks_secret\` text;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`webhooks_max_attempts\` numeric DEFAULT 8 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`webhooks_retry_base_seconds\` numeric DEFAULT 30 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`webhooks_timeout_seconds\` numeric DEFAULT 10 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`public_changes\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`settings_webhooks_urls\`;`)
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
  	FOREIGN KEY (\`approval_records_id\`) REFERENCES \`approval_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "documents_id", "interpretations_id", "columns_id", "new_media_accounts_id", "media_id", "departments_id", "users_id", "sensitive_terms_id", "calendar_days_id", "scheduler_runs_id", "approval_records_id") SELECT "id", "order", "parent_id", "path", "documents_id", "interpretations_id", "columns_id", "new_media_accounts_id", "media_id", "departments_id", "users_id", "sensitive_terms_id", "calendar_days_id", "scheduler_runs_id", "approval_records_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`public_site_site_url\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`public_site_document_path\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`public_site_interpretation_path\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`public_site_column_path\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`public_site_new_media_path\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`public_site_feed_items\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`webhooks_enabled\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`webhooks_secret\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`webhooks_max_attempts\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`webhooks_retry_base_seconds\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`webhooks_timeout_seconds\`;`)
}
