import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" ADD COLUMN "author_id" integer;
  ALTER TABLE "documents_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_author_id" integer;
  ALTER TABLE "_documents_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "interpretations" ADD COLUMN "author_id" integer;
  ALTER TABLE "interpretations_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_author_id" integer;
  ALTER TABLE "_interpretations_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "media" ADD COLUMN "department_id" integer;
  ALTER TABLE "media" ADD COLUMN "sha256" varchar;
  ALTER TABLE "settings" ADD COLUMN "content_formed_at_earliest" varchar DEFAULT '1949-01-01' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "content_formed_at_max_future_days" numeric DEFAULT 30 NOT NULL;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v_rels" ADD CONSTRAINT "_interpretations_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "documents_author_idx" ON "documents" USING btree ("author_id");
  CREATE INDEX "documents_rels_users_id_idx" ON "documents_rels" USING btree ("users_id");
  CREATE INDEX "_documents_v_version_version_author_idx" ON "_documents_v" USING btree ("version_author_id");
  CREATE INDEX "_documents_v_rels_users_id_idx" ON "_documents_v_rels" USING btree ("users_id");
  CREATE INDEX "interpretations_author_idx" ON "interpretations" USING btree ("author_id");
  CREATE INDEX "interpretations_rels_users_id_idx" ON "interpretations_rels" USING btree ("users_id");
  CREATE INDEX "_interpretations_v_version_version_author_idx" ON "_interpretations_v" USING btree ("version_author_id");
  CREATE INDEX "_interpretations_v_rels_users_id_idx" ON "_interpretations_v_rels" USING btree ("users_id");
  CREATE INDEX "media_department_idx" ON "media" USING btree ("department_id");
  CREATE INDEX "media_sha256_idx" ON "media" USING btree ("sha256");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" DROP CONSTRAINT "documents_author_id_users_id_fk";
  
  ALTER TABLE "documents_rels" DROP CONSTRAINT "documents_rels_users_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_author_id_users_id_fk";
  
  ALTER TABLE "_documents_v_rels" DROP CONSTRAINT "_documents_v_rels_users_fk";
  
  ALTER TABLE "interpretations" DROP CONSTRAINT "interpretations_author_id_users_id_fk";
  
  ALTER TABLE "interpretations_rels" DROP CONSTRAINT "interpretations_rels_users_fk";
  
  ALTER TABLE "_interpretations_v" DROP CONSTRAINT "_interpretations_v_version_author_id_users_id_fk";
  
  ALTER TABLE "_interpretations_v_rels" DROP CONSTRAINT "_interpretations_v_rels_users_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_department_id_departments_id_fk";
  
  DROP INDEX "documents_author_idx";
  DROP INDEX "documents_rels_users_id_idx";
  DROP INDEX "_documents_v_version_version_author_idx";
  DROP INDEX "_documents_v_rels_users_id_idx";
  DROP INDEX "interpretations_author_idx";
  DROP INDEX "interpretations_rels_users_id_idx";
  DROP INDEX "_interpretations_v_version_version_author_idx";
  DROP INDEX "_interpretations_v_rels_users_id_idx";
  DROP INDEX "media_department_idx";
  DROP INDEX "media_sha256_idx";
  ALTER TABLE "documents" DROP COLUMN "author_id";
  ALTER TABLE "documents_rels" DROP COLUMN "users_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_author_id";
  ALTER TABLE "_documents_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "interpretations" DROP COLUMN "author_id";
  ALTER TABLE "interpretations_rels" DROP COLUMN "users_id";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_author_id";
  ALTER TABLE "_interpretations_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "media" DROP COLUMN "department_id";
  ALTER TABLE "media" DROP COLUMN "sha256";
  ALTER TABLE "settings" DROP COLUMN "content_formed_at_earliest";
  ALTER TABLE "settings" DROP COLUMN "content_formed_at_max_future_days";`)
}
