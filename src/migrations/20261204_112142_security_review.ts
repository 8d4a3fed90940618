import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { redactHistoryBeforeTombstones } from '../syndication/redaction'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
  await db.run(sql`ALTER TABLE \`journalists\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`journalists\` DROP COLUMN \`lock_until\`;`)
  // Sync entries logged before the redaction fix still carry the text of items that later
  // stopped being public (issue 12, item 2): strip them the way new tombstones now do.
  await redactHistoryBeforeTombstones({ req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`lock_until\` text;`)
}
