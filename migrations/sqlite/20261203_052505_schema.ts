import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_status_publishedAt_createdAt_disclosure_idx\` ON \`documents\` (\`_status\`,\`published_at\`,\`created_at\`,\`disclosure\`);`)
  await db.run(sql`CREATE INDEX \`department_updatedAt_createdAt_idx\` ON \`documents\` (\`department_id\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_documents_v\` (\`version__status\`,\`version_published_at\`,\`version_created_at\`,\`version_disclosure\`);`)
  await db.run(sql`CREATE INDEX \`version_department_version_updatedAt_version_createdAt_idx\` ON \`_documents_v\` (\`version_department_id\`,\`version_updated_at\`,\`version_created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_publishedAt_createdAt_disclosure_idx\`;`)
  await db.run(sql`DROP INDEX \`department_updatedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`DROP INDEX \`version_department_version_updatedAt_version_createdAt_idx\`;`)
}
