import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_public_changes_subject_collection" AS ENUM('columns', 'documents', 'interpretations', 'new-media-accounts');
  CREATE TYPE "public"."enum_public_changes_op" AS ENUM('upsert', 'delete', 'sequence');
  CREATE TYPE "public"."enum_webhook_deliveries_event" AS ENUM('publish', 'withdraw');
  CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('pending', 'retrying', 'delivered', 'failed');
  CREATE TABLE "public_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"seq" numeric NOT NULL,
  	"subject_collection" "enum_public_changes_subject_collection",
  	"item_id" varchar,
  	"op" "enum_public_changes_op" NOT NULL,
  	"at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event" "enum_webhook_deliveries_event" NOT NULL,
  	"subject_collection" varchar,
  	"item_id" varchar,
  	"url" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"status" "enum_webhook_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"delivered_at" timestamp(3) with time zone,
  	"response_status" numeric,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "settings_webhooks_urls" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "public_changes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_deliveries_id" integer;
  ALTER TABLE "settings" ADD COLUMN "public_site_site_url" varchar;
  ALTER TABLE "settings" ADD COLUMN "public_site_document_path" varchar DEFAULT '/documents/{id}/' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "public_site_interpretation_path" varchar DEFAULT '/interpretations/{id}/' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "public_site_column_path" varchar DEFAULT '/columns/{slug}/' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "public_site_new_media_path" varchar DEFAULT '/new-media/' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "public_site_feed_items" numeric DEFAULT 20 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "webhooks_enabled" boolean DEFAULT false;
  ALTER TABLE "settings" ADD COLUMN "webhooks_secret" varchar;
  ALTER TABLE "settings" ADD COLUMN "webhooks_max_attempts" numeric DEFAULT 8 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "webhooks_retry_base_seconds" numeric DEFAULT 30 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "webhooks_timeout_seconds" numeric DEFAULT 10 NOT NULL;
  ALTER TABLE "settings_webhooks_urls" ADD CONSTRAINT "settings_webhooks_urls_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "public_changes_key_idx" ON "public_changes" USING btree ("key");
  CREATE INDEX "public_changes_seq_idx" ON "public_changes" USING btree ("seq");
  CREATE INDEX "public_changes_op_idx" ON "public_changes" USING btree ("op");
  CREATE INDEX "public_changes_at_idx" ON "public_changes" USING btree ("at");
  CREATE INDEX "public_changes_updated_at_idx" ON "public_changes" USING btree ("updated_at");
  CREATE INDEX "public_changes_created_at_idx" ON "public_changes" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("status");
  CREATE INDEX "webhook_deliveries_next_attempt_at_idx" ON "webhook_deliveries" USING btree ("next_attempt_at");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE INDEX "settings_webhooks_urls_order_idx" ON "settings_webhooks_urls" USING btree ("_order");
  CREATE INDEX "settings_webhooks_urls_parent_id_idx" ON "settings_webhooks_urls" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_public_changes_fk" FOREIGN KEY ("public_changes_id") REFERENCES "public"."public_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_public_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("public_changes_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "public_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "settings_webhooks_urls" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "public_changes" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "settings_webhooks_urls" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_public_changes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk";
  
  DROP INDEX "payload_locked_documents_rels_public_changes_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "public_changes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_deliveries_id";
  ALTER TABLE "settings" DROP COLUMN "public_site_site_url";
  ALTER TABLE "settings" DROP COLUMN "public_site_document_path";
  ALTER TABLE "settings" DROP COLUMN "public_site_interpretation_path";
  ALTER TABLE "settings" DROP COLUMN "public_site_column_path";
  ALTER TABLE "settings" DROP COLUMN "public_site_new_media_path";
  ALTER TABLE "settings" DROP COLUMN "public_site_feed_items";
  ALTER TABLE "settings" DROP COLUMN "webhooks_enabled";
  ALTER TABLE "settings" DROP COLUMN "webhooks_secret";
  ALTER TABLE "settings" DROP COLUMN "webhooks_max_attempts";
  ALTER TABLE "settings" DROP COLUMN "webhooks_retry_base_seconds";
  ALTER TABLE "settings" DROP COLUMN "webhooks_timeout_seconds";
  DROP TYPE "public"."enum_public_changes_subject_collection";
  DROP TYPE "public"."enum_public_changes_op";
  DROP TYPE "public"."enum_webhook_deliveries_event";
  DROP TYPE "public"."enum_webhook_deliveries_status";`)
}
