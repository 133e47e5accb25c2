import { ApiError } from '@zhaoshang/api-client';
import { PREMISES_IMPORT_COLUMNS } from '@zhaoshang/contracts';
import { heatmapAdminTexts, resources } from '@zhaoshang/i18n';
import { addTexts, createI18n } from '../../services/language';
import { fileProblem, importReport, MAX_IMPORT_FILE_BYTES, rejectedRows } from './import-file';

const validation = (details: { field: string; code: string; params?: Record<string, string | number> }[]) =>
  new ApiError(400, { code: 'VALIDATION_FAILED', message: '', details: details.map((d) => ({ ...d, message: 'server text' })) as never });

function tIn(language: 'en' | 'ja') {
  const i18n = createI18n(language);
  addTexts(i18n, 'heatmap-admin', heatmapAdminTexts);
  return i18n.getFixedT(language, 'heatmap-admin');
}

describe('import report', () => {
  it('puts each problem on its spreadsheet row and column, in file order, with a message in the UI language', () => {
    const t = tIn('en');
    const lines = importReport(
      validation([
        { field: 'rows.7.last_updated', code: 'invalid_format', params: { row: 7, column: 'last_updated' } },
        { field: 'rows.3.price_unit', code: 'invalid_value', params: { row: 3, column: 'price_unit' } },
        { field: 'rows.3.kind', code: 'invalid_value', params: { row: 3, column: 'kind' } },
        { field: 'rows.7.code', code: 'duplicate', params: { row: 7, column: 'code', line: 2 } },
        { field: 'rows.3.available_area', code: 'too_big', params: { row: 3, column: 'available_area', max: 100 } },
      ]),
      PREMISES_IMPORT_COLUMNS,
      t,
    );
    expect(lines.map(({ row, column, message }) => [row, column, message])).toEqual([
      [3, 'kind', heatmapAdminTexts.en['import.report.unknownCode.kind']],
      [3, 'available_area', 'Must be at most 100.'],
      [3, 'price_unit', heatmapAdminTexts.en['import.report.unknownCode.price_unit']],
      [7, 'code', 'The same code is already in row 2.'],
      [7, 'last_updated', 'The format is not valid.'],
    ]);
    expect(rejectedRows(lines)).toBe(2);
  });

  it('says what is wrong with the file as a whole, first', () => {
    const t = tIn('ja');
    const lines = importReport(
      validation([
        { field: 'rows.2.lat', code: 'required', params: { row: 2, column: 'lat' } },
        { field: 'contentBase64', code: 'invalid_format', params: { expected: 'UTF-8' } },
        { field: 'rows', code: 'too_big', params: { max: 20000 } },
      ]),
      PREMISES_IMPORT_COLUMNS,
      t,
    );
    expect(lines.map((l) => [l.row, l.message])).toEqual([
      [null, heatmapAdminTexts.ja['import.report.notUtf8']],
      [null, '20000 行を超えています。小さなファイルに分けてください。'],
      [2, resources.ja.errors['field.required']],
    ]);
    expect(rejectedRows(lines)).toBe(1);
  });
});

describe('file checks before sending', () => {
  it('takes CSV and XLSX files up to the size a 1 MiB request can carry', () => {
    expect(fileProblem({ name: 'p.CSV', size: MAX_IMPORT_FILE_BYTES }, 'en')).toBeNull();
    expect(fileProblem({ name: 'p.xlsx', size: 10 }, 'en')).toBeNull();
    // base64 makes it a third larger: the largest file still fits the body limit with room for the JSON around it
    expect(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4 + 300).toBeLessThan(1024 * 1024);
    expect(fileProblem({ name: 'p.csv', size: MAX_IMPORT_FILE_BYTES + 1 }, 'en')).toMatchObject({ key: 'import.file.tooLarge', params: { max: '750 KB', limit: '1 MB' } });
    expect(fileProblem({ name: 'p.xls', size: 10 }, 'en')?.key).toBe('import.file.type');
    expect(fileProblem({ name: 'p.csv', size: 0 }, 'en')?.key).toBe('import.file.empty');
  });
});
