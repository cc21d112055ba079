import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_scheduler_runs_status" AS ENUM('running', 'done', 'failed');
  CREATE TABLE "scheduler_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"task" varchar,
  	"status" "enum_scheduler_runs_status" DEFAULT 'running',
  	"instance" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"summary" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "scheduler_runs_id" integer;
  CREATE UNIQUE INDEX "scheduler_runs_key_idx" ON "scheduler_runs" USING btree ("key");
  CREATE INDEX "scheduler_runs_task_idx" ON "scheduler_runs" USING btree ("task");
  CREATE INDEX "scheduler_runs_updated_at_idx" ON "scheduler_runs" USING btree ("updated_at");
  CREATE INDEX "scheduler_runs_created_at_idx" ON "scheduler_runs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_scheduler_runs_fk" FOREIGN KEY ("scheduler_runs_id") REFERENCES "public"."scheduler_runs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_scheduler_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("scheduler_runs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "scheduler_runs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "scheduler_runs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_scheduler_runs_fk";
  
  DROP INDEX "payload_locked_documents_rels_scheduler_runs_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "scheduler_runs_id";
  DROP TYPE "public"."enum_scheduler_runs_status";`)
}
