import ExcelJS from 'exceljs';

/** A sheet as rows of text cells; `line` is the row number a spreadsheet shows (header = 1). */
export type SheetRow = { line: number; cells: string[] };
export type Sheet = { header: string[]; rows: SheetRow[] };

/** RFC 4180 CSV: commas, double-quoted fields with "" escapes, CRLF or LF; a UTF-8 BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('text' in value) return String((value as ExcelJS.CellHyperlinkValue).text);
    return '';
  }
  return String(value);
}

/** The first worksheet of an XLSX file as text rows; throws on a file that is not XLSX. */
export async function readXlsx(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows[number - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/** Header (lower-cased, trimmed) and the non-empty rows below it, each with its line number. */
export function toSheet(table: string[][]): Sheet {
  const [head = [], ...body] = table;
  return {
    header: head.map((h) => h.trim().toLowerCase()),
    rows: body.flatMap((cells, i) => (cells.some((c) => c.trim() !== '') ? [{ line: i + 2, cells: cells.map((c) => c.trim()) }] : [])),
  };
}
