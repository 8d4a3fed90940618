import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`albums_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`albums\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`albums_published_locales_order_idx\` ON \`albums_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`albums_published_locales_parent_idx\` ON \`albums_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`albums_published_locales_value_idx\` ON \`albums_published_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`albums_transitions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`locale\` text,
  	\`from\` text,
  	\`to\` text,
  	\`at\` text,
  	\`by_id\` integer,
  	\`source_revision\` numeric,
  	\`version\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`albums\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`albums_transitions_order_idx\` ON \`albums_transitions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`albums_transitions_parent_id_idx\` ON \`albums_transitions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`albums_transitions_by_idx\` ON \`albums_transitions\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`albums\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` integer,
  	\`cover_id\` integer,
  	\`place_latitude\` numeric,
  	\`place_longitude\` numeric,
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
  	\`press_release_at\` text,
  	\`embargo_lifted_at\` text,
  	\`press_access_opened_at\` text,
  	\`press_alerted_at\` text,
  	\`withdrawn_at\` text,
  	\`withdrawal_reason\` text,
  	\`external_id\` text,
  	\`source_hash\` text,
  	\`created_by_id\` integer,
  	\`workflow_state\` text,
  	\`publish_at\` text,
  	\`source_revision\` numeric DEFAULT 1,
  	\`source_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`security_hold_cleared_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`albums_event_idx\` ON \`albums\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`albums_cover_idx\` ON \`albums\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`albums_security_hold_security_hold_is_held_idx\` ON \`albums\` (\`security_hold_is_held\`);`)
  await db.run(sql`CREATE INDEX \`albums_security_hold_security_hold_cleared_by_idx\` ON \`albums\` (\`security_hold_cleared_by_id\`);`)
  await db.run(sql`CREATE INDEX \`albums_agency_idx\` ON \`albums\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`albums_access_tier_idx\` ON \`albums\` (\`access_tier\`);`)
  await db.run(sql`CREATE INDEX \`albums_embargo_until_idx\` ON \`albums\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`albums_press_release_at_idx\` ON \`albums\` (\`press_release_at\`);`)
  await db.run(sql`CREATE INDEX \`albums_embargo_lifted_at_idx\` ON \`albums\` (\`embargo_lifted_at\`);`)
  await db.run(sql`CREATE INDEX \`albums_press_access_opened_at_idx\` ON \`albums\` (\`press_access_opened_at\`);`)
  await db.run(sql`CREATE INDEX \`albums_withdrawn_at_idx\` ON \`albums\` (\`withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`albums_external_id_idx\` ON \`albums\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`albums_source_hash_idx\` ON \`albums\` (\`source_hash\`);`)
  await db.run(sql`CREATE INDEX \`albums_created_by_idx\` ON \`albums\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`albums_workflow_state_idx\` ON \`albums\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`albums_publish_at_idx\` ON \`albums\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`albums_updated_at_idx\` ON \`albums\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`albums_created_at_idx\` ON \`albums\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`albums__status_idx\` ON \`albums\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`albums_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`description\` text,
  	\`place_name\` text,
  	\`translation_status\` text DEFAULT 'missing',
  	\`translation_translated_from_revision\` numeric,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`albums\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`albums_slug_idx\` ON \`albums_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`albums_locales_locale_parent_id_unique\` ON \`albums_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`albums_locales_parent_id_idx\` ON \`albums_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`albums_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`articles_id\` integer,
  	\`topics_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`albums\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`albums_rels_order_idx\` ON \`albums_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`albums_rels_parent_idx\` ON \`albums_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`albums_rels_path_idx\` ON \`albums_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`albums_rels_media_id_idx\` ON \`albums_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`albums_rels_articles_id_idx\` ON \`albums_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`albums_rels_topics_id_idx\` ON \`albums_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`albums_rels_users_id_idx\` ON \`albums_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_albums_v_version_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_albums_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_albums_v_version_published_locales_order_idx\` ON \`_albums_v_version_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_published_locales_parent_idx\` ON \`_albums_v_version_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_published_locales_value_idx\` ON \`_albums_v_version_published_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_albums_v_version_transitions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`locale\` text,
  	\`from\` text,
  	\`to\` text,
  	\`at\` text,
  	\`by_id\` integer,
  	\`source_revision\` numeric,
  	\`version\` text,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_albums_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_albums_v_version_transitions_order_idx\` ON \`_albums_v_version_transitions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_transitions_parent_id_idx\` ON \`_albums_v_version_transitions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_transitions_by_idx\` ON \`_albums_v_version_transitions\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_albums_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_event_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_place_latitude\` numeric,
  	\`version_place_longitude\` numeric,
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
  	\`version_press_release_at\` text,
  	\`version_embargo_lifted_at\` text,
  	\`version_press_access_opened_at\` text,
  	\`version_press_alerted_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_external_id\` text,
  	\`version_source_hash\` text,
  	\`version_created_by_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`albums\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_security_hold_cleared_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_albums_v_parent_idx\` ON \`_albums_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_event_idx\` ON \`_albums_v\` (\`version_event_id\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_cover_idx\` ON \`_albums_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_security_hold_version_security_hold_is_idx\` ON \`_albums_v\` (\`version_security_hold_is_held\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_security_hold_version_security_hold_cl_idx\` ON \`_albums_v\` (\`version_security_hold_cleared_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_agency_idx\` ON \`_albums_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_access_tier_idx\` ON \`_albums_v\` (\`version_access_tier\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_embargo_until_idx\` ON \`_albums_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_press_release_at_idx\` ON \`_albums_v\` (\`version_press_release_at\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_embargo_lifted_at_idx\` ON \`_albums_v\` (\`version_embargo_lifted_at\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_press_access_opened_at_idx\` ON \`_albums_v\` (\`version_press_access_opened_at\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_withdrawn_at_idx\` ON \`_albums_v\` (\`version_withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_external_id_idx\` ON \`_albums_v\` (\`version_external_id\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_source_hash_idx\` ON \`_albums_v\` (\`version_source_hash\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_created_by_idx\` ON \`_albums_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_workflow_state_idx\` ON \`_albums_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_publish_at_idx\` ON \`_albums_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_updated_at_idx\` ON \`_albums_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_created_at_idx\` ON \`_albums_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version__status_idx\` ON \`_albums_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_created_at_idx\` ON \`_albums_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_updated_at_idx\` ON \`_albums_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_snapshot_idx\` ON \`_albums_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_published_locale_idx\` ON \`_albums_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_latest_idx\` ON \`_albums_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_albums_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_description\` text,
  	\`version_place_name\` text,
  	\`version_translation_status\` text DEFAULT 'missing',
  	\`version_translation_translated_from_revision\` numeric,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_albums_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_slug_idx\` ON \`_albums_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_albums_v_locales_locale_parent_id_unique\` ON \`_albums_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_locales_parent_id_idx\` ON \`_albums_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_albums_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`articles_id\` integer,
  	\`topics_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_albums_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_albums_v_rels_order_idx\` ON \`_albums_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_rels_parent_idx\` ON \`_albums_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_rels_path_idx\` ON \`_albums_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_rels_media_id_idx\` ON \`_albums_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_rels_articles_id_idx\` ON \`_albums_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_rels_topics_id_idx\` ON \`_albums_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_rels_users_id_idx\` ON \`_albums_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`events_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_published_locales_order_idx\` ON \`events_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_published_locales_parent_idx\` ON \`events_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_published_locales_value_idx\` ON \`events_published_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`events_transitions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`locale\` text,
  	\`from\` text,
  	\`to\` text,
  	\`at\` text,
  	\`by_id\` integer,
  	\`source_revision\` numeric,
  	\`version\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_transitions_order_idx\` ON \`events_transitions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_transitions_parent_id_idx\` ON \`events_transitions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_transitions_by_idx\` ON \`events_transitions\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'other',
  	\`start_date\` text,
  	\`end_date\` text,
  	\`cover_id\` integer,
  	\`place_latitude\` numeric,
  	\`place_longitude\` numeric,
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
  	\`press_release_at\` text,
  	\`embargo_lifted_at\` text,
  	\`press_access_opened_at\` text,
  	\`press_alerted_at\` text,
  	\`withdrawn_at\` text,
  	\`withdrawal_reason\` text,
  	\`external_id\` text,
  	\`source_hash\` text,
  	\`created_by_id\` integer,
  	\`workflow_state\` text,
  	\`publish_at\` text,
  	\`source_revision\` numeric DEFAULT 1,
  	\`source_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`security_hold_cleared_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`events_kind_idx\` ON \`events\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`events_start_date_idx\` ON \`events\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`events_end_date_idx\` ON \`events\` (\`end_date\`);`)
  await db.run(sql`CREATE INDEX \`events_cover_idx\` ON \`events\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`events_security_hold_security_hold_is_held_idx\` ON \`events\` (\`security_hold_is_held\`);`)
  await db.run(sql`CREATE INDEX \`events_security_hold_security_hold_cleared_by_idx\` ON \`events\` (\`security_hold_cleared_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_agency_idx\` ON \`events\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`events_access_tier_idx\` ON \`events\` (\`access_tier\`);`)
  await db.run(sql`CREATE INDEX \`events_embargo_until_idx\` ON \`events\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`events_press_release_at_idx\` ON \`events\` (\`press_release_at\`);`)
  await db.run(sql`CREATE INDEX \`events_embargo_lifted_at_idx\` ON \`events\` (\`embargo_lifted_at\`);`)
  await db.run(sql`CREATE INDEX \`events_press_access_opened_at_idx\` ON \`events\` (\`press_access_opened_at\`);`)
  await db.run(sql`CREATE INDEX \`events_withdrawn_at_idx\` ON \`events\` (\`withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`events_external_id_idx\` ON \`events\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`events_source_hash_idx\` ON \`events\` (\`source_hash\`);`)
  await db.run(sql`CREATE INDEX \`events_created_by_idx\` ON \`events\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_state_idx\` ON \`events\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`events_publish_at_idx\` ON \`events\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`description\` text,
  	\`place_name\` text,
  	\`translation_status\` text DEFAULT 'missing',
  	\`translation_translated_from_revision\` numeric,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_slug_idx\` ON \`events_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_locales_parent_id_idx\` ON \`events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_topics_id_idx\` ON \`events_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_users_id_idx\` ON \`events_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_published_locales_order_idx\` ON \`_events_v_version_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_published_locales_parent_idx\` ON \`_events_v_version_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_published_locales_value_idx\` ON \`_events_v_version_published_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_transitions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`locale\` text,
  	\`from\` text,
  	\`to\` text,
  	\`at\` text,
  	\`by_id\` integer,
  	\`source_revision\` numeric,
  	\`version\` text,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_transitions_order_idx\` ON \`_events_v_version_transitions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_transitions_parent_id_idx\` ON \`_events_v_version_transitions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_transitions_by_idx\` ON \`_events_v_version_transitions\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'other',
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_cover_id\` integer,
  	\`version_place_latitude\` numeric,
  	\`version_place_longitude\` numeric,
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
  	\`version_press_release_at\` text,
  	\`version_embargo_lifted_at\` text,
  	\`version_press_access_opened_at\` text,
  	\`version_press_alerted_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_external_id\` text,
  	\`version_source_hash\` text,
  	\`version_created_by_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_security_hold_cleared_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_kind_idx\` ON \`_events_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_start_date_idx\` ON \`_events_v\` (\`version_start_date\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_end_date_idx\` ON \`_events_v\` (\`version_end_date\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_cover_idx\` ON \`_events_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_security_hold_version_security_hold_is_idx\` ON \`_events_v\` (\`version_security_hold_is_held\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_security_hold_version_security_hold_cl_idx\` ON \`_events_v\` (\`version_security_hold_cleared_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_agency_idx\` ON \`_events_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_access_tier_idx\` ON \`_events_v\` (\`version_access_tier\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_embargo_until_idx\` ON \`_events_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_press_release_at_idx\` ON \`_events_v\` (\`version_press_release_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_embargo_lifted_at_idx\` ON \`_events_v\` (\`version_embargo_lifted_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_press_access_opened_at_idx\` ON \`_events_v\` (\`version_press_access_opened_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_withdrawn_at_idx\` ON \`_events_v\` (\`version_withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_external_id_idx\` ON \`_events_v\` (\`version_external_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_source_hash_idx\` ON \`_events_v\` (\`version_source_hash\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_by_idx\` ON \`_events_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_workflow_state_idx\` ON \`_events_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_publish_at_idx\` ON \`_events_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_description\` text,
  	\`version_place_name\` text,
  	\`version_translation_status\` text DEFAULT 'missing',
  	\`version_translation_translated_from_revision\` numeric,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_locales_parent_id_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_topics_id_idx\` ON \`_events_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_users_id_idx\` ON \`_events_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`harvest_feeds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer NOT NULL,
  	\`url\` text NOT NULL,
  	\`access_tier\` text DEFAULT 'public' NOT NULL,
  	\`is_active\` integer DEFAULT true,
  	\`poll_interval_minutes\` numeric DEFAULT 60 NOT NULL,
  	\`registered_by_id\` integer,
  	\`last_status\` text,
  	\`last_polled_at\` text,
  	\`next_poll_at\` text,
  	\`consecutive_failures\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`etag\` text,
  	\`last_modified\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`registered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`harvest_feeds_agency_idx\` ON \`harvest_feeds\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`harvest_feeds_registered_by_idx\` ON \`harvest_feeds\` (\`registered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`harvest_feeds_next_poll_at_idx\` ON \`harvest_feeds\` (\`next_poll_at\`);`)
  await db.run(sql`CREATE INDEX \`harvest_feeds_updated_at_idx\` ON \`harvest_feeds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`harvest_feeds_created_at_idx\` ON \`harvest_feeds\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`harvest_feeds_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`harvest_feeds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`harvest_feeds_rels_order_idx\` ON \`harvest_feeds_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`harvest_feeds_rels_parent_idx\` ON \`harvest_feeds_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`harvest_feeds_rels_path_idx\` ON \`harvest_feeds_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`harvest_feeds_rels_topics_id_idx\` ON \`harvest_feeds_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`import_batches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_name\` text NOT NULL,
  	\`owner_id\` integer NOT NULL,
  	\`format\` text NOT NULL,
  	\`stored_file\` text NOT NULL,
  	\`language\` text NOT NULL,
  	\`should_publish\` integer DEFAULT false,
  	\`status\` text NOT NULL,
  	\`total\` numeric,
  	\`done\` numeric,
  	\`created\` numeric,
  	\`updated\` numeric,
  	\`unchanged\` numeric,
  	\`failed\` numeric,
  	\`dry_run\` text,
  	\`failures\` text,
  	\`finished_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`import_batches_owner_idx\` ON \`import_batches\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`import_batches_status_idx\` ON \`import_batches\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`import_batches_updated_at_idx\` ON \`import_batches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`import_batches_created_at_idx\` ON \`import_batches\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`event_id\` integer REFERENCES events(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`harvested_entry_id\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`external_id\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`source_hash\` text;`)
  await db.run(sql`CREATE INDEX \`articles_event_idx\` ON \`articles\` (\`event_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_harvested_entry_id_idx\` ON \`articles\` (\`harvested_entry_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_external_id_idx\` ON \`articles\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_source_hash_idx\` ON \`articles\` (\`source_hash\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_event_id\` integer REFERENCES events(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_harvested_entry_id\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_external_id\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_source_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_event_idx\` ON \`_articles_v\` (\`version_event_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_harvested_entry_id_idx\` ON \`_articles_v\` (\`version_harvested_entry_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_external_id_idx\` ON \`_articles_v\` (\`version_external_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_source_hash_idx\` ON \`_articles_v\` (\`version_source_hash\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`event_id\` integer REFERENCES events(id);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`document_language\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`external_id\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`source_hash\` text;`)
  await db.run(sql`CREATE INDEX \`media_event_idx\` ON \`media\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`media_external_id_idx\` ON \`media\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`media_source_hash_idx\` ON \`media\` (\`source_hash\`);`)
  await db.run(sql`ALTER TABLE \`media_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`media_rels_media_id_idx\` ON \`media_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_media_v\` ADD \`version_event_id\` integer REFERENCES events(id);`)
  await db.run(sql`ALTER TABLE \`_media_v\` ADD \`version_document_language\` text;`)
  await db.run(sql`ALTER TABLE \`_media_v\` ADD \`version_external_id\` text;`)
  await db.run(sql`ALTER TABLE \`_media_v\` ADD \`version_source_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_event_idx\` ON \`_media_v\` (\`version_event_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_external_id_idx\` ON \`_media_v\` (\`version_external_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_source_hash_idx\` ON \`_media_v\` (\`version_source_hash\`);`)
  await db.run(sql`ALTER TABLE \`_media_v_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_media_v_rels_media_id_idx\` ON \`_media_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`albums_id\` integer REFERENCES albums(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`events_id\` integer REFERENCES events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`harvest_feeds_id\` integer REFERENCES harvest_feeds(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`import_batches_id\` integer REFERENCES import_batches(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_albums_id_idx\` ON \`payload_locked_documents_rels\` (\`albums_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_harvest_feeds_id_idx\` ON \`payload_locked_documents_rels\` (\`harvest_feeds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`import_batches_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`albums_published_locales\`;`)
  await db.run(sql`DROP TABLE \`albums_transitions\`;`)
  await db.run(sql`DROP TABLE \`albums\`;`)
  await db.run(sql`DROP TABLE \`albums_locales\`;`)
  await db.run(sql`DROP TABLE \`albums_rels\`;`)
  await db.run(sql`DROP TABLE \`_albums_v_version_published_locales\`;`)
  await db.run(sql`DROP TABLE \`_albums_v_version_transitions\`;`)
  await db.run(sql`DROP TABLE \`_albums_v\`;`)
  await db.run(sql`DROP TABLE \`_albums_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_albums_v_rels\`;`)
  await db.run(sql`DROP TABLE \`events_published_locales\`;`)
  await db.run(sql`DROP TABLE \`events_transitions\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_published_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_transitions\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`harvest_feeds\`;`)
  await db.run(sql`DROP TABLE \`harvest_feeds_rels\`;`)
  await db.run(sql`DROP TABLE \`import_batches\`;`)
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
  	\`press_release_at\` text,
  	\`embargo_lifted_at\` text,
  	\`press_access_opened_at\` text,
  	\`press_alerted_at\` text,
  	\`withdrawn_at\` text,
  	\`withdrawal_reason\` text,
  	\`created_by_id\` integer,
  	\`workflow_state\` text,
  	\`publish_at\` text,
  	\`source_revision\` numeric DEFAULT 1,
  	\`source_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`security_hold_cleared_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "is_featured", "info_type", "event_date", "place_latitude", "place_longitude", "ed_note", "classification", "security_hold_is_held", "security_hold_reason", "security_hold_held_at", "security_hold_fingerprint", "security_hold_cleared_by_id", "security_hold_cleared_at", "agency_id", "access_tier", "embargo_until", "press_release_at", "embargo_lifted_at", "press_access_opened_at", "press_alerted_at", "withdrawn_at", "withdrawal_reason", "created_by_id", "workflow_state", "publish_at", "source_revision", "source_fingerprint", "updated_at", "created_at", "_status") SELECT "id", "is_featured", "info_type", "event_date", "place_latitude", "place_longitude", "ed_note", "classification", "security_hold_is_held", "security_hold_reason", "security_hold_held_at", "security_hold_fingerprint", "security_hold_cleared_by_id", "security_hold_cleared_at", "agency_id", "access_tier", "embargo_until", "press_release_at", "embargo_lifted_at", "press_access_opened_at", "press_alerted_at", "withdrawn_at", "withdrawal_reason", "created_by_id", "workflow_state", "publish_at", "source_revision", "source_fingerprint", "updated_at", "created_at", "_status" FROM \`articles\`;`)
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
  await db.run(sql`CREATE INDEX \`articles_press_release_at_idx\` ON \`articles\` (\`press_release_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_embargo_lifted_at_idx\` ON \`articles\` (\`embargo_lifted_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_press_access_opened_at_idx\` ON \`articles\` (\`press_access_opened_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_withdrawn_at_idx\` ON \`articles\` (\`withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
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
  	\`version_press_release_at\` text,
  	\`version_embargo_lifted_at\` text,
  	\`version_press_access_opened_at\` text,
  	\`version_press_alerted_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_created_by_id\` integer,
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
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_is_featured", "version_info_type", "version_event_date", "version_place_latitude", "version_place_longitude", "version_ed_note", "version_classification", "version_security_hold_is_held", "version_security_hold_reason", "version_security_hold_held_at", "version_security_hold_fingerprint", "version_security_hold_cleared_by_id", "version_security_hold_cleared_at", "version_agency_id", "version_access_tier", "version_embargo_until", "version_press_release_at", "version_embargo_lifted_at", "version_press_access_opened_at", "version_press_alerted_at", "version_withdrawn_at", "version_withdrawal_reason", "version_created_by_id", "version_workflow_state", "version_publish_at", "version_source_revision", "version_source_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_is_featured", "version_info_type", "version_event_date", "version_place_latitude", "version_place_longitude", "version_ed_note", "version_classification", "version_security_hold_is_held", "version_security_hold_reason", "version_security_hold_held_at", "version_security_hold_fingerprint", "version_security_hold_cleared_by_id", "version_security_hold_cleared_at", "version_agency_id", "version_access_tier", "version_embargo_until", "version_press_release_at", "version_embargo_lifted_at", "version_press_access_opened_at", "version_press_alerted_at", "version_withdrawn_at", "version_withdrawal_reason", "version_created_by_id", "version_workflow_state", "version_publish_at", "version_source_revision", "version_source_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_articles_v\`;`)
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
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_press_release_at_idx\` ON \`_articles_v\` (\`version_press_release_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_embargo_lifted_at_idx\` ON \`_articles_v\` (\`version_embargo_lifted_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_press_access_opened_at_idx\` ON \`_articles_v\` (\`version_press_access_opened_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_withdrawn_at_idx\` ON \`_articles_v\` (\`version_withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
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
  	\`press_release_at\` text,
  	\`embargo_lifted_at\` text,
  	\`press_access_opened_at\` text,
  	\`press_alerted_at\` text,
  	\`withdrawn_at\` text,
  	\`withdrawal_reason\` text,
  	\`created_by_id\` integer,
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
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "kind", "credit", "creator", "copyright_notice", "licence", "date_taken", "model_release", "original_filename", "download_count", "placeholder", "embedded_metadata", "video_duration_seconds", "video_width", "video_height", "video_video_codec", "video_audio_codec", "video_frame_rate", "video_processing_status", "video_processing_percent", "video_processing_error", "video_processing_updated_at", "page_count", "document_text", "classification", "security_hold_is_held", "security_hold_reason", "security_hold_held_at", "security_hold_fingerprint", "security_hold_cleared_by_id", "security_hold_cleared_at", "agency_id", "access_tier", "embargo_until", "press_release_at", "embargo_lifted_at", "press_access_opened_at", "press_alerted_at", "withdrawn_at", "withdrawal_reason", "created_by_id", "workflow_state", "publish_at", "source_revision", "source_fingerprint", "prefix", "_objectkey", "updated_at", "created_at", "_status", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "kind", "credit", "creator", "copyright_notice", "licence", "date_taken", "model_release", "original_filename", "download_count", "placeholder", "embedded_metadata", "video_duration_seconds", "video_width", "video_height", "video_video_codec", "video_audio_codec", "video_frame_rate", "video_processing_status", "video_processing_percent", "video_processing_error", "video_processing_updated_at", "page_count", "document_text", "classification", "security_hold_is_held", "security_hold_reason", "security_hold_held_at", "security_hold_fingerprint", "security_hold_cleared_by_id", "security_hold_cleared_at", "agency_id", "access_tier", "embargo_until", "press_release_at", "embargo_lifted_at", "press_access_opened_at", "press_alerted_at", "withdrawn_at", "withdrawal_reason", "created_by_id", "workflow_state", "publish_at", "source_revision", "source_fingerprint", "prefix", "_objectkey", "updated_at", "created_at", "_status", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_date_taken_idx\` ON \`media\` (\`date_taken\`);`)
  await db.run(sql`CREATE INDEX \`media_security_hold_security_hold_is_held_idx\` ON \`media\` (\`security_hold_is_held\`);`)
  await db.run(sql`CREATE INDEX \`media_security_hold_security_hold_cleared_by_idx\` ON \`media\` (\`security_hold_cleared_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_agency_idx\` ON \`media\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`media_access_tier_idx\` ON \`media\` (\`access_tier\`);`)
  await db.run(sql`CREATE INDEX \`media_embargo_until_idx\` ON \`media\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`media_press_release_at_idx\` ON \`media\` (\`press_release_at\`);`)
  await db.run(sql`CREATE INDEX \`media_embargo_lifted_at_idx\` ON \`media\` (\`embargo_lifted_at\`);`)
  await db.run(sql`CREATE INDEX \`media_press_access_opened_at_idx\` ON \`media\` (\`press_access_opened_at\`);`)
  await db.run(sql`CREATE INDEX \`media_withdrawn_at_idx\` ON \`media\` (\`withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_by_idx\` ON \`media\` (\`created_by_id\`);`)
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
  	\`topics_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media_rels\`("id", "order", "parent_id", "path", "topics_id", "users_id") SELECT "id", "order", "parent_id", "path", "topics_id", "users_id" FROM \`media_rels\`;`)
  await db.run(sql`DROP TABLE \`media_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_media_rels\` RENAME TO \`media_rels\`;`)
  await db.run(sql`CREATE INDEX \`media_rels_order_idx\` ON \`media_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_parent_idx\` ON \`media_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_path_idx\` ON \`media_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_topics_id_idx\` ON \`media_rels\` (\`topics_id\`);`)
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
  	\`version_press_release_at\` text,
  	\`version_embargo_lifted_at\` text,
  	\`version_press_access_opened_at\` text,
  	\`version_press_alerted_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_created_by_id\` integer,
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
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__media_v\`("id", "parent_id", "version_kind", "version_credit", "version_creator", "version_copyright_notice", "version_licence", "version_date_taken", "version_model_release", "version_original_filename", "version_download_count", "version_placeholder", "version_embedded_metadata", "version_video_duration_seconds", "version_video_width", "version_video_height", "version_video_video_codec", "version_video_audio_codec", "version_video_frame_rate", "version_video_processing_status", "version_video_processing_percent", "version_video_processing_error", "version_video_processing_updated_at", "version_page_count", "version_document_text", "version_classification", "version_security_hold_is_held", "version_security_hold_reason", "version_security_hold_held_at", "version_security_hold_fingerprint", "version_security_hold_cleared_by_id", "version_security_hold_cleared_at", "version_agency_id", "version_access_tier", "version_embargo_until", "version_press_release_at", "version_embargo_lifted_at", "version_press_access_opened_at", "version_press_alerted_at", "version_withdrawn_at", "version_withdrawal_reason", "version_created_by_id", "version_workflow_state", "version_publish_at", "version_source_revision", "version_source_fingerprint", "version_prefix", "version__objectkey", "version_updated_at", "version_created_at", "version__status", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_kind", "version_credit", "version_creator", "version_copyright_notice", "version_licence", "version_date_taken", "version_model_release", "version_original_filename", "version_download_count", "version_placeholder", "version_embedded_metadata", "version_video_duration_seconds", "version_video_width", "version_video_height", "version_video_video_codec", "version_video_audio_codec", "version_video_frame_rate", "version_video_processing_status", "version_video_processing_percent", "version_video_processing_error", "version_video_processing_updated_at", "version_page_count", "version_document_text", "version_classification", "version_security_hold_is_held", "version_security_hold_reason", "version_security_hold_held_at", "version_security_hold_fingerprint", "version_security_hold_cleared_by_id", "version_security_hold_cleared_at", "version_agency_id", "version_access_tier", "version_embargo_until", "version_press_release_at", "version_embargo_lifted_at", "version_press_access_opened_at", "version_press_alerted_at", "version_withdrawn_at", "version_withdrawal_reason", "version_created_by_id", "version_workflow_state", "version_publish_at", "version_source_revision", "version_source_fingerprint", "version_prefix", "version__objectkey", "version_updated_at", "version_created_at", "version__status", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_media_v\`;`)
  await db.run(sql`DROP TABLE \`_media_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__media_v\` RENAME TO \`_media_v\`;`)
  await db.run(sql`CREATE INDEX \`_media_v_parent_idx\` ON \`_media_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_date_taken_idx\` ON \`_media_v\` (\`version_date_taken\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_security_hold_version_security_hold_is__idx\` ON \`_media_v\` (\`version_security_hold_is_held\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_security_hold_version_security_hold_cle_idx\` ON \`_media_v\` (\`version_security_hold_cleared_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_agency_idx\` ON \`_media_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_access_tier_idx\` ON \`_media_v\` (\`version_access_tier\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_embargo_until_idx\` ON \`_media_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_press_release_at_idx\` ON \`_media_v\` (\`version_press_release_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_embargo_lifted_at_idx\` ON \`_media_v\` (\`version_embargo_lifted_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_press_access_opened_at_idx\` ON \`_media_v\` (\`version_press_access_opened_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_withdrawn_at_idx\` ON \`_media_v\` (\`version_withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_created_by_idx\` ON \`_media_v\` (\`version_created_by_id\`);`)
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
  	\`topics_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_media_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__media_v_rels\`("id", "order", "parent_id", "path", "topics_id", "users_id") SELECT "id", "order", "parent_id", "path", "topics_id", "users_id" FROM \`_media_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_media_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__media_v_rels\` RENAME TO \`_media_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_media_v_rels_order_idx\` ON \`_media_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_rels_parent_idx\` ON \`_media_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_rels_path_idx\` ON \`_media_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_rels_topics_id_idx\` ON \`_media_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_rels_users_id_idx\` ON \`_media_v_rels\` (\`users_id\`);`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`journalists_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  	FOREIGN KEY (\`basket_items_id\`) REFERENCES \`basket_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_views_id\`) REFERENCES \`page_views\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_reminders_id\`) REFERENCES \`report_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_cards_id\`) REFERENCES \`press_cards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "journalists_id", "agencies_id", "topics_id", "places_id", "articles_id", "media_id", "audit_log_id", "api_clients_id", "sync_events_id", "syndication_targets_id", "deliveries_id", "distribution_approvals_id", "media_downloads_id", "saved_searches_id", "basket_items_id", "page_views_id", "reports_id", "report_reminders_id", "press_cards_id") SELECT "id", "order", "parent_id", "path", "users_id", "journalists_id", "agencies_id", "topics_id", "places_id", "articles_id", "media_id", "audit_log_id", "api_clients_id", "sync_events_id", "syndication_targets_id", "deliveries_id", "distribution_approvals_id", "media_downloads_id", "saved_searches_id", "basket_items_id", "page_views_id", "reports_id", "report_reminders_id", "press_cards_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
}
