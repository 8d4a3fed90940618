import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`places\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`places_slug_idx\` ON \`places\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`places_updated_at_idx\` ON \`places\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`places_created_at_idx\` ON \`places\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`places_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`places_locales_locale_parent_id_unique\` ON \`places_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`places_locales_parent_id_idx\` ON \`places_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`places_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`places_texts_order_parent\` ON \`places_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`basket_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`journalist_id\` integer NOT NULL,
  	\`media_id\` integer NOT NULL,
  	\`variant\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`journalist_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`basket_items_journalist_idx\` ON \`basket_items\` (\`journalist_id\`);`)
  await db.run(sql`CREATE INDEX \`basket_items_media_idx\` ON \`basket_items\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`basket_items_updated_at_idx\` ON \`basket_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`basket_items_created_at_idx\` ON \`basket_items\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`topic_digest\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`topic_digest_sent_through\` text;`)
  await db.run(sql`CREATE INDEX \`journalists_topic_digest_idx\` ON \`journalists\` (\`topic_digest\`);`)
  await db.run(sql`ALTER TABLE \`saved_searches\` ADD \`email_digest\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`saved_searches\` ADD \`digest_sent_through\` text;`)
  await db.run(sql`CREATE INDEX \`saved_searches_email_digest_idx\` ON \`saved_searches\` (\`email_digest\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`places_id\` integer REFERENCES places(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`basket_items_id\` integer REFERENCES basket_items(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_places_id_idx\` ON \`payload_locked_documents_rels\` (\`places_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_basket_items_id_idx\` ON \`payload_locked_documents_rels\` (\`basket_items_id\`);`)
  await db.run(sql`ALTER TABLE \`settings_locales\` ADD \`footer_text\` text;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` ADD \`usage_terms\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`places\`;`)
  await db.run(sql`DROP TABLE \`places_locales\`;`)
  await db.run(sql`DROP TABLE \`places_texts\`;`)
  await db.run(sql`DROP TABLE \`basket_items\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`journalists_id\` integer,
  	\`agencies_id\` integer,
  	\`topics_id\` integer,
  	\`articles_id\` integer,
  	\`media_id\` integer,
  	\`audit_log_id\` integer,
  	\`api_clients_id\` integer,
  	\`sync_events_id\` integer,
  	\`syndication_targets_id\` integer,
  	\`deliveries_id\` integer,
  	\`distribution_approvals_id\` integer,
  	\`media_downloads_id\` integer,
  	\`saved_searches_id\` integer,
  	\`page_views_id\` integer,
  	\`reports_id\` integer,
  	\`report_reminders_id\` integer,
  	\`press_cards_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`journalists_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_clients_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sync_events_id\`) REFERENCES \`sync_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`syndication_targets_id\`) REFERENCES \`syndication_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`distribution_approvals_id\`) REFERENCES \`distribution_approvals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_downloads_id\`) REFERENCES \`media_downloads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`saved_searches_id\`) REFERENCES \`saved_searches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_views_id\`) REFERENCES \`page_views\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_reminders_id\`) REFERENCES \`report_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_cards_id\`) REFERENCES \`press_cards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "journalists_id", "agencies_id", "topics_id", "articles_id", "media_id", "audit_log_id", "api_clients_id", "sync_events_id", "syndication_targets_id", "deliveries_id", "distribution_approvals_id", "media_downloads_id", "saved_searches_id", "page_views_id", "reports_id", "report_reminders_id", "press_cards_id") SELECT "id", "order", "parent_id", "path", "users_id", "journalists_id", "agencies_id", "topics_id", "articles_id", "media_id", "audit_log_id", "api_clients_id", "sync_events_id", "syndication_targets_id", "deliveries_id", "distribution_approvals_id", "media_downloads_id", "saved_searches_id", "page_views_id", "reports_id", "report_reminders_id", "press_cards_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_journalists_id_idx\` ON \`payload_locked_documents_rels\` (\`journalists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`api_clients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sync_events_id_idx\` ON \`payload_locked_documents_rels\` (\`sync_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_syndication_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`syndication_targets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_distribution_approvals_id_idx\` ON \`payload_locked_documents_rels\` (\`distribution_approvals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_downloads_id_idx\` ON \`payload_locked_documents_rels\` (\`media_downloads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_saved_searches_id_idx\` ON \`payload_locked_documents_rels\` (\`saved_searches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_views_id_idx\` ON \`payload_locked_documents_rels\` (\`page_views_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`report_reminders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_cards_id_idx\` ON \`payload_locked_documents_rels\` (\`press_cards_id\`);`)
  await db.run(sql`DROP INDEX \`journalists_topic_digest_idx\`;`)
  await db.run(sql`ALTER TABLE \`journalists\` DROP COLUMN \`topic_digest\`;`)
  await db.run(sql`ALTER TABLE \`journalists\` DROP COLUMN \`topic_digest_sent_through\`;`)
  await db.run(sql`DROP INDEX \`saved_searches_email_digest_idx\`;`)
  await db.run(sql`ALTER TABLE \`saved_searches\` DROP COLUMN \`email_digest\`;`)
  await db.run(sql`ALTER TABLE \`saved_searches\` DROP COLUMN \`digest_sent_through\`;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` DROP COLUMN \`footer_text\`;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` DROP COLUMN \`usage_terms\`;`)
}
