import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`settings\` ADD \`calendar_request_from\` text DEFAULT '11-01' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`calendar_urgent_from\` text DEFAULT '12-15' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`calendar_request_from\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`calendar_urgent_from\`;`)
}
