import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`journalists_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`journalists_rels_order_idx\` ON \`journalists_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`journalists_rels_parent_idx\` ON \`journalists_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`journalists_rels_path_idx\` ON \`journalists_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`journalists_rels_topics_id_idx\` ON \`journalists_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`press_cards\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`journalist_id\` integer NOT NULL,
  	\`prefix\` text DEFAULT 'press-cards',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	FOREIGN KEY (\`journalist_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`press_cards_journalist_idx\` ON \`press_cards\` (\`journalist_id\`);`)
  await db.run(sql`CREATE INDEX \`press_cards_updated_at_idx\` ON \`press_cards\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_cards_created_at_idx\` ON \`press_cards\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`press_cards_filename_idx\` ON \`press_cards\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`accreditation_purpose\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`press_card_scan_id\` integer REFERENCES press_cards(id);`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`accreditation_requested_at\` text;`)
  await db.run(sql`CREATE INDEX \`journalists_press_card_scan_idx\` ON \`journalists\` (\`press_card_scan_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`press_release_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`press_access_opened_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`press_alerted_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_press_release_at_idx\` ON \`articles\` (\`press_release_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_press_access_opened_at_idx\` ON \`articles\` (\`press_access_opened_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_press_release_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_press_access_opened_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_press_alerted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_press_release_at_idx\` ON \`_articles_v\` (\`version_press_release_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_press_access_opened_at_idx\` ON \`_articles_v\` (\`version_press_access_opened_at\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`press_release_at\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`press_access_opened_at\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`press_alerted_at\` text;`)
  await db.run(sql`CREATE INDEX \`media_press_release_at_idx\` ON \`media\` (\`press_release_at\`);`)
  await db.run(sql`CREATE INDEX \`media_press_access_opened_at_idx\` ON \`media\` (\`press_access_opened_at\`);`)
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`headline\` text;`)
  await db.run(sql`ALTER TABLE \`media_texts\` ADD \`locale\` text;`)
  await db.run(sql`CREATE INDEX \`media_texts_locale_parent\` ON \`media_texts\` (\`locale\`,\`parent_id\`);`)
  // Keywords became localized: the ones already stored were written in the source language.
  await db.run(sql`UPDATE \`media_texts\` SET \`locale\` = 'vi' WHERE \`locale\` IS NULL;`)
  await db.run(sql`ALTER TABLE \`_media_v\` ADD \`version_press_release_at\` text;`)
  await db.run(sql`ALTER TABLE \`_media_v\` ADD \`version_press_access_opened_at\` text;`)
  await db.run(sql`ALTER TABLE \`_media_v\` ADD \`version_press_alerted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_press_release_at_idx\` ON \`_media_v\` (\`version_press_release_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_press_access_opened_at_idx\` ON \`_media_v\` (\`version_press_access_opened_at\`);`)
  await db.run(sql`ALTER TABLE \`_media_v_locales\` ADD \`version_headline\` text;`)
  await db.run(sql`ALTER TABLE \`_media_v_texts\` ADD \`locale\` text;`)
  await db.run(sql`CREATE INDEX \`_media_v_texts_locale_parent\` ON \`_media_v_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`UPDATE \`_media_v_texts\` SET \`locale\` = 'vi' WHERE \`locale\` IS NULL;`)
  await db.run(sql`ALTER TABLE \`media_downloads\` ADD \`reissue_of_id\` integer REFERENCES media_downloads(id);`)
  await db.run(sql`CREATE INDEX \`media_downloads_reissue_of_idx\` ON \`media_downloads\` (\`reissue_of_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`press_cards_id\` integer REFERENCES press_cards(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_cards_id_idx\` ON \`payload_locked_documents_rels\` (\`press_cards_id\`);`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`press_office_email\` text;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`press_office_phone\` text;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` ADD \`press_office_name\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`journalists_rels\`;`)
  await db.run(sql`DROP TABLE \`press_cards\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_journalists\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`outlet\` text NOT NULL,
  	\`country\` text NOT NULL,
  	\`press_card_number\` text,
  	\`press_card_expires_at\` text,
  	\`preferred_language\` text DEFAULT 'en' NOT NULL,
  	\`accreditation_status\` text DEFAULT 'pending' NOT NULL,
  	\`accreditation_expires_at\` text,
  	\`decision_reason\` text,
  	\`accreditation_decided_by_id\` integer,
  	\`accreditation_decided_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`_verified\` integer,
  	\`_verificationtoken\` text,
  	FOREIGN KEY (\`accreditation_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_journalists\`("id", "name", "outlet", "country", "press_card_number", "press_card_expires_at", "preferred_language", "accreditation_status", "accreditation_expires_at", "decision_reason", "accreditation_decided_by_id", "accreditation_decided_at", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "_verified", "_verificationtoken") SELECT "id", "name", "outlet", "country", "press_card_number", "press_card_expires_at", "preferred_language", "accreditation_status", "accreditation_expires_at", "decision_reason", "accreditation_decided_by_id", "accreditation_decided_at", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "_verified", "_verificationtoken" FROM \`journalists\`;`)
  await db.run(sql`DROP TABLE \`journalists\`;`)
  await db.run(sql`ALTER TABLE \`__new_journalists\` RENAME TO \`journalists\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`journalists_accreditation_status_idx\` ON \`journalists\` (\`accreditation_status\`);`)
  await db.run(sql`CREATE INDEX \`journalists_accreditation_expires_at_idx\` ON \`journalists\` (\`accreditation_expires_at\`);`)
  await db.run(sql`CREATE INDEX \`journalists_accreditation_decided_by_idx\` ON \`journalists\` (\`accreditation_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`journalists_updated_at_idx\` ON \`journalists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`journalists_created_at_idx\` ON \`journalists\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`journalists_email_idx\` ON \`journalists\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_media_downloads\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`journalist_id\` integer NOT NULL,
  	\`media_id\` integer,
  	\`item_title\` text,
  	\`variant\` text NOT NULL,
  	\`locale\` text,
  	\`terms_accepted\` integer DEFAULT false,
  	\`intended_use\` text,
  	\`intended_use_details\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`journalist_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media_downloads\`("id", "journalist_id", "media_id", "item_title", "variant", "locale", "terms_accepted", "intended_use", "intended_use_details", "updated_at", "created_at") SELECT "id", "journalist_id", "media_id", "item_title", "variant", "locale", "terms_accepted", "intended_use", "intended_use_details", "updated_at", "created_at" FROM \`media_downloads\`;`)
  await db.run(sql`DROP TABLE \`media_downloads\`;`)
  await db.run(sql`ALTER TABLE \`__new_media_downloads\` RENAME TO \`media_downloads\`;`)
  await db.run(sql`CREATE INDEX \`media_downloads_journalist_idx\` ON \`media_downloads\` (\`journalist_id\`);`)
  await db.run(sql`CREATE INDEX \`media_downloads_media_idx\` ON \`media_downloads\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`media_downloads_updated_at_idx\` ON \`media_downloads\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_downloads_created_at_idx\` ON \`media_downloads\` (\`created_at\`);`)
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
  	FOREIGN KEY (\`report_reminders_id\`) REFERENCES \`report_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "journalists_id", "agencies_id", "topics_id", "articles_id", "media_id", "audit_log_id", "api_clients_id", "sync_events_id", "syndication_targets_id", "deliveries_id", "distribution_approvals_id", "media_downloads_id", "saved_searches_id", "page_views_id", "reports_id", "report_reminders_id") SELECT "id", "order", "parent_id", "path", "users_id", "journalists_id", "agencies_id", "topics_id", "articles_id", "media_id", "audit_log_id", "api_clients_id", "sync_events_id", "syndication_targets_id", "deliveries_id", "distribution_approvals_id", "media_downloads_id", "saved_searches_id", "page_views_id", "reports_id", "report_reminders_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`DROP INDEX \`articles_press_release_at_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_press_access_opened_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`press_release_at\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`press_access_opened_at\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`press_alerted_at\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_press_release_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_press_access_opened_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_press_release_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_press_access_opened_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_press_alerted_at\`;`)
  await db.run(sql`DROP INDEX \`media_press_release_at_idx\`;`)
  await db.run(sql`DROP INDEX \`media_press_access_opened_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`press_release_at\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`press_access_opened_at\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`press_alerted_at\`;`)
  await db.run(sql`DROP INDEX \`media_texts_locale_parent\`;`)
  await db.run(sql`ALTER TABLE \`media_texts\` DROP COLUMN \`locale\`;`)
  await db.run(sql`DROP INDEX \`_media_v_version_version_press_release_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_media_v_version_version_press_access_opened_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_media_v\` DROP COLUMN \`version_press_release_at\`;`)
  await db.run(sql`ALTER TABLE \`_media_v\` DROP COLUMN \`version_press_access_opened_at\`;`)
  await db.run(sql`ALTER TABLE \`_media_v\` DROP COLUMN \`version_press_alerted_at\`;`)
  await db.run(sql`DROP INDEX \`_media_v_texts_locale_parent\`;`)
  await db.run(sql`ALTER TABLE \`_media_v_texts\` DROP COLUMN \`locale\`;`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`headline\`;`)
  await db.run(sql`ALTER TABLE \`_media_v_locales\` DROP COLUMN \`version_headline\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`press_office_email\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`press_office_phone\`;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` DROP COLUMN \`press_office_name\`;`)
}
