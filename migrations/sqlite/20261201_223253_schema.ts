import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` ADD \`author_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`documents_author_idx\` ON \`documents\` (\`author_id\`);`)
  await db.run(sql`ALTER TABLE \`documents_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`documents_rels_users_id_idx\` ON \`documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_author_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_author_idx\` ON \`_documents_v\` (\`version_author_id\`);`)
  await db.run(sql`ALTER TABLE \`_documents_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_users_id_idx\` ON \`_documents_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`author_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`interpretations_author_idx\` ON \`interpretations\` (\`author_id\`);`)
  await db.run(sql`ALTER TABLE \`interpretations_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_users_id_idx\` ON \`interpretations_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_author_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_author_idx\` ON \`_interpretations_v\` (\`version_author_id\`);`)
  await db.run(sql`ALTER TABLE \`_interpretations_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_users_id_idx\` ON \`_interpretations_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`department_id\` integer REFERENCES departments(id);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sha256\` text;`)
  await db.run(sql`CREATE INDEX \`media_department_idx\` ON \`media\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`media_sha256_idx\` ON \`media\` (\`sha256\`);`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`content_formed_at_earliest\` text DEFAULT '1949-01-01' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`content_formed_at_max_future_days\` numeric DEFAULT 30 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  	\`precheck_findings\` text,
  	\`publish_at\` text,
  	\`force_published\` integer,
  	\`force_published_by_id\` integer,
  	\`force_publish_reason\` text,
  	\`withdrawn_at\` text,
  	\`withdraw_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`force_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_documents\`("id", "title", "column_id", "department_id", "index_number", "doc_number", "formed_at", "published_at", "topic", "kind", "requires_interpretation", "disclosure", "non_disclosure_basis", "non_disclosure_reason", "body", "public_body", "validity", "validity_changed_at", "review_state", "submitted_by_id", "submitted_at", "content_hash", "precheck_findings", "publish_at", "force_published", "force_published_by_id", "force_publish_reason", "withdrawn_at", "withdraw_reason", "updated_at", "created_at", "_status") SELECT "id", "title", "column_id", "department_id", "index_number", "doc_number", "formed_at", "published_at", "topic", "kind", "requires_interpretation", "disclosure", "non_disclosure_basis", "non_disclosure_reason", "body", "public_body", "validity", "validity_changed_at", "review_state", "submitted_by_id", "submitted_at", "content_hash", "precheck_findings", "publish_at", "force_published", "force_published_by_id", "force_publish_reason", "withdrawn_at", "withdraw_reason", "updated_at", "created_at", "_status" FROM \`documents\`;`)
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
  await db.run(sql`CREATE INDEX \`documents_publish_at_idx\` ON \`documents\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_force_published_idx\` ON \`documents\` (\`force_published\`);`)
  await db.run(sql`CREATE INDEX \`documents_force_published_by_idx\` ON \`documents\` (\`force_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`documents__status_idx\` ON \`documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_documents_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`documents_rels\`;`)
  await db.run(sql`DROP TABLE \`documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_documents_rels\` RENAME TO \`documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`documents_rels_order_idx\` ON \`documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_parent_idx\` ON \`documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_path_idx\` ON \`documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_media_id_idx\` ON \`documents_rels\` (\`media_id\`);`)
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
  	\`version_precheck_findings\` text,
  	\`version_publish_at\` text,
  	\`version_force_published\` integer,
  	\`version_force_published_by_id\` integer,
  	\`version_force_publish_reason\` text,
  	\`version_withdrawn_at\` text,
  	\`version_withdraw_reason\` text,
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
  	FOREIGN KEY (\`version_force_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__documents_v\`("id", "parent_id", "version_title", "version_column_id", "version_department_id", "version_index_number", "version_doc_number", "version_formed_at", "version_published_at", "version_topic", "version_kind", "version_requires_interpretation", "version_disclosure", "version_non_disclosure_basis", "version_non_disclosure_reason", "version_body", "version_public_body", "version_validity", "version_validity_changed_at", "version_review_state", "version_submitted_by_id", "version_submitted_at", "version_content_hash", "version_precheck_findings", "version_publish_at", "version_force_published", "version_force_published_by_id", "version_force_publish_reason", "version_withdrawn_at", "version_withdraw_reason", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_column_id", "version_department_id", "version_index_number", "version_doc_number", "version_formed_at", "version_published_at", "version_topic", "version_kind", "version_requires_interpretation", "version_disclosure", "version_non_disclosure_basis", "version_non_disclosure_reason", "version_body", "version_public_body", "version_validity", "version_validity_changed_at", "version_review_state", "version_submitted_by_id", "version_submitted_at", "version_content_hash", "version_precheck_findings", "version_publish_at", "version_force_published", "version_force_published_by_id", "version_force_publish_reason", "version_withdrawn_at", "version_withdraw_reason", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_documents_v\`;`)
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
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_publish_at_idx\` ON \`_documents_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_force_published_idx\` ON \`_documents_v\` (\`version_force_published\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_force_published_by_idx\` ON \`_documents_v\` (\`version_force_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__documents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__documents_v_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`_documents_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__documents_v_rels\` RENAME TO \`_documents_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_order_idx\` ON \`_documents_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_parent_idx\` ON \`_documents_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_path_idx\` ON \`_documents_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_media_id_idx\` ON \`_documents_v_rels\` (\`media_id\`);`)
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
  	\`policy_withdrawn\` integer DEFAULT false,
  	\`review_state\` text DEFAULT 'draft',
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`content_hash\` text,
  	\`precheck_findings\` text,
  	\`publish_at\` text,
  	\`force_published\` integer,
  	\`force_published_by_id\` integer,
  	\`force_publish_reason\` text,
  	\`withdrawn_at\` text,
  	\`withdraw_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`policy_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`force_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interpretations\`("id", "title", "policy_id", "form", "department_id", "body", "linked_at", "link_deadline", "linked_late", "policy_withdrawn", "review_state", "submitted_by_id", "submitted_at", "content_hash", "precheck_findings", "publish_at", "force_published", "force_published_by_id", "force_publish_reason", "withdrawn_at", "withdraw_reason", "updated_at", "created_at", "_status") SELECT "id", "title", "policy_id", "form", "department_id", "body", "linked_at", "link_deadline", "linked_late", "policy_withdrawn", "review_state", "submitted_by_id", "submitted_at", "content_hash", "precheck_findings", "publish_at", "force_published", "force_published_by_id", "force_publish_reason", "withdrawn_at", "withdraw_reason", "updated_at", "created_at", "_status" FROM \`interpretations\`;`)
  await db.run(sql`DROP TABLE \`interpretations\`;`)
  await db.run(sql`ALTER TABLE \`__new_interpretations\` RENAME TO \`interpretations\`;`)
  await db.run(sql`CREATE INDEX \`interpretations_policy_idx\` ON \`interpretations\` (\`policy_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_department_idx\` ON \`interpretations\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_policy_withdrawn_idx\` ON \`interpretations\` (\`policy_withdrawn\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_review_state_idx\` ON \`interpretations\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_submitted_by_idx\` ON \`interpretations\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_publish_at_idx\` ON \`interpretations\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_force_published_idx\` ON \`interpretations\` (\`force_published\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_force_published_by_idx\` ON \`interpretations\` (\`force_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_updated_at_idx\` ON \`interpretations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_created_at_idx\` ON \`interpretations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations__status_idx\` ON \`interpretations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_interpretations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interpretations_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`interpretations_rels\`;`)
  await db.run(sql`DROP TABLE \`interpretations_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_interpretations_rels\` RENAME TO \`interpretations_rels\`;`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_order_idx\` ON \`interpretations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_parent_idx\` ON \`interpretations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_path_idx\` ON \`interpretations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_media_id_idx\` ON \`interpretations_rels\` (\`media_id\`);`)
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
  	\`version_policy_withdrawn\` integer DEFAULT false,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_submitted_by_id\` integer,
  	\`version_submitted_at\` text,
  	\`version_content_hash\` text,
  	\`version_precheck_findings\` text,
  	\`version_publish_at\` text,
  	\`version_force_published\` integer,
  	\`version_force_published_by_id\` integer,
  	\`version_force_publish_reason\` text,
  	\`version_withdrawn_at\` text,
  	\`version_withdraw_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_policy_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_force_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__interpretations_v\`("id", "parent_id", "version_title", "version_policy_id", "version_form", "version_department_id", "version_body", "version_linked_at", "version_link_deadline", "version_linked_late", "version_policy_withdrawn", "version_review_state", "version_submitted_by_id", "version_submitted_at", "version_content_hash", "version_precheck_findings", "version_publish_at", "version_force_published", "version_force_published_by_id", "version_force_publish_reason", "version_withdrawn_at", "version_withdraw_reason", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_policy_id", "version_form", "version_department_id", "version_body", "version_linked_at", "version_link_deadline", "version_linked_late", "version_policy_withdrawn", "version_review_state", "version_submitted_by_id", "version_submitted_at", "version_content_hash", "version_precheck_findings", "version_publish_at", "version_force_published", "version_force_published_by_id", "version_force_publish_reason", "version_withdrawn_at", "version_withdraw_reason", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_interpretations_v\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__interpretations_v\` RENAME TO \`_interpretations_v\`;`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_parent_idx\` ON \`_interpretations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_policy_idx\` ON \`_interpretations_v\` (\`version_policy_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_department_idx\` ON \`_interpretations_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_policy_withdrawn_idx\` ON \`_interpretations_v\` (\`version_policy_withdrawn\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_review_state_idx\` ON \`_interpretations_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_submitted_by_idx\` ON \`_interpretations_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_publish_at_idx\` ON \`_interpretations_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_force_published_idx\` ON \`_interpretations_v\` (\`version_force_published\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_force_published_by_idx\` ON \`_interpretations_v\` (\`version_force_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_updated_at_idx\` ON \`_interpretations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_created_at_idx\` ON \`_interpretations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version__status_idx\` ON \`_interpretations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_created_at_idx\` ON \`_interpretations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_updated_at_idx\` ON \`_interpretations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_latest_idx\` ON \`_interpretations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__interpretations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__interpretations_v_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`_interpretations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__interpretations_v_rels\` RENAME TO \`_interpretations_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_order_idx\` ON \`_interpretations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_parent_idx\` ON \`_interpretations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_path_idx\` ON \`_interpretations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_media_id_idx\` ON \`_interpretations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`publicly_visible\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "title", "publicly_visible", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "title", "publicly_visible", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_publicly_visible_idx\` ON \`media\` (\`publicly_visible\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`content_formed_at_earliest\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`content_formed_at_max_future_days\`;`)
}
