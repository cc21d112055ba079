import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "inspection_year_scores" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"department_id" integer NOT NULL,
  	"score" numeric NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "inspection_year_scores_id" integer;
  ALTER TABLE "inspection_year_scores" ADD CONSTRAINT "inspection_year_scores_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "inspection_year_scores_year_idx" ON "inspection_year_scores" USING btree ("year");
  CREATE INDEX "inspection_year_scores_department_idx" ON "inspection_year_scores" USING btree ("department_id");
  CREATE INDEX "inspection_year_scores_updated_at_idx" ON "inspection_year_scores" USING btree ("updated_at");
  CREATE INDEX "inspection_year_scores_created_at_idx" ON "inspection_year_scores" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inspection_year_scores_fk" FOREIGN KEY ("inspection_year_scores_id") REFERENCES "public"."inspection_year_scores"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_inspection_year_scores_id_idx" ON "payload_locked_documents_rels" USING btree ("inspection_year_scores_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "inspection_year_scores" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "inspection_year_scores" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_inspection_year_scores_fk";
  
  DROP INDEX "payload_locked_documents_rels_inspection_year_scores_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "inspection_year_scores_id";`)
}
