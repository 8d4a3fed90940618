import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`distribution_approvals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`agency_id\` integer,
  	\`version\` numeric NOT NULL,
  	\`event_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'awaiting' NOT NULL,
  	\`requested_at\` text NOT NULL,
  	\`reason\` text,
  	\`decided_by_id\` integer,
  	\`fingerprint\` text,
  	\`decided_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`sync_events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`distribution_approvals_locale_idx\` ON \`distribution_approvals\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`distribution_approvals_agency_idx\` ON \`distribution_approvals\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`distribution_approvals_event_idx\` ON \`distribution_approvals\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`distribution_approvals_status_idx\` ON \`distribution_approvals\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`distribution_approvals_decided_by_idx\` ON \`distribution_approvals\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`distribution_approvals_updated_at_idx\` ON \`distribution_approvals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`distribution_approvals_created_at_idx\` ON \`distribution_approvals\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`itemCollection_itemId_locale_idx\` ON \`distribution_approvals\` (\`item_collection\`,\`item_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`status_requestedAt_idx\` ON \`distribution_approvals\` (\`status\`,\`requested_at\`);`)
  await db.run(sql`CREATE TABLE \`page_views\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`article_id\` integer,
  	\`media_id\` integer,
  	\`day\` text NOT NULL,
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`page_views_key_idx\` ON \`page_views\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`page_views_article_idx\` ON \`page_views\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`page_views_media_idx\` ON \`page_views\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`page_views_day_idx\` ON \`page_views\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`page_views_updated_at_idx\` ON \`page_views\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`page_views_created_at_idx\` ON \`page_views\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text DEFAULT 'agency' NOT NULL,
  	\`agency_id\` integer,
  	\`cycle\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`document_number\` text,
  	\`period_from\` text,
  	\`period_to\` text,
  	\`results\` text,
  	\`limitations\` text,
  	\`proposals\` text,
  	\`directions\` text,
  	\`signer_title\` text,
  	\`signer_name\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`submitted_at\` text,
  	\`submitted_by_id\` integer,
  	\`generated_at\` text,
  	\`figures\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_agency_idx\` ON \`reports\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_submitted_by_idx\` ON \`reports\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`kind_agency_cycle_year_idx\` ON \`reports\` (\`kind\`,\`agency_id\`,\`cycle\`,\`year\`);`)
  await db.run(sql`CREATE INDEX \`status_cycle_year_idx\` ON \`reports\` (\`status\`,\`cycle\`,\`year\`);`)
  await db.run(sql`CREATE TABLE \`report_reminders\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`agency_id\` integer,
  	\`cycle\` text,
  	\`year\` numeric,
  	\`offset_days\` numeric,
  	\`recipient\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`report_reminders_key_idx\` ON \`report_reminders\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`report_reminders_agency_idx\` ON \`report_reminders\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`report_reminders_updated_at_idx\` ON \`report_reminders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_reminders_created_at_idx\` ON \`report_reminders\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`focal_points_leader_name\` text;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`focal_points_leader_position\` text;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`focal_points_leader_email\` text;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`focal_points_leader_phone\` text;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`focal_points_leader_language\` text DEFAULT 'vi';`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`focal_points_officer_name\` text;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`focal_points_officer_position\` text;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`focal_points_officer_email\` text;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`focal_points_officer_phone\` text;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`focal_points_officer_language\` text DEFAULT 'vi';`)
  await db.run(sql`ALTER TABLE \`sync_events\` ADD \`is_approval_release\` integer;`)
  await db.run(sql`ALTER TABLE \`syndication_targets\` ADD \`requires_department_approval\` integer;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`concurrency_key\` text;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`distribution_approvals_id\` integer REFERENCES distribution_approvals(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`page_views_id\` integer REFERENCES page_views(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reports_id\` integer REFERENCES reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_reminders_id\` integer REFERENCES report_reminders(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_distribution_approvals_id_idx\` ON \`payload_locked_documents_rels\` (\`distribution_approvals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_views_id_idx\` ON \`payload_locked_documents_rels\` (\`page_views_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`report_reminders_id\`);`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`reporting_superior_body\` text DEFAULT 'UBND TỈNH ĐỒNG NAI';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`reporting_issuing_body\` text DEFAULT 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`reporting_document_symbol\` text DEFAULT 'SVHTTDL';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`reporting_place\` text DEFAULT 'Đồng Nai';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`reporting_department_recipients\` text DEFAULT '- UBND tỉnh (để báo cáo);
  - Bộ Văn hóa, Thể thao và Du lịch (để báo cáo);
  - Lưu: VT.';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`reporting_agency_recipients\` text DEFAULT '- Sở Văn hóa, Thể thao và Du lịch (để tổng hợp);
  - Lưu: VT.';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`reporting_agency_half_year_deadline\` text DEFAULT '15/05';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`reporting_agency_annual_deadline\` text DEFAULT '15/11';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`reporting_department_half_year_deadline\` text DEFAULT '10/06';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`reporting_department_annual_deadline\` text DEFAULT '20/12';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`distribution_approvals\`;`)
  await db.run(sql`DROP TABLE \`page_views\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`report_reminders\`;`)
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
  	\`media_downloads_id\` integer,
  	\`saved_searches_id\` integer,
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
  	FOREIGN KEY (\`media_downloads_id\`) REFERENCES \`media_downloads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`saved_searches_id\`) REFERENCES \`saved_searches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "journalists_id", "agencies_id", "topics_id", "articles_id", "media_id", "audit_log_id", "api_clients_id", "sync_events_id", "syndication_targets_id", "deliveries_id", "media_downloads_id", "saved_searches_id") SELECT "id", "order", "parent_id", "path", "users_id", "journalists_id", "agencies_id", "topics_id", "articles_id", "media_id", "audit_log_id", "api_clients_id", "sync_events_id", "syndication_targets_id", "deliveries_id", "media_downloads_id", "saved_searches_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_downloads_id_idx\` ON \`payload_locked_documents_rels\` (\`media_downloads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_saved_searches_id_idx\` ON \`payload_locked_documents_rels\` (\`saved_searches_id\`);`)
  await db.run(sql`DROP INDEX \`payload_jobs_concurrency_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`concurrency_key\`;`)
  await db.run(sql`ALTER TABLE \`agencies\` DROP COLUMN \`focal_points_leader_name\`;`)
  await db.run(sql`ALTER TABLE \`agencies\` DROP COLUMN \`focal_points_leader_position\`;`)
  await db.run(sql`ALTER TABLE \`agencies\` DROP COLUMN \`focal_points_leader_email\`;`)
  await db.run(sql`ALTER TABLE \`agencies\` DROP COLUMN \`focal_points_leader_phone\`;`)
  await db.run(sql`ALTER TABLE \`agencies\` DROP COLUMN \`focal_points_leader_language\`;`)
  await db.run(sql`ALTER TABLE \`agencies\` DROP COLUMN \`focal_points_officer_name\`;`)
  await db.run(sql`ALTER TABLE \`agencies\` DROP COLUMN \`focal_points_officer_position\`;`)
  await db.run(sql`ALTER TABLE \`agencies\` DROP COLUMN \`focal_points_officer_email\`;`)
  await db.run(sql`ALTER TABLE \`agencies\` DROP COLUMN \`focal_points_officer_phone\`;`)
  await db.run(sql`ALTER TABLE \`agencies\` DROP COLUMN \`focal_points_officer_language\`;`)
  await db.run(sql`ALTER TABLE \`sync_events\` DROP COLUMN \`is_approval_release\`;`)
  await db.run(sql`ALTER TABLE \`syndication_targets\` DROP COLUMN \`requires_department_approval\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`reporting_superior_body\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`reporting_issuing_body\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`reporting_document_symbol\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`reporting_place\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`reporting_department_recipients\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`reporting_agency_recipients\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`reporting_agency_half_year_deadline\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`reporting_agency_annual_deadline\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`reporting_department_half_year_deadline\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`reporting_department_annual_deadline\`;`)
}
