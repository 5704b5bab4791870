import { randomUUID } from 'node:crypto';
import { statement, type Db } from './connection';

/** How one entity maps onto its table. Column names are static: values only ever travel as placeholders. */
export interface TableSpec<Fields extends object> {
  table: string;
  entity: string;
  columns: { [K in keyof Fields]-?: string };
  /** Append-only tables (the contact log) have created_at but no updated_at. */
  appendOnly?: boolean;
  /**
   * Free text that may name people (a note to a client): its audit entry says that it was set or changed, never
   * what it says, so erasing someone leaves no copy of their name in the history of a record that is not theirs.
   */
  textNotAudited?: readonly (keyof Fields & string)[];
}

type Value = string | number | null;
/** What an audit entry records of each field: its value, `[before, after]`, or `true` for text set or changed unread. */
export type Changes = Record<string, Value | [Value, Value] | true>;

function toValue(value: unknown): Value {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new TypeError(`Cannot store a value of type ${typeof value}`);
}

export function writeAudit(
  db: Db,
  at: string,
  entity: string,
  entityId: string,
  action: 'create' | 'update' | 'delete',
  changes: Changes,
): void {
  statement(db, 'INSERT INTO audit_log (at, entity, entity_id, action, changes) VALUES (?, ?, ?, ?, ?)').run(
    at,
    entity,
    entityId,
    action,
    JSON.stringify(changes),
  );
}

/** Inserts a row with a new id and audits it. Call inside a transaction. */
export function insertRecord<F extends object>(
  db: Db,
  spec: TableSpec<F>,
  fields: F,
  now: string,
  extra: Record<string, Value> = {},
): string {
  const id = randomUUID();
  const changes: Changes = {};
  const columns = spec.appendOnly ? ['id', 'created_at'] : ['id', 'created_at', 'updated_at'];
  const values: Value[] = spec.appendOnly ? [id, now] : [id, now, now];
  for (const key of Object.keys(spec.columns) as (keyof F & string)[]) {
    const value = toValue(fields[key]);
    columns.push(spec.columns[key]);
    values.push(value);
    if (value !== null) changes[key] = spec.textNotAudited?.includes(key) ? true : value;
  }
  for (const [column, value] of Object.entries(extra)) {
    columns.push(column);
    values.push(value);
    changes[column] = value;
  }
  statement(db, `INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
    ...values,
  );
  writeAudit(db, now, spec.entity, id, 'create', changes);
  return id;
}

/**
 * Applies the fields of `patch` that differ from the stored row and audits what changed, as
 * `{ field: [before, after] }`. Returns false when there is no such row. Call inside a transaction.
 */
export function updateRecord<F extends object>(
  db: Db,
  spec: TableSpec<F>,
  id: string,
  patch: Partial<F>,
  now: string,
): boolean {
  const current = db.prepare(`SELECT * FROM ${spec.table} WHERE id = ?`).get(id) as Record<string, Value> | undefined;
  if (!current) return false;
  const changes: Changes = {};
  const sets: string[] = [];
  const values: Value[] = [];
  for (const key of Object.keys(patch) as (keyof F & string)[]) {
    if (!(key in spec.columns) || patch[key] === undefined) continue;
    const column = spec.columns[key];
    const next = toValue(patch[key]);
    const before = current[column] ?? null;
    if (before === next) continue;
    sets.push(`${column} = ?`);
    values.push(next);
    changes[key] = spec.textNotAudited?.includes(key) ? true : [before, next];
  }
  if (sets.length === 0) return true;
  db.prepare(`UPDATE ${spec.table} SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`).run(...values, now, id);
  writeAudit(db, now, spec.entity, id, 'update', changes);
  return true;
}

/** Replaces the set of ids linked to `ownerId` in a join table, auditing the change on the owner. */
export function replaceLinks(
  db: Db,
  link: { table: string; ownerColumn: string; memberColumn: string; entity: string; field: string },
  ownerId: string,
  memberIds: readonly string[],
  now: string,
): void {
  const before = (
    db
      .prepare(`SELECT ${link.memberColumn} AS id FROM ${link.table} WHERE ${link.ownerColumn} = ? ORDER BY 1`)
      .all(ownerId) as { id: string }[]
  ).map((r) => r.id);
  const after = [...new Set(memberIds)].sort();
  if (before.join('\n') === after.join('\n')) return;
  db.prepare(`DELETE FROM ${link.table} WHERE ${link.ownerColumn} = ?`).run(ownerId);
  const insert = db.prepare(`INSERT INTO ${link.table} (${link.ownerColumn}, ${link.memberColumn}) VALUES (?, ?)`);
  for (const memberId of after) insert.run(ownerId, memberId);
  writeAudit(db, now, link.entity, ownerId, 'update', { [link.field]: [before.join(','), after.join(',')] });
}

/**
 * A WHERE clause matching every given column to its value, skipping filters left empty.
 * Column expressions are static; values become placeholders.
 */
export function whereEquals(filters: Record<string, string | undefined>): { clause: string; params: string[] } {
  const set = Object.entries(filters).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
  );
  return {
    clause: set.length ? `WHERE ${set.map(([column]) => `${column} = ?`).join(' AND ')}` : '',
    params: set.map(([, value]) => value),
  };
}
