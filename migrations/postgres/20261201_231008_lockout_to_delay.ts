import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_users_roles" ADD VALUE 'system-admin';
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'security-admin';
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'audit-admin';
  ALTER TYPE "public"."enum_approval_records_actor_roles" ADD VALUE 'system-admin';
  ALTER TYPE "public"."enum_approval_records_actor_roles" ADD VALUE 'security-admin';
  ALTER TYPE "public"."enum_approval_records_actor_roles" ADD VALUE 'audit-admin';
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer', 'secrecy', 'approver');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  ALTER TABLE "approval_records_actor_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_approval_records_actor_roles";
  CREATE TYPE "public"."enum_approval_records_actor_roles" AS ENUM('admin', 'editor', 'reviewer', 'secrecy', 'approver');
  ALTER TABLE "approval_records_actor_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_approval_records_actor_roles" USING "value"::"public"."enum_approval_records_actor_roles";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;`)
}
