import { Column, getMetadataArgsStorage, type ColumnOptions, type ValueTransformer } from 'typeorm';

/** bigint comes back from mysql2 as a string; epoch values fit a JS number. */
export const bigintNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

/** JSON in a text column (like simple-json, but usable with a long text type). */
export const jsonText: ValueTransformer = {
  to: (value: unknown) => (value === undefined || value === null ? value : JSON.stringify(value)),
  from: (value: string | null) => (value === null || value === undefined ? value : (JSON.parse(value) as unknown)),
};

const LONG_TEXT: { target: object; propertyName: string }[] = [];

/**
 * Text that may exceed 64 KB (rich-text bodies, whole-policy snapshots). SQLite's TEXT has no
 * such limit; on MySQL/MariaDB the column becomes LONGTEXT (see useLongTextOnMysql).
 */
export function LongText(options: Omit<ColumnOptions, 'type'> = {}): PropertyDecorator {
  return (target, propertyName) => {
    LONG_TEXT.push({ target: target.constructor, propertyName: String(propertyName) });
    Column({ ...options, type: 'text' })(target, propertyName);
  };
}

/** Switches the LongText columns to LONGTEXT before a MySQL data source builds its metadata. */
export function useLongTextOnMysql(): void {
  for (const col of getMetadataArgsStorage().columns) {
    if (LONG_TEXT.some((l) => l.target === col.target && l.propertyName === col.propertyName)) col.options.type = 'longtext';
  }
}

/**
 * The new row's id from an INSERT run with `updateEntity(false)`, which skips TypeORM's read-back
 * SELECT of default columns: better-sqlite3 answers lastInsertRowid, mysql2 a result header.
 */
export function insertedId(raw: unknown): number {
  if (typeof raw === 'number' || typeof raw === 'bigint') return Number(raw);
  const id = (raw as { insertId?: number | string } | null)?.insertId;
  if (id !== undefined && Number(id) > 0) return Number(id);
  throw new Error('the insert answered no id');
}
