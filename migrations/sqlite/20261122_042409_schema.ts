import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`documents_signatures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`opinion\` text,
  	\`at\` text,
  	\`content_hash\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_signatures_order_idx\` ON \`documents_signatures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`documents_signatures_parent_id_idx\` ON \`documents_signatures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_signatures_user_idx\` ON \`documents_signatures\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`documents_precheck_acknowledgements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`note\` text,
  	\`user_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_precheck_acknowledgements_order_idx\` ON \`documents_precheck_acknowledgements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`documents_precheck_acknowledgements_parent_id_idx\` ON \`documents_precheck_acknowledgements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_precheck_acknowledgements_user_idx\` ON \`documents_precheck_acknowledgements\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v_version_signatures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`opinion\` text,
  	\`at\` text,
  	\`content_hash\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_version_signatures_order_idx\` ON \`_documents_v_version_signatures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_signatures_parent_id_idx\` ON \`_documents_v_version_signatures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_signatures_user_idx\` ON \`_documents_v_version_signatures\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v_version_precheck_acknowledgements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`note\` text,
  	\`user_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_version_precheck_acknowledgements_order_idx\` ON \`_documents_v_version_precheck_acknowledgements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_precheck_acknowledgements_parent_id_idx\` ON \`_documents_v_version_precheck_acknowledgements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_precheck_acknowledgements_user_idx\` ON \`_documents_v_version_precheck_acknowledgements\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_signatures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`opinion\` text,
  	\`at\` text,
  	\`content_hash\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_signatures_order_idx\` ON \`interpretations_signatures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_signatures_parent_id_idx\` ON \`interpretations_signatures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_signatures_user_idx\` ON \`interpretations_signatures\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_precheck_acknowledgements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`note\` text,
  	\`user_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_precheck_acknowledgements_order_idx\` ON \`interpretations_precheck_acknowledgements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_precheck_acknowledgements_parent_id_idx\` ON \`interpretations_precheck_acknowledgements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_precheck_acknowledgements_user_idx\` ON \`interpretations_precheck_acknowledgements\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_version_signatures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`opinion\` text,
  	\`at\` text,
  	\`content_hash\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_signatures_order_idx\` ON \`_interpretations_v_version_signatures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_signatures_parent_id_idx\` ON \`_interpretations_v_version_signatures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_signatures_user_idx\` ON \`_interpretations_v_version_signatures\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_version_precheck_acknowledgements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`note\` text,
  	\`user_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_precheck_acknowledgements_order_idx\` ON \`_interpretations_v_version_precheck_acknowledgements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_precheck_acknowledgements_parent_id_idx\` ON \`_interpretations_v_version_precheck_acknowledgements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_precheck_acknowledgements_use_idx\` ON \`_interpretations_v_version_precheck_acknowledgements\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`approval_records_actor_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`approval_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`approval_records_actor_roles_order_idx\` ON \`approval_records_actor_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`approval_records_actor_roles_parent_idx\` ON \`approval_records_actor_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`approval_records\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject_title\` text NOT NULL,
  	\`version\` text,
  	\`content_hash\` text,
  	\`action\` text NOT NULL,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`department_id\` integer,
  	\`disclosure\` text,
  	\`opinion\` text,
  	\`precheck\` text,
  	\`at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`approval_records_action_idx\` ON \`approval_records\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`approval_records_actor_idx\` ON \`approval_records\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`approval_records_department_idx\` ON \`approval_records\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`approval_records_at_idx\` ON \`approval_records\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`approval_records_updated_at_idx\` ON \`approval_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`approval_records_created_at_idx\` ON \`approval_records\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`approval_records_rels\` (
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
  await db.run(sql`CREATE INDEX \`approval_records_rels_order_idx\` ON \`approval_records_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`approval_records_rels_parent_idx\` ON \`approval_records_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`approval_records_rels_path_idx\` ON \`approval_records_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`approval_records_rels_documents_id_idx\` ON \`approval_records_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`approval_records_rels_interpretations_id_idx\` ON \`approval_records_rels\` (\`interpretations_id\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`precheck_findings\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`force_published\` integer;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`force_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`force_publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`withdraw_reason\` text;`)
  await db.run(sql`CREATE INDEX \`documents_review_state_idx\` ON \`documents\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`documents_submitted_by_idx\` ON \`documents\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_publish_at_idx\` ON \`documents\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_force_published_idx\` ON \`documents\` (\`force_published\`);`)
  await db.run(sql`CREATE INDEX \`documents_force_published_by_idx\` ON \`documents\` (\`force_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_precheck_findings\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_force_published\` integer;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_force_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_force_publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_withdraw_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_review_state_idx\` ON \`_documents_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_submitted_by_idx\` ON \`_documents_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_publish_at_idx\` ON \`_documents_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_force_published_idx\` ON \`_documents_v\` (\`version_force_published\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_force_published_by_idx\` ON \`_documents_v\` (\`version_force_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`precheck_findings\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`force_published\` integer;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`force_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`force_publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`withdraw_reason\` text;`)
  await db.run(sql`CREATE INDEX \`interpretations_review_state_idx\` ON \`interpretations\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_submitted_by_idx\` ON \`interpretations\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_publish_at_idx\` ON \`interpretations\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_force_published_idx\` ON \`interpretations\` (\`force_published\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_force_published_by_idx\` ON \`interpretations\` (\`force_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_precheck_findings\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_force_published\` integer;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_force_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_force_publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_withdraw_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_review_state_idx\` ON \`_interpretations_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_submitted_by_idx\` ON \`_interpretations_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_publish_at_idx\` ON \`_interpretations_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_force_published_idx\` ON \`_interpretations_v\` (\`version_force_published\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_force_published_by_idx\` ON \`_interpretations_v\` (\`version_force_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`approval_records_id\` integer REFERENCES approval_records(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_records_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_records_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`documents_signatures\`;`)
  await db.run(sql`DROP TABLE \`documents_precheck_acknowledgements\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_version_signatures\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_version_precheck_acknowledgements\`;`)
  await db.run(sql`DROP TABLE \`interpretations_signatures\`;`)
  await db.run(sql`DROP TABLE \`interpretations_precheck_acknowledgements\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_version_signatures\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_version_precheck_acknowledgements\`;`)
  await db.run(sql`DROP TABLE \`approval_records_actor_roles\`;`)
  await db.run(sql`DROP TABLE \`approval_records\`;`)
  await db.run(sql`DROP TABLE \`approval_records_rels\`;`)
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_documents\`("id", "title", "column_id", "department_id", "index_number", "doc_number", "formed_at", "published_at", "topic", "kind", "requires_interpretation", "disclosure", "non_disclosure_basis", "non_disclosure_reason", "body", "public_body", "validity", "validity_changed_at", "updated_at", "created_at", "_status") SELECT "id", "title", "column_id", "department_id", "index_number", "doc_number", "formed_at", "published_at", "topic", "kind", "requires_interpretation", "disclosure", "non_disclosure_basis", "non_disclosure_reason", "body", "public_body", "validity", "validity_changed_at", "updated_at", "created_at", "_status" FROM \`documents\`;`)
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__documents_v\`("id", "parent_id", "version_title", "version_column_id", "version_department_id", "version_index_number", "version_doc_number", "version_formed_at", "version_published_at", "version_topic", "version_kind", "version_requires_interpretation", "version_disclosure", "version_non_disclosure_basis", "version_non_disclosure_reason", "version_body", "version_public_body", "version_validity", "version_validity_changed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_column_id", "version_department_id", "version_index_number", "version_doc_number", "version_formed_at", "version_published_at", "version_topic", "version_kind", "version_requires_interpretation", "version_disclosure", "version_non_disclosure_basis", "version_non_disclosure_reason", "version_body", "version_public_body", "version_validity", "version_validity_changed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_documents_v\`;`)
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
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_interpretations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`policy_id\` integer,
  	\`form\` text DEFAULT 'text',
  	\`department_id\` integer,
  	\`body\` text,
  	\`linked_at\` text,
  	\`link_deadline\` text,
  	\`linked_late\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`policy_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interpretations\`("id", "title", "policy_id", "form", "department_id", "body", "linked_at", "link_deadline", "linked_late", "updated_at", "created_at", "_status") SELECT "id", "title", "policy_id", "form", "department_id", "body", "linked_at", "link_deadline", "linked_late", "updated_at", "created_at", "_status" FROM \`interpretations\`;`)
  await db.run(sql`DROP TABLE \`interpretations\`;`)
  await db.run(sql`ALTER TABLE \`__new_interpretations\` RENAME TO \`interpretations\`;`)
  await db.run(sql`CREATE INDEX \`interpretations_policy_idx\` ON \`interpretations\` (\`policy_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_department_idx\` ON \`interpretations\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_updated_at_idx\` ON \`interpretations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_created_at_idx\` ON \`interpretations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations__status_idx\` ON \`interpretations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__interpretations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_policy_id\` integer,
  	\`version_form\` text DEFAULT 'text',
  	\`version_department_id\` integer,
  	\`version_body\` text,
  	\`version_linked_at\` text,
  	\`version_link_deadline\` text,
  	\`version_linked_late\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_policy_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__interpretations_v\`("id", "parent_id", "version_title", "version_policy_id", "version_form", "version_department_id", "version_body", "version_linked_at", "version_link_deadline", "version_linked_late", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_policy_id", "version_form", "version_department_id", "version_body", "version_linked_at", "version_link_deadline", "version_linked_late", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_interpretations_v\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__interpretations_v\` RENAME TO \`_interpretations_v\`;`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_parent_idx\` ON \`_interpretations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_policy_idx\` ON \`_interpretations_v\` (\`version_policy_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_department_idx\` ON \`_interpretations_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_updated_at_idx\` ON \`_interpretations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_created_at_idx\` ON \`_interpretations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version__status_idx\` ON \`_interpretations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_created_at_idx\` ON \`_interpretations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_updated_at_idx\` ON \`_interpretations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_latest_idx\` ON \`_interpretations_v\` (\`latest\`);`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`new_media_accounts_id\`) REFERENCES \`new_media_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sensitive_terms_id\`) REFERENCES \`sensitive_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "documents_id", "interpretations_id", "columns_id", "new_media_accounts_id", "media_id", "departments_id", "users_id", "sensitive_terms_id") SELECT "id", "order", "parent_id", "path", "documents_id", "interpretations_id", "columns_id", "new_media_accounts_id", "media_id", "departments_id", "users_id", "sensitive_terms_id" FROM \`payload_locked_documents_rels\`;`)
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
}
