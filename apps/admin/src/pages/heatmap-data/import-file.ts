import { ApiError } from '@zhaoshang/api-client';
import type { TFunction } from 'i18next';
import type { Language } from '../../services/language';

/**
 * The server takes request bodies up to 1 MiB (BODY_LIMIT_BYTES' default), and a file travels as
 * base64 inside JSON, a third larger: 750 KiB of file stays under the limit with room for the rest.
 */
export const MAX_IMPORT_FILE_BYTES = 750 * 1024;
export const BODY_LIMIT_BYTES = 1024 * 1024;
const IMPORT_TYPES = /\.(csv|xlsx)$/i;

export type FileProblem = { key: 'import.file.type' | 'import.file.empty' | 'import.file.tooLarge'; params: Record<string, string> };

/** "512 KB", "1.2 MB" in the UI language. */
export function formatBytes(bytes: number, language: Language): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}

/** What the browser can tell before anything is sent: the type, an empty file, the size limit. */
export function fileProblem(file: { name: string; size: number }, language: Language): FileProblem | null {
  if (!IMPORT_TYPES.test(file.name)) return { key: 'import.file.type', params: { name: file.name } };
  if (file.size === 0) return { key: 'import.file.empty', params: { name: file.name } };
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    return { key: 'import.file.tooLarge', params: { name: file.name, size: formatBytes(file.size, language), max: formatBytes(MAX_IMPORT_FILE_BYTES, language), limit: formatBytes(BODY_LIMIT_BYTES, language) } };
  }
  return null;
}

/** The file's bytes as base64, reporting 0 … 1 as it reads. */
export function readAsBase64(file: Blob, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onload = () => {
      onProgress(1);
      const url = String(reader.result ?? '');
      // a data URL: `data:<type>;base64,<content>`
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('file could not be read'));
    reader.readAsDataURL(file);
  });
}

/**
 * The header row the import expects, as a CSV file. The BOM makes spreadsheet programs open it
 * (and save it again) as UTF-8, which the server requires.
 */
export function templateCsv(columns: readonly string[]): Blob {
  return new Blob([`\uFEFF${columns.join(',')}\r\n`], { type: 'text/csv;charset=utf-8' });
}

/** One line of the report: where (spreadsheet row and column; null for the whole file) and why. */
export type ReportLine = { key: string; row: number | null; column: string | null; message: string };

/** Codes whose column names something the district defines (a reference code, an area). */
const CODE_COLUMNS = new Set(['industry', 'area', 'kind', 'price_unit']);

/**
 * The rejected rows of a VALIDATION_FAILED answer, in the UI language: `rows.<line>.<column>` per
 * problem, `columns.<column>` for the header, `rows` / `contentBase64` / `filename` for the file.
 * Sorted by row, then in the file's column order.
 */
export function importReport(error: ApiError, columns: readonly string[], t: TFunction): ReportLine[] {
  const lines = error.details.map((detail, index): ReportLine => {
    const params = { ...detail.params };
    const key = `${detail.field}#${index}`;
    const [head, second, third] = detail.field.split('.');
    if (head === 'rows' && second !== undefined && third !== undefined) {
      const column = third;
      let message: string;
      if (detail.code === 'duplicate' && params.line !== undefined) message = t('import.report.duplicate', { line: params.line });
      else if (detail.code === 'invalid_value' && CODE_COLUMNS.has(column)) message = t(`import.report.unknownCode.${column}`);
      else message = t(`errors:field.${detail.code}`, params);
      return { key, row: Number(second), column, message };
    }
    if (head === 'columns' && second !== undefined) {
      return { key, row: 1, column: second, message: t(detail.code === 'required' ? 'import.report.columnMissing' : 'import.report.columnUnknown', { column: second }) };
    }
    if (head === 'rows') return { key, row: null, column: null, message: detail.code === 'too_big' ? t('import.report.tooManyRows', { max: params.max ?? '' }) : t('import.report.noRows') };
    if (head === 'contentBase64') return { key, row: null, column: null, message: t(params.expected === 'UTF-8' ? 'import.report.notUtf8' : 'import.report.unreadable') };
    if (head === 'filename') return { key, row: null, column: null, message: t('import.report.wrongType') };
    return { key, row: null, column: null, message: detail.message || t(`errors:field.${detail.code}`, params) };
  });
  const order = (column: string | null) => (column === null ? -1 : columns.indexOf(column));
  return lines.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || order(a.column) - order(b.column));
}

/** Rows of the file that have at least one problem. */
export const rejectedRows = (lines: readonly ReportLine[]) => new Set(lines.filter((l) => l.row !== null && l.row > 1).map((l) => l.row)).size;

/** A rejected import: its report when the server checked the rows, else null (say the error). */
export function reportOf(error: unknown, columns: readonly string[], t: TFunction): ReportLine[] | null {
  return error instanceof ApiError && error.code === 'VALIDATION_FAILED' && error.details.length > 0 ? importReport(error, columns, t) : null;
}
