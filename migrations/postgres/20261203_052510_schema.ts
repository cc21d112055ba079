import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "_status_publishedAt_createdAt_disclosure_idx" ON "documents" USING btree ("_status","published_at","created_at","disclosure");
  CREATE INDEX "department_updatedAt_createdAt_idx" ON "documents" USING btree ("department_id","updated_at","created_at");
  CREATE INDEX "compound_index_idx" ON "_documents_v" USING btree ("version__status","version_published_at","version_created_at","version_disclosure");
  CREATE INDEX "version_department_version_updatedAt_version_createdAt_idx" ON "_documents_v" USING btree ("version_department_id","version_updated_at","version_created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_status_publishedAt_createdAt_disclosure_idx";
  DROP INDEX "department_updatedAt_createdAt_idx";
  DROP INDEX "compound_index_idx";
  DROP INDEX "version_department_version_updatedAt_version_createdAt_idx";`)
}
