import type Database from 'better-sqlite3-multiple-ciphers';
import { NewerSchemaError } from '../errors';
import { migration0001 } from './0001_initial';
import { migration0002 } from './0002_contact_outlook';
import { migration0003 } from './0003_reports';
import { migration0004 } from './0004_interviews';
import { migration0005 } from './0005_search';
import { migration0006 } from './0006_search_refs';
import { migration0007 } from './0007_reminders';
import { migration0008 } from './0008_first_contact';
import { migration0009 } from './0009_reading_and_places';
import { migration0010 } from './0010_employers';
import { migration0011 } from './0011_name_keys';
import { migration0012 } from './0012_search_prefixes';
import { migration0013 } from './0013_invite_sequence';
import { migration0014 } from './0014_templates';
import { migration0015 } from './0015_company_position_keys';
import { migration0016 } from './0016_tags';
import { migration0017 } from './0017_submittals';
import { migration0018 } from './0018_offers';
import { migration0019 } from './0019_attachments';
import { migration0020 } from './0020_tasks';
import { migration0021 } from './0021_check_and_report_indexes';
import { migration0022 } from './0022_audit_without_note_text';
import { migration0023 } from './0023_search_own_letters';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** Every migration, oldest first. Versions are consecutive from 1; a test holds us to it. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
  migration0019,
  migration0020,
  migration0021,
  migration0022,
  migration0023,
];

export const LATEST_VERSION = MIGRATIONS.length;

/** Applies each pending migration in its own transaction, which also bumps user_version. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new NewerSchemaError(db.name, current, latest);
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
