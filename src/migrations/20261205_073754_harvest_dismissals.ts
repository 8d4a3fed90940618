import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`harvest_dismissals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`entry_key\` text NOT NULL,
  	\`title\` text,
  	\`feed_id\` integer,
  	\`agency_id\` integer NOT NULL,
  	\`deleted_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`feed_id\`) REFERENCES \`harvest_feeds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`deleted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`harvest_dismissals_entry_key_idx\` ON \`harvest_dismissals\` (\`entry_key\`);`)
  await db.run(sql`CREATE INDEX \`harvest_dismissals_feed_idx\` ON \`harvest_dismissals\` (\`feed_id\`);`)
  await db.run(sql`CREATE INDEX \`harvest_dismissals_agency_idx\` ON \`harvest_dismissals\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`harvest_dismissals_deleted_by_idx\` ON \`harvest_dismissals\` (\`deleted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`harvest_dismissals_updated_at_idx\` ON \`harvest_dismissals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`harvest_dismissals_created_at_idx\` ON \`harvest_dismissals\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`harvest_dismissals_id\` integer REFERENCES harvest_dismissals(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_harvest_dismissals_id_idx\` ON \`payload_locked_documents_rels\` (\`harvest_dismissals_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`harvest_dismissals\`;`)
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
  	\`places_id\` integer,
  	\`articles_id\` integer,
  	\`media_id\` integer,
  	\`albums_id\` integer,
  	\`events_id\` integer,
  	\`audit_log_id\` integer,
  	\`api_clients_id\` integer,
  	\`sync_events_id\` integer,
  	\`syndication_targets_id\` integer,
  	\`deliveries_id\` integer,
  	\`distribution_approvals_id\` integer,
  	\`media_downloads_id\` integer,
  	\`saved_searches_id\` integer,
  	\`basket_items_id\` integer,
  	\`page_views_id\` integer,
  	\`reports_id\` integer,
  	\`report_reminders_id\` integer,
  	\`press_cards_id\` integer,
  	\`harvest_feeds_id\` integer,
  	\`import_batches_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`journalists_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`albums_id\`) REFERENCES \`albums\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_clients_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sync_events_id\`) REFERENCES \`sync_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`syndication_targets_id\`) REFERENCES \`syndication_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`distribution_approvals_id\`) REFERENCES \`distribution_approvals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_downloads_id\`) REFERENCES \`media_downloads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`saved_searches_id\`) REFERENCES \`saved_searches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`basket_items_id\`) REFERENCES \`basket_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_views_id\`) REFERENCES \`page_views\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_reminders_id\`) REFERENCES \`report_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_cards_id\`) REFERENCES \`press_cards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`harvest_feeds_id\`) REFERENCES \`harvest_feeds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`import_batches_id\`) REFERENCES \`import_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "journalists_id", "agencies_id", "topics_id", "places_id", "articles_id", "media_id", "albums_id", "events_id", "audit_log_id", "api_clients_id", "sync_events_id", "syndication_targets_id", "deliveries_id", "distribution_approvals_id", "media_downloads_id", "saved_searches_id", "basket_items_id", "page_views_id", "reports_id", "report_reminders_id", "press_cards_id", "harvest_feeds_id", "import_batches_id") SELECT "id", "order", "parent_id", "path", "users_id", "journalists_id", "agencies_id", "topics_id", "places_id", "articles_id", "media_id", "albums_id", "events_id", "audit_log_id", "api_clients_id", "sync_events_id", "syndication_targets_id", "deliveries_id", "distribution_approvals_id", "media_downloads_id", "saved_searches_id", "basket_items_id", "page_views_id", "reports_id", "report_reminders_id", "press_cards_id", "harvest_feeds_id", "import_batches_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_places_id_idx\` ON \`payload_locked_documents_rels\` (\`places_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_albums_id_idx\` ON \`payload_locked_documents_rels\` (\`albums_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`api_clients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sync_events_id_idx\` ON \`payload_locked_documents_rels\` (\`sync_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_syndication_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`syndication_targets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_distribution_approvals_id_idx\` ON \`payload_locked_documents_rels\` (\`distribution_approvals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_downloads_id_idx\` ON \`payload_locked_documents_rels\` (\`media_downloads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_saved_searches_id_idx\` ON \`payload_locked_documents_rels\` (\`saved_searches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_basket_items_id_idx\` ON \`payload_locked_documents_rels\` (\`basket_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_views_id_idx\` ON \`payload_locked_documents_rels\` (\`page_views_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`report_reminders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_cards_id_idx\` ON \`payload_locked_documents_rels\` (\`press_cards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_harvest_feeds_id_idx\` ON \`payload_locked_documents_rels\` (\`harvest_feeds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`import_batches_id\`);`)
}
