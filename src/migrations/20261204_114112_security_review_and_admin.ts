import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { displayTitleFor } from '../media/metadata/mediaTitle'
import { redactHistoryBeforeTombstones } from '../syndication/redaction'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`media_created_by_idx\` ON \`media\` (\`created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`display_title\` text;`)
  await db.run(sql`ALTER TABLE \`media_rels\` ADD \`topics_id\` integer REFERENCES topics(id);`)
  await db.run(sql`CREATE INDEX \`media_rels_topics_id_idx\` ON \`media_rels\` (\`topics_id\`);`)
  await db.run(sql`ALTER TABLE \`_media_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_created_by_idx\` ON \`_media_v\` (\`version_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_media_v_locales\` ADD \`version_display_title\` text;`)
  await db.run(sql`ALTER TABLE \`_media_v_rels\` ADD \`topics_id\` integer REFERENCES topics(id);`)
  await db.run(sql`CREATE INDEX \`_media_v_rels_topics_id_idx\` ON \`_media_v_rels\` (\`topics_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
  await db.run(sql`ALTER TABLE \`journalists\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`journalists\` DROP COLUMN \`lock_until\`;`)
  // Media saved before titles existed: the title their next save would give them.
  const titleSources = await db.all<{
    id: number
    locale: string
    alt: string | null
    caption: string | null
    originalFilename: string | null
    filename: string | null
  }>(
    sql`SELECT l.id AS id, l._locale AS locale, l.alt AS alt, l.caption AS caption, m.original_filename AS originalFilename, m.filename AS filename FROM media_locales l JOIN media m ON m.id = l._parent_id`,
  )
  for (const { id, locale, ...item } of titleSources) {
    const title = displayTitleFor({ item, locale })
    if (title) await db.run(sql`UPDATE media_locales SET display_title = ${title} WHERE id = ${id}`)
  }
  // Sync entries logged before the redaction fix still carry the text of items that later
  // stopped being public: strip them the way new tombstones now do.
  await redactHistoryBeforeTombstones({ req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`is_featured\` integer DEFAULT false,
  	\`info_type\` text DEFAULT 'official',
  	\`event_date\` text,
  	\`place_latitude\` numeric,
  	\`place_longitude\` numeric,
  	\`ed_note\` text,
  	\`classification\` text DEFAULT 'unclassified',
  	\`security_hold_is_held\` integer DEFAULT false,
  	\`security_hold_reason\` text,
  	\`security_hold_held_at\` text,
  	\`security_hold_fingerprint\` text,
  	\`security_hold_cleared_by_id\` integer,
  	\`security_hold_cleared_at\` text,
  	\`agency_id\` integer,
  	\`access_tier\` text DEFAULT 'public',
  	\`embargo_until\` text,
  	\`embargo_lifted_at\` text,
  	\`withdrawn_at\` text,
  	\`withdrawal_reason\` text,
  	\`workflow_state\` text,
  	\`publish_at\` text,
  	\`source_revision\` numeric DEFAULT 1,
  	\`source_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`security_hold_cleared_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "is_featured", "info_type", "event_date", "place_latitude", "place_longitude", "ed_note", "classification", "security_hold_is_held", "security_hold_reason", "security_hold_held_at", "security_hold_fingerprint", "security_hold_cleared_by_id", "security_hold_cleared_at", "agency_id", "access_tier", "embargo_until", "embargo_lifted_at", "withdrawn_at", "withdrawal_reason", "workflow_state", "publish_at", "source_revision", "source_fingerprint", "updated_at", "created_at", "_status") SELECT "id", "is_featured", "info_type", "event_date", "place_latitude", "place_longitude", "ed_note", "classification", "security_hold_is_held", "security_hold_reason", "security_hold_held_at", "security_hold_fingerprint", "security_hold_cleared_by_id", "security_hold_cleared_at", "agency_id", "access_tier", "embargo_until", "embargo_lifted_at", "withdrawn_at", "withdrawal_reason", "workflow_state", "publish_at", "source_revision", "source_fingerprint", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_is_featured_idx\` ON \`articles\` (\`is_featured\`);`)
  await db.run(sql`CREATE INDEX \`articles_info_type_idx\` ON \`articles\` (\`info_type\`);`)
  await db.run(sql`CREATE INDEX \`articles_event_date_idx\` ON \`articles\` (\`event_date\`);`)
  await db.run(sql`CREATE INDEX \`articles_security_hold_security_hold_is_held_idx\` ON \`articles\` (\`security_hold_is_held\`);`)
  await db.run(sql`CREATE INDEX \`articles_security_hold_security_hold_cleared_by_idx\` ON \`articles\` (\`security_hold_cleared_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_agency_idx\` ON \`articles\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_access_tier_idx\` ON \`articles\` (\`access_tier\`);`)
  await db.run(sql`CREATE INDEX \`articles_embargo_until_idx\` ON \`articles\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`articles_embargo_lifted_at_idx\` ON \`articles\` (\`embargo_lifted_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_withdrawn_at_idx\` ON \`articles\` (\`withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_publish_at_idx\` ON \`articles\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_is_featured\` integer DEFAULT false,
  	\`version_info_type\` text DEFAULT 'official',
  	\`version_event_date\` text,
  	\`version_place_latitude\` numeric,
  	\`version_place_longitude\` numeric,
  	\`version_ed_note\` text,
  	\`version_classification\` text DEFAULT 'unclassified',
  	\`version_security_hold_is_held\` integer DEFAULT false,
  	\`version_security_hold_reason\` text,
  	\`version_security_hold_held_at\` text,
  	\`version_security_hold_fingerprint\` text,
  	\`version_security_hold_cleared_by_id\` integer,
  	\`version_security_hold_cleared_at\` text,
  	\`version_agency_id\` integer,
  	\`version_access_tier\` text DEFAULT 'public',
  	\`version_embargo_until\` text,
  	\`version_embargo_lifted_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_workflow_state\` text,
  	\`version_publish_at\` text,
  	\`version_source_revision\` numeric DEFAULT 1,
  	\`version_source_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_security_hold_cleared_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_is_featured", "version_info_type", "version_event_date", "version_place_latitude", "version_place_longitude", "version_ed_note", "version_classification", "version_security_hold_is_held", "version_security_hold_reason", "version_security_hold_held_at", "version_security_hold_fingerprint", "version_security_hold_cleared_by_id", "version_security_hold_cleared_at", "version_agency_id", "version_access_tier", "version_embargo_until", "version_embargo_lifted_at", "version_withdrawn_at", "version_withdrawal_reason", "version_workflow_state", "version_publish_at", "version_source_revision", "version_source_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_is_featured", "version_info_type", "version_event_date", "version_place_latitude", "version_place_longitude", "version_ed_note", "version_classification", "version_security_hold_is_held", "version_security_hold_reason", "version_security_hold_held_at", "version_security_hold_fingerprint", "version_security_hold_cleared_by_id", "version_security_hold_cleared_at", "version_agency_id", "version_access_tier", "version_embargo_until", "version_embargo_lifted_at", "version_withdrawn_at", "version_withdrawal_reason", "version_workflow_state", "version_publish_at", "version_source_revision", "version_source_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_is_featured_idx\` ON \`_articles_v\` (\`version_is_featured\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_info_type_idx\` ON \`_articles_v\` (\`version_info_type\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_event_date_idx\` ON \`_articles_v\` (\`version_event_date\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_security_hold_version_security_hold__idx\` ON \`_articles_v\` (\`version_security_hold_is_held\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_security_hold_version_security_hol_1_idx\` ON \`_articles_v\` (\`version_security_hold_cleared_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_agency_idx\` ON \`_articles_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_access_tier_idx\` ON \`_articles_v\` (\`version_access_tier\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_embargo_until_idx\` ON \`_articles_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_embargo_lifted_at_idx\` ON \`_articles_v\` (\`version_embargo_lifted_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_withdrawn_at_idx\` ON \`_articles_v\` (\`version_withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_publish_at_idx\` ON \`_articles_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'image',
  	\`credit\` text,
  	\`creator\` text,
  	\`copyright_notice\` text,
  	\`licence\` text DEFAULT 'editorial-use',
  	\`date_taken\` text,
  	\`model_release\` text DEFAULT 'not-applicable',
  	\`original_filename\` text,
  	\`download_count\` numeric DEFAULT 0,
  	\`placeholder\` text,
  	\`embedded_metadata\` text,
  	\`video_duration_seconds\` numeric,
  	\`video_width\` numeric,
  	\`video_height\` numeric,
  	\`video_video_codec\` text,
  	\`video_audio_codec\` text,
  	\`video_frame_rate\` numeric,
  	\`video_processing_status\` text,
  	\`video_processing_percent\` numeric,
  	\`video_processing_error\` text,
  	\`video_processing_updated_at\` text,
  	\`page_count\` numeric,
  	\`document_text\` text,
  	\`classification\` text DEFAULT 'unclassified',
  	\`security_hold_is_held\` integer DEFAULT false,
  	\`security_hold_reason\` text,
  	\`security_hold_held_at\` text,
  	\`security_hold_fingerprint\` text,
  	\`security_hold_cleared_by_id\` integer,
  	\`security_hold_cleared_at\` text,
  	\`agency_id\` integer,
  	\`access_tier\` text DEFAULT 'public',
  	\`embargo_until\` text,
  	\`embargo_lifted_at\` text,
  	\`withdrawn_at\` text,
  	\`withdrawal_reason\` text,
  	\`workflow_state\` text,
  	\`publish_at\` text,
  	\`source_revision\` numeric DEFAULT 1,
  	\`source_fingerprint\` text,
  	\`prefix\` text DEFAULT 'media',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`security_hold_cleared_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "kind", "credit", "creator", "copyright_notice", "licence", "date_taken", "model_release", "original_filename", "download_count", "placeholder", "embedded_metadata", "video_duration_seconds", "video_width", "video_height", "video_video_codec", "video_audio_codec", "video_frame_rate", "video_processing_status", "video_processing_percent", "video_processing_error", "video_processing_updated_at", "page_count", "document_text", "classification", "security_hold_is_held", "security_hold_reason", "security_hold_held_at", "security_hold_fingerprint", "security_hold_cleared_by_id", "security_hold_cleared_at", "agency_id", "access_tier", "embargo_until", "embargo_lifted_at", "withdrawn_at", "withdrawal_reason", "workflow_state", "publish_at", "source_revision", "source_fingerprint", "prefix", "_objectkey", "updated_at", "created_at", "_status", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "kind", "credit", "creator", "copyright_notice", "licence", "date_taken", "model_release", "original_filename", "download_count", "placeholder", "embedded_metadata", "video_duration_seconds", "video_width", "video_height", "video_video_codec", "video_audio_codec", "video_frame_rate", "video_processing_status", "video_processing_percent", "video_processing_error", "video_processing_updated_at", "page_count", "document_text", "classification", "security_hold_is_held", "security_hold_reason", "security_hold_held_at", "security_hold_fingerprint", "security_hold_cleared_by_id", "security_hold_cleared_at", "agency_id", "access_tier", "embargo_until", "embargo_lifted_at", "withdrawn_at", "withdrawal_reason", "workflow_state", "publish_at", "source_revision", "source_fingerprint", "prefix", "_objectkey", "updated_at", "created_at", "_status", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_date_taken_idx\` ON \`media\` (\`date_taken\`);`)
  await db.run(sql`CREATE INDEX \`media_security_hold_security_hold_is_held_idx\` ON \`media\` (\`security_hold_is_held\`);`)
  await db.run(sql`CREATE INDEX \`media_security_hold_security_hold_cleared_by_idx\` ON \`media\` (\`security_hold_cleared_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_agency_idx\` ON \`media\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`media_access_tier_idx\` ON \`media\` (\`access_tier\`);`)
  await db.run(sql`CREATE INDEX \`media_embargo_until_idx\` ON \`media\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`media_embargo_lifted_at_idx\` ON \`media\` (\`embargo_lifted_at\`);`)
  await db.run(sql`CREATE INDEX \`media_withdrawn_at_idx\` ON \`media\` (\`withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`media_workflow_state_idx\` ON \`media\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`media_publish_at_idx\` ON \`media\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`media__status_idx\` ON \`media\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_media_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`media_rels\`;`)
  await db.run(sql`DROP TABLE \`media_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_media_rels\` RENAME TO \`media_rels\`;`)
  await db.run(sql`CREATE INDEX \`media_rels_order_idx\` ON \`media_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_parent_idx\` ON \`media_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_path_idx\` ON \`media_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_users_id_idx\` ON \`media_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__media_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'image',
  	\`version_credit\` text,
  	\`version_creator\` text,
  	\`version_copyright_notice\` text,
  	\`version_licence\` text DEFAULT 'editorial-use',
  	\`version_date_taken\` text,
  	\`version_model_release\` text DEFAULT 'not-applicable',
  	\`version_original_filename\` text,
  	\`version_download_count\` numeric DEFAULT 0,
  	\`version_placeholder\` text,
  	\`version_embedded_metadata\` text,
  	\`version_video_duration_seconds\` numeric,
  	\`version_video_width\` numeric,
  	\`version_video_height\` numeric,
  	\`version_video_video_codec\` text,
  	\`version_video_audio_codec\` text,
  	\`version_video_frame_rate\` numeric,
  	\`version_video_processing_status\` text,
  	\`version_video_processing_percent\` numeric,
  	\`version_video_processing_error\` text,
  	\`version_video_processing_updated_at\` text,
  	\`version_page_count\` numeric,
  	\`version_document_text\` text,
  	\`version_classification\` text DEFAULT 'unclassified',
  	\`version_security_hold_is_held\` integer DEFAULT false,
  	\`version_security_hold_reason\` text,
  	\`version_security_hold_held_at\` text,
  	\`version_security_hold_fingerprint\` text,
  	\`version_security_hold_cleared_by_id\` integer,
  	\`version_security_hold_cleared_at\` text,
  	\`version_agency_id\` integer,
  	\`version_access_tier\` text DEFAULT 'public',
  	\`version_embargo_until\` text,
  	\`version_embargo_lifted_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_workflow_state\` text,
  	\`version_publish_at\` text,
  	\`version_source_revision\` numeric DEFAULT 1,
  	\`version_source_fingerprint\` text,
  	\`version_prefix\` text DEFAULT 'media',
  	\`version__objectkey\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_url\` text,
  	\`version_thumbnail_u_r_l\` text,
  	\`version_filename\` text,
  	\`version_mime_type\` text,
  	\`version_filesize\` numeric,
  	\`version_width\` numeric,
  	\`version_height\` numeric,
  	\`version_focal_x\` numeric,
  	\`version_focal_y\` numeric,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_security_hold_cleared_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__media_v\`("id", "parent_id", "version_kind", "version_credit", "version_creator", "version_copyright_notice", "version_licence", "version_date_taken", "version_model_release", "version_original_filename", "version_download_count", "version_placeholder", "version_embedded_metadata", "version_video_duration_seconds", "version_video_width", "version_video_height", "version_video_video_codec", "version_video_audio_codec", "version_video_frame_rate", "version_video_processing_status", "version_video_processing_percent", "version_video_processing_error", "version_video_processing_updated_at", "version_page_count", "version_document_text", "version_classification", "version_security_hold_is_held", "version_security_hold_reason", "version_security_hold_held_at", "version_security_hold_fingerprint", "version_security_hold_cleared_by_id", "version_security_hold_cleared_at", "version_agency_id", "version_access_tier", "version_embargo_until", "version_embargo_lifted_at", "version_withdrawn_at", "version_withdrawal_reason", "version_workflow_state", "version_publish_at", "version_source_revision", "version_source_fingerprint", "version_prefix", "version__objectkey", "version_updated_at", "version_created_at", "version__status", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_kind", "version_credit", "version_creator", "version_copyright_notice", "version_licence", "version_date_taken", "version_model_release", "version_original_filename", "version_download_count", "version_placeholder", "version_embedded_metadata", "version_video_duration_seconds", "version_video_width", "version_video_height", "version_video_video_codec", "version_video_audio_codec", "version_video_frame_rate", "version_video_processing_status", "version_video_processing_percent", "version_video_processing_error", "version_video_processing_updated_at", "version_page_count", "version_document_text", "version_classification", "version_security_hold_is_held", "version_security_hold_reason", "version_security_hold_held_at", "version_security_hold_fingerprint", "version_security_hold_cleared_by_id", "version_security_hold_cleared_at", "version_agency_id", "version_access_tier", "version_embargo_until", "version_embargo_lifted_at", "version_withdrawn_at", "version_withdrawal_reason", "version_workflow_state", "version_publish_at", "version_source_revision", "version_source_fingerprint", "version_prefix", "version__objectkey", "version_updated_at", "version_created_at", "version__status", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_media_v\`;`)
  await db.run(sql`DROP TABLE \`_media_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__media_v\` RENAME TO \`_media_v\`;`)
  await db.run(sql`CREATE INDEX \`_media_v_parent_idx\` ON \`_media_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_date_taken_idx\` ON \`_media_v\` (\`version_date_taken\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_security_hold_version_security_hold_is__idx\` ON \`_media_v\` (\`version_security_hold_is_held\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_security_hold_version_security_hold_cle_idx\` ON \`_media_v\` (\`version_security_hold_cleared_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_agency_idx\` ON \`_media_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_access_tier_idx\` ON \`_media_v\` (\`version_access_tier\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_embargo_until_idx\` ON \`_media_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_embargo_lifted_at_idx\` ON \`_media_v\` (\`version_embargo_lifted_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_withdrawn_at_idx\` ON \`_media_v\` (\`version_withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_workflow_state_idx\` ON \`_media_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_publish_at_idx\` ON \`_media_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_updated_at_idx\` ON \`_media_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_created_at_idx\` ON \`_media_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version__status_idx\` ON \`_media_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_filename_idx\` ON \`_media_v\` (\`version_filename\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_created_at_idx\` ON \`_media_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_updated_at_idx\` ON \`_media_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_snapshot_idx\` ON \`_media_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_published_locale_idx\` ON \`_media_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_latest_idx\` ON \`_media_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__media_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_media_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__media_v_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`_media_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_media_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__media_v_rels\` RENAME TO \`_media_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_media_v_rels_order_idx\` ON \`_media_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_rels_parent_idx\` ON \`_media_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_rels_path_idx\` ON \`_media_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_rels_users_id_idx\` ON \`_media_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`display_title\`;`)
  await db.run(sql`ALTER TABLE \`_media_v_locales\` DROP COLUMN \`version_display_title\`;`)
}
