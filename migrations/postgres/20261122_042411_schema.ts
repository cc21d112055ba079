import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_documents_signatures_stage" AS ENUM('first', 'secrecy', 'final', 'retrospective');
  CREATE TYPE "public"."enum_documents_review_state" AS ENUM('draft', 'submitted', 'first-reviewed', 'secrecy-reviewed', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__documents_v_version_signatures_stage" AS ENUM('first', 'secrecy', 'final', 'retrospective');
  CREATE TYPE "public"."enum__documents_v_version_review_state" AS ENUM('draft', 'submitted', 'first-reviewed', 'secrecy-reviewed', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_interpretations_signatures_stage" AS ENUM('first', 'secrecy', 'final', 'retrospective');
  CREATE TYPE "public"."enum_interpretations_review_state" AS ENUM('draft', 'submitted', 'first-reviewed', 'secrecy-reviewed', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__interpretations_v_version_signatures_stage" AS ENUM('first', 'secrecy', 'final', 'retrospective');
  CREATE TYPE "public"."enum__interpretations_v_version_review_state" AS ENUM('draft', 'submitted', 'first-reviewed', 'secrecy-reviewed', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_approval_records_actor_roles" AS ENUM('admin', 'editor', 'reviewer', 'secrecy', 'approver');
  CREATE TYPE "public"."enum_approval_records_action" AS ENUM('submit', 'approve', 'return', 'withdraw', 'force-publish', 'publish-scheduled', 'void');
  CREATE TYPE "public"."enum_approval_records_from_state" AS ENUM('draft', 'submitted', 'first-reviewed', 'secrecy-reviewed', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_approval_records_to_state" AS ENUM('draft', 'submitted', 'first-reviewed', 'secrecy-reviewed', 'scheduled', 'published', 'withdrawn');
  CREATE TABLE "documents_signatures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" "enum_documents_signatures_stage",
  	"user_id" integer,
  	"user_name" varchar,
  	"opinion" varchar,
  	"at" timestamp(3) with time zone,
  	"content_hash" varchar
  );
  
  CREATE TABLE "documents_precheck_acknowledgements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"note" varchar,
  	"user_id" integer,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_documents_v_version_signatures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"stage" "enum__documents_v_version_signatures_stage",
  	"user_id" integer,
  	"user_name" varchar,
  	"opinion" varchar,
  	"at" timestamp(3) with time zone,
  	"content_hash" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_documents_v_version_precheck_acknowledgements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"note" varchar,
  	"user_id" integer,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "interpretations_signatures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" "enum_interpretations_signatures_stage",
  	"user_id" integer,
  	"user_name" varchar,
  	"opinion" varchar,
  	"at" timestamp(3) with time zone,
  	"content_hash" varchar
  );
  
  CREATE TABLE "interpretations_precheck_acknowledgements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"note" varchar,
  	"user_id" integer,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_interpretations_v_version_signatures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"stage" "enum__interpretations_v_version_signatures_stage",
  	"user_id" integer,
  	"user_name" varchar,
  	"opinion" varchar,
  	"at" timestamp(3) with time zone,
  	"content_hash" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_interpretations_v_version_precheck_acknowledgements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"note" varchar,
  	"user_id" integer,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "approval_records_actor_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_approval_records_actor_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "approval_records" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject_title" varchar NOT NULL,
  	"version" varchar,
  	"content_hash" varchar,
  	"action" "enum_approval_records_action" NOT NULL,
  	"from_state" "enum_approval_records_from_state",
  	"to_state" "enum_approval_records_to_state",
  	"actor_id" integer,
  	"actor_name" varchar,
  	"department_id" integer,
  	"disclosure" varchar,
  	"opinion" varchar,
  	"precheck" jsonb,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "approval_records_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"interpretations_id" integer
  );
  
  ALTER TABLE "documents" ADD COLUMN "review_state" "enum_documents_review_state" DEFAULT 'draft';
  ALTER TABLE "documents" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "content_hash" varchar;
  ALTER TABLE "documents" ADD COLUMN "precheck_findings" jsonb;
  ALTER TABLE "documents" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "force_published" boolean;
  ALTER TABLE "documents" ADD COLUMN "force_published_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "force_publish_reason" varchar;
  ALTER TABLE "documents" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "withdraw_reason" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_review_state" "enum__documents_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_documents_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_content_hash" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_precheck_findings" jsonb;
  ALTER TABLE "_documents_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_force_published" boolean;
  ALTER TABLE "_documents_v" ADD COLUMN "version_force_published_by_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_force_publish_reason" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_withdraw_reason" varchar;
  ALTER TABLE "interpretations" ADD COLUMN "review_state" "enum_interpretations_review_state" DEFAULT 'draft';
  ALTER TABLE "interpretations" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "interpretations" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "interpretations" ADD COLUMN "content_hash" varchar;
  ALTER TABLE "interpretations" ADD COLUMN "precheck_findings" jsonb;
  ALTER TABLE "interpretations" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "interpretations" ADD COLUMN "force_published" boolean;
  ALTER TABLE "interpretations" ADD COLUMN "force_published_by_id" integer;
  ALTER TABLE "interpretations" ADD COLUMN "force_publish_reason" varchar;
  ALTER TABLE "interpretations" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "interpretations" ADD COLUMN "withdraw_reason" varchar;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_review_state" "enum__interpretations_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_content_hash" varchar;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_precheck_findings" jsonb;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_force_published" boolean;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_force_published_by_id" integer;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_force_publish_reason" varchar;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_withdraw_reason" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "approval_records_id" integer;
  ALTER TABLE "documents_signatures" ADD CONSTRAINT "documents_signatures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_signatures" ADD CONSTRAINT "documents_signatures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_precheck_acknowledgements" ADD CONSTRAINT "documents_precheck_acknowledgements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_precheck_acknowledgements" ADD CONSTRAINT "documents_precheck_acknowledgements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_version_signatures" ADD CONSTRAINT "_documents_v_version_signatures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_version_signatures" ADD CONSTRAINT "_documents_v_version_signatures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_version_precheck_acknowledgements" ADD CONSTRAINT "_documents_v_version_precheck_acknowledgements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_version_precheck_acknowledgements" ADD CONSTRAINT "_documents_v_version_precheck_acknowledgements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_signatures" ADD CONSTRAINT "interpretations_signatures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations_signatures" ADD CONSTRAINT "interpretations_signatures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_precheck_acknowledgements" ADD CONSTRAINT "interpretations_precheck_acknowledgements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations_precheck_acknowledgements" ADD CONSTRAINT "interpretations_precheck_acknowledgements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_version_signatures" ADD CONSTRAINT "_interpretations_v_version_signatures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v_version_signatures" ADD CONSTRAINT "_interpretations_v_version_signatures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_version_precheck_acknowledgements" ADD CONSTRAINT "_interpretations_v_version_precheck_acknowledgements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v_version_precheck_acknowledgements" ADD CONSTRAINT "_interpretations_v_version_precheck_acknowledgements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_records_actor_roles" ADD CONSTRAINT "approval_records_actor_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."approval_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_records" ADD CONSTRAINT "approval_records_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_records" ADD CONSTRAINT "approval_records_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_records_rels" ADD CONSTRAINT "approval_records_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."approval_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_records_rels" ADD CONSTRAINT "approval_records_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_records_rels" ADD CONSTRAINT "approval_records_rels_interpretations_fk" FOREIGN KEY ("interpretations_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "documents_signatures_order_idx" ON "documents_signatures" USING btree ("_order");
  CREATE INDEX "documents_signatures_parent_id_idx" ON "documents_signatures" USING btree ("_parent_id");
  CREATE INDEX "documents_signatures_user_idx" ON "documents_signatures" USING btree ("user_id");
  CREATE INDEX "documents_precheck_acknowledgements_order_idx" ON "documents_precheck_acknowledgements" USING btree ("_order");
  CREATE INDEX "documents_precheck_acknowledgements_parent_id_idx" ON "documents_precheck_acknowledgements" USING btree ("_parent_id");
  CREATE INDEX "documents_precheck_acknowledgements_user_idx" ON "documents_precheck_acknowledgements" USING btree ("user_id");
  CREATE INDEX "_documents_v_version_signatures_order_idx" ON "_documents_v_version_signatures" USING btree ("_order");
  CREATE INDEX "_documents_v_version_signatures_parent_id_idx" ON "_documents_v_version_signatures" USING btree ("_parent_id");
  CREATE INDEX "_documents_v_version_signatures_user_idx" ON "_documents_v_version_signatures" USING btree ("user_id");
  CREATE INDEX "_documents_v_version_precheck_acknowledgements_order_idx" ON "_documents_v_version_precheck_acknowledgements" USING btree ("_order");
  CREATE INDEX "_documents_v_version_precheck_acknowledgements_parent_id_idx" ON "_documents_v_version_precheck_acknowledgements" USING btree ("_parent_id");
  CREATE INDEX "_documents_v_version_precheck_acknowledgements_user_idx" ON "_documents_v_version_precheck_acknowledgements" USING btree ("user_id");
  CREATE INDEX "interpretations_signatures_order_idx" ON "interpretations_signatures" USING btree ("_order");
  CREATE INDEX "interpretations_signatures_parent_id_idx" ON "interpretations_signatures" USING btree ("_parent_id");
  CREATE INDEX "interpretations_signatures_user_idx" ON "interpretations_signatures" USING btree ("user_id");
  CREATE INDEX "interpretations_precheck_acknowledgements_order_idx" ON "interpretations_precheck_acknowledgements" USING btree ("_order");
  CREATE INDEX "interpretations_precheck_acknowledgements_parent_id_idx" ON "interpretations_precheck_acknowledgements" USING btree ("_parent_id");
  CREATE INDEX "interpretations_precheck_acknowledgements_user_idx" ON "interpretations_precheck_acknowledgements" USING btree ("user_id");
  CREATE INDEX "_interpretations_v_version_signatures_order_idx" ON "_interpretations_v_version_signatures" USING btree ("_order");
  CREATE INDEX "_interpretations_v_version_signatures_parent_id_idx" ON "_interpretations_v_version_signatures" USING btree ("_parent_id");
  CREATE INDEX "_interpretations_v_version_signatures_user_idx" ON "_interpretations_v_version_signatures" USING btree ("user_id");
  CREATE INDEX "_interpretations_v_version_precheck_acknowledgements_order_idx" ON "_interpretations_v_version_precheck_acknowledgements" USING btree ("_order");
  CREATE INDEX "_interpretations_v_version_precheck_acknowledgements_parent_id_idx" ON "_interpretations_v_version_precheck_acknowledgements" USING btree ("_parent_id");
  CREATE INDEX "_interpretations_v_version_precheck_acknowledgements_use_idx" ON "_interpretations_v_version_precheck_acknowledgements" USING btree ("user_id");
  CREATE INDEX "approval_records_actor_roles_order_idx" ON "approval_records_actor_roles" USING btree ("order");
  CREATE INDEX "approval_records_actor_roles_parent_idx" ON "approval_records_actor_roles" USING btree ("parent_id");
  CREATE INDEX "approval_records_action_idx" ON "approval_records" USING btree ("action");
  CREATE INDEX "approval_records_actor_idx" ON "approval_records" USING btree ("actor_id");
  CREATE INDEX "approval_records_department_idx" ON "approval_records" USING btree ("department_id");
  CREATE INDEX "approval_records_at_idx" ON "approval_records" USING btree ("at");
  CREATE INDEX "approval_records_updated_at_idx" ON "approval_records" USING btree ("updated_at");
  CREATE INDEX "approval_records_created_at_idx" ON "approval_records" USING btree ("created_at");
  CREATE INDEX "approval_records_rels_order_idx" ON "approval_records_rels" USING btree ("order");
  CREATE INDEX "approval_records_rels_parent_idx" ON "approval_records_rels" USING btree ("parent_id");
  CREATE INDEX "approval_records_rels_path_idx" ON "approval_records_rels" USING btree ("path");
  CREATE INDEX "approval_records_rels_documents_id_idx" ON "approval_records_rels" USING btree ("documents_id");
  CREATE INDEX "approval_records_rels_interpretations_id_idx" ON "approval_records_rels" USING btree ("interpretations_id");
  ALTER TABLE "documents" ADD CONSTRAINT "documents_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_force_published_by_id_users_id_fk" FOREIGN KEY ("force_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_force_published_by_id_users_id_fk" FOREIGN KEY ("version_force_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_force_published_by_id_users_id_fk" FOREIGN KEY ("force_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_force_published_by_id_users_id_fk" FOREIGN KEY ("version_force_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_approval_records_fk" FOREIGN KEY ("approval_records_id") REFERENCES "public"."approval_records"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "documents_review_state_idx" ON "documents" USING btree ("review_state");
  CREATE INDEX "documents_submitted_by_idx" ON "documents" USING btree ("submitted_by_id");
  CREATE INDEX "documents_publish_at_idx" ON "documents" USING btree ("publish_at");
  CREATE INDEX "documents_force_published_idx" ON "documents" USING btree ("force_published");
  CREATE INDEX "documents_force_published_by_idx" ON "documents" USING btree ("force_published_by_id");
  CREATE INDEX "_documents_v_version_version_review_state_idx" ON "_documents_v" USING btree ("version_review_state");
  CREATE INDEX "_documents_v_version_version_submitted_by_idx" ON "_documents_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_documents_v_version_version_publish_at_idx" ON "_documents_v" USING btree ("version_publish_at");
  CREATE INDEX "_documents_v_version_version_force_published_idx" ON "_documents_v" USING btree ("version_force_published");
  CREATE INDEX "_documents_v_version_version_force_published_by_idx" ON "_documents_v" USING btree ("version_force_published_by_id");
  CREATE INDEX "interpretations_review_state_idx" ON "interpretations" USING btree ("review_state");
  CREATE INDEX "interpretations_submitted_by_idx" ON "interpretations" USING btree ("submitted_by_id");
  CREATE INDEX "interpretations_publish_at_idx" ON "interpretations" USING btree ("publish_at");
  CREATE INDEX "interpretations_force_published_idx" ON "interpretations" USING btree ("force_published");
  CREATE INDEX "interpretations_force_published_by_idx" ON "interpretations" USING btree ("force_published_by_id");
  CREATE INDEX "_interpretations_v_version_version_review_state_idx" ON "_interpretations_v" USING btree ("version_review_state");
  CREATE INDEX "_interpretations_v_version_version_submitted_by_idx" ON "_interpretations_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_interpretations_v_version_version_publish_at_idx" ON "_interpretations_v" USING btree ("version_publish_at");
  CREATE INDEX "_interpretations_v_version_version_force_published_idx" ON "_interpretations_v" USING btree ("version_force_published");
  CREATE INDEX "_interpretations_v_version_version_force_published_by_idx" ON "_interpretations_v" USING btree ("version_force_published_by_id");
  CREATE INDEX "payload_locked_documents_rels_approval_records_id_idx" ON "payload_locked_documents_rels" USING btree ("approval_records_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents_signatures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents_precheck_acknowledgements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v_version_signatures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v_version_precheck_acknowledgements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "interpretations_signatures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "interpretations_precheck_acknowledgements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_interpretations_v_version_signatures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_interpretations_v_version_precheck_acknowledgements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_records_actor_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_records" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_records_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "documents_signatures" CASCADE;
  DROP TABLE "documents_precheck_acknowledgements" CASCADE;
  DROP TABLE "_documents_v_version_signatures" CASCADE;
  DROP TABLE "_documents_v_version_precheck_acknowledgements" CASCADE;
  DROP TABLE "interpretations_signatures" CASCADE;
  DROP TABLE "interpretations_precheck_acknowledgements" CASCADE;
  DROP TABLE "_interpretations_v_version_signatures" CASCADE;
  DROP TABLE "_interpretations_v_version_precheck_acknowledgements" CASCADE;
  DROP TABLE "approval_records_actor_roles" CASCADE;
  DROP TABLE "approval_records" CASCADE;
  DROP TABLE "approval_records_rels" CASCADE;
  ALTER TABLE "documents" DROP CONSTRAINT "documents_submitted_by_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_force_published_by_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_force_published_by_id_users_id_fk";
  
  ALTER TABLE "interpretations" DROP CONSTRAINT "interpretations_submitted_by_id_users_id_fk";
  
  ALTER TABLE "interpretations" DROP CONSTRAINT "interpretations_force_published_by_id_users_id_fk";
  
  ALTER TABLE "_interpretations_v" DROP CONSTRAINT "_interpretations_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_interpretations_v" DROP CONSTRAINT "_interpretations_v_version_force_published_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_approval_records_fk";
  
  DROP INDEX "documents_review_state_idx";
  DROP INDEX "documents_submitted_by_idx";
  DROP INDEX "documents_publish_at_idx";
  DROP INDEX "documents_force_published_idx";
  DROP INDEX "documents_force_published_by_idx";
  DROP INDEX "_documents_v_version_version_review_state_idx";
  DROP INDEX "_documents_v_version_version_submitted_by_idx";
  DROP INDEX "_documents_v_version_version_publish_at_idx";
  DROP INDEX "_documents_v_version_version_force_published_idx";
  DROP INDEX "_documents_v_version_version_force_published_by_idx";
  DROP INDEX "interpretations_review_state_idx";
  DROP INDEX "interpretations_submitted_by_idx";
  DROP INDEX "interpretations_publish_at_idx";
  DROP INDEX "interpretations_force_published_idx";
  DROP INDEX "interpretations_force_published_by_idx";
  DROP INDEX "_interpretations_v_version_version_review_state_idx";
  DROP INDEX "_interpretations_v_version_version_submitted_by_idx";
  DROP INDEX "_interpretations_v_version_version_publish_at_idx";
  DROP INDEX "_interpretations_v_version_version_force_published_idx";
  DROP INDEX "_interpretations_v_version_version_force_published_by_idx";
  DROP INDEX "payload_locked_documents_rels_approval_records_id_idx";
  ALTER TABLE "documents" DROP COLUMN "review_state";
  ALTER TABLE "documents" DROP COLUMN "submitted_by_id";
  ALTER TABLE "documents" DROP COLUMN "submitted_at";
  ALTER TABLE "documents" DROP COLUMN "content_hash";
  ALTER TABLE "documents" DROP COLUMN "precheck_findings";
  ALTER TABLE "documents" DROP COLUMN "publish_at";
  ALTER TABLE "documents" DROP COLUMN "force_published";
  ALTER TABLE "documents" DROP COLUMN "force_published_by_id";
  ALTER TABLE "documents" DROP COLUMN "force_publish_reason";
  ALTER TABLE "documents" DROP COLUMN "withdrawn_at";
  ALTER TABLE "documents" DROP COLUMN "withdraw_reason";
  ALTER TABLE "_documents_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_documents_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_documents_v" DROP COLUMN "version_content_hash";
  ALTER TABLE "_documents_v" DROP COLUMN "version_precheck_findings";
  ALTER TABLE "_documents_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_documents_v" DROP COLUMN "version_force_published";
  ALTER TABLE "_documents_v" DROP COLUMN "version_force_published_by_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_force_publish_reason";
  ALTER TABLE "_documents_v" DROP COLUMN "version_withdrawn_at";
  ALTER TABLE "_documents_v" DROP COLUMN "version_withdraw_reason";
  ALTER TABLE "interpretations" DROP COLUMN "review_state";
  ALTER TABLE "interpretations" DROP COLUMN "submitted_by_id";
  ALTER TABLE "interpretations" DROP COLUMN "submitted_at";
  ALTER TABLE "interpretations" DROP COLUMN "content_hash";
  ALTER TABLE "interpretations" DROP COLUMN "precheck_findings";
  ALTER TABLE "interpretations" DROP COLUMN "publish_at";
  ALTER TABLE "interpretations" DROP COLUMN "force_published";
  ALTER TABLE "interpretations" DROP COLUMN "force_published_by_id";
  ALTER TABLE "interpretations" DROP COLUMN "force_publish_reason";
  ALTER TABLE "interpretations" DROP COLUMN "withdrawn_at";
  ALTER TABLE "interpretations" DROP COLUMN "withdraw_reason";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_content_hash";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_precheck_findings";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_force_published";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_force_published_by_id";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_force_publish_reason";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_withdrawn_at";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_withdraw_reason";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "approval_records_id";
  DROP TYPE "public"."enum_documents_signatures_stage";
  DROP TYPE "public"."enum_documents_review_state";
  DROP TYPE "public"."enum__documents_v_version_signatures_stage";
  DROP TYPE "public"."enum__documents_v_version_review_state";
  DROP TYPE "public"."enum_interpretations_signatures_stage";
  DROP TYPE "public"."enum_interpretations_review_state";
  DROP TYPE "public"."enum__interpretations_v_version_signatures_stage";
  DROP TYPE "public"."enum__interpretations_v_version_review_state";
  DROP TYPE "public"."enum_approval_records_actor_roles";
  DROP TYPE "public"."enum_approval_records_action";
  DROP TYPE "public"."enum_approval_records_from_state";
  DROP TYPE "public"."enum_approval_records_to_state";`)
}
