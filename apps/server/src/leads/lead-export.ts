import ExcelJS from 'exceljs';
import type { Language } from '@zhaoshang/contracts';
import { translate } from '@zhaoshang/i18n';

const COLUMNS = ['id', 'createdAt', 'stage', 'company', 'uscc', 'country', 'enterpriseType', 'contact', 'phone', 'email', 'language', 'industries', 'amountRange', 'spaceKind', 'spaceSize', 'source', 'assignee', 'replyDueAt', 'overdue'] as const;

const header = (language: Language) => COLUMNS.map((c) => translate(language, 'intents', `export.${c}`));

/** A cell a spreadsheet would run as a formula (=, +, -, @) is prefixed so it stays text. */
export function safeCell(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(rows: (string | number)[][], language: Language): Buffer {
  const quote = (v: string | number) => {
    const s = String(safeCell(v));
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [header(language), ...rows].map((r) => r.map(quote).join(','));
  // BOM: Excel opens UTF-8 CSV with Chinese and Japanese text correctly only with it
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function toXlsx(rows: (string | number)[][], language: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Leads');
  sheet.addRow(header(language)).font = { bold: true };
  // typed cells: a string is never read as a formula in XLSX, so no prefix is needed here
  for (const r of rows) sheet.addRow(r);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
