import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_security_events_event" AS ENUM('login', 'login-failed', 'login-alert', 'logout', 'session-expired', 'password-changed', 'password-reset', 'user-created', 'user-updated', 'roles-changed', 'department-changed', 'organization-changed', 'settings-changed', 'record-deleted', 'workflow', 'log-exported', 'log-purged');
  CREATE TYPE "public"."enum_security_events_outcome" AS ENUM('success', 'failure');
  CREATE TABLE "security_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"seq" numeric NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"event" "enum_security_events_event" NOT NULL,
  	"outcome" "enum_security_events_outcome",
  	"actor_id" varchar,
  	"actor_name" varchar,
  	"actor_email" varchar,
  	"actor_roles" varchar,
  	"ip" varchar,
  	"target_collection" varchar,
  	"target_id" varchar,
  	"summary" varchar,
  	"details" jsonb,
  	"prev_hash" varchar,
  	"hash" varchar
  );
  
  CREATE TABLE "login_throttles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"failures" numeric DEFAULT 0,
  	"last_failure_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "security_log_head" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"seq" numeric DEFAULT 0,
  	"hash" varchar
  );
  
  CREATE TABLE "security_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"password_min_length" numeric DEFAULT 8 NOT NULL,
  	"password_min_classes" numeric DEFAULT 3 NOT NULL,
  	"password_history_count" numeric DEFAULT 5 NOT NULL,
  	"password_max_age_days" numeric DEFAULT 90 NOT NULL,
  	"login_account_delay_after_failures" numeric DEFAULT 5 NOT NULL,
  	"login_ip_delay_after_failures" numeric DEFAULT 20 NOT NULL,
  	"login_delay_max_seconds" numeric DEFAULT 300 NOT NULL,
  	"login_failure_window_minutes" numeric DEFAULT 60 NOT NULL,
  	"login_alert_after_failures" numeric DEFAULT 10 NOT NULL,
  	"login_ip_alert_after_failures" numeric DEFAULT 50 NOT NULL,
  	"session_idle_minutes" numeric DEFAULT 30 NOT NULL,
  	"log_retention_days" numeric DEFAULT 180 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users" ADD COLUMN "must_change_password" boolean;
  ALTER TABLE "users" ADD COLUMN "password_changed_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "password_history" jsonb;
  ALTER TABLE "users" ADD COLUMN "session_activity" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "security_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "login_throttles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "security_log_head_id" integer;
  CREATE UNIQUE INDEX "security_events_seq_idx" ON "security_events" USING btree ("seq");
  CREATE INDEX "security_events_at_idx" ON "security_events" USING btree ("at");
  CREATE INDEX "security_events_event_idx" ON "security_events" USING btree ("event");
  CREATE INDEX "security_events_actor_email_idx" ON "security_events" USING btree ("actor_email");
  CREATE UNIQUE INDEX "login_throttles_key_idx" ON "login_throttles" USING btree ("key");
  CREATE UNIQUE INDEX "security_log_head_key_idx" ON "security_log_head" USING btree ("key");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_security_events_fk" FOREIGN KEY ("security_events_id") REFERENCES "public"."security_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_login_throttles_fk" FOREIGN KEY ("login_throttles_id") REFERENCES "public"."login_throttles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_security_log_head_fk" FOREIGN KEY ("security_log_head_id") REFERENCES "public"."security_log_head"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_security_events_id_idx" ON "payload_locked_documents_rels" USING btree ("security_events_id");
  CREATE INDEX "payload_locked_documents_rels_login_throttles_id_idx" ON "payload_locked_documents_rels" USING btree ("login_throttles_id");
  CREATE INDEX "payload_locked_documents_rels_security_log_head_id_idx" ON "payload_locked_documents_rels" USING btree ("security_log_head_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "security_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "login_throttles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "security_log_head" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "security_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "security_events" CASCADE;
  DROP TABLE "login_throttles" CASCADE;
  DROP TABLE "security_log_head" CASCADE;
  DROP TABLE "security_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_security_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_login_throttles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_security_log_head_fk";
  
  DROP INDEX "payload_locked_documents_rels_security_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_login_throttles_id_idx";
  DROP INDEX "payload_locked_documents_rels_security_log_head_id_idx";
  ALTER TABLE "users" DROP COLUMN "must_change_password";
  ALTER TABLE "users" DROP COLUMN "password_changed_at";
  ALTER TABLE "users" DROP COLUMN "password_history";
  ALTER TABLE "users" DROP COLUMN "session_activity";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "security_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "login_throttles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "security_log_head_id";
  DROP TYPE "public"."enum_security_events_event";
  DROP TYPE "public"."enum_security_events_outcome";`)
}
