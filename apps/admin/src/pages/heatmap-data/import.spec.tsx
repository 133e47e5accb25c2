import { PROJECT_IMPORT_COLUMNS } from '@zhaoshang/contracts';
import { heatmapAdminTexts, resources } from '@zhaoshang/i18n';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { csvFile } from '../../test/factories/heatmap';
import { createFakeServer, PATHS, type FakeServer } from '../../test/fake-server';
import { installFakeXhr } from '../../test/fake-xhr';
import { renderConsole } from '../../test/render-console';
import { buttonNamed, fill } from '../../test/ui';

const en = heatmapAdminTexts.en;
const ja = heatmapAdminTexts.ja;
const zh = heatmapAdminTexts['zh-CN'];

const HEADER = ['code', 'name_zh', 'name_en', 'industry', 'amount', 'year', 'lat', 'lng', 'area'];
const good = () =>
  csvFile('projects.csv', [
    HEADER,
    ['IMP-1', '导入项目一', 'Imported one', 'rnd', '3.5', '2021', '31.45', '120.6', 'cjz'],
    ['P-2020-002', '数字文化产业园', 'Digital culture park, phase 2', 'culture', '20', '2022', '31.46', '120.61', ''],
  ]);

let xhr: ReturnType<typeof installFakeXhr>;
afterEach(() => xhr.restore());

/** The projects page with its import drawer open, as an admin. */
async function openImport(server: FakeServer, language: 'en' | 'ja' | 'zh-CN', texts: Record<string, string>) {
  xhr = installFakeXhr(server.transport);
  const view = renderConsole(server, { path: '/heatmap/projects', as: 'admin', language });
  await screen.findByText('P-2020-001');
  fireEvent.click(buttonNamed(texts['list.import']!));
  const drawer = (await screen.findByText(texts['projects.import.title']!)).closest('.ant-drawer') as HTMLElement;
  return { ...view, drawer };
}

function pick(drawer: HTMLElement, file: File) {
  fireEvent.change(drawer.querySelector('input[type=file]') as HTMLInputElement, { target: { files: [file] } });
}

/** jsdom's Blob has no text(); FileReader keeps the BOM when decoding by hand. */
const textOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });

const importCalls = (server: FakeServer) => server.calls(PATHS.importProjects).map((r) => JSON.parse(r.body ?? '{}') as { filename: string; contentBase64: string; dryRun: boolean });

describe('bulk import of projects', () => {
  beforeAll(() => import('./projects'));

  it('checks the file first and lists each rejected row with its column and why; nothing is written', async () => {
    const server = createFakeServer();
    const { drawer } = await openImport(server, 'en', en);
    const before = server.heatmap.projects();
    pick(
      drawer,
      csvFile('projects.csv', [
        HEADER,
        ['IMP-1', '导入项目一', 'Imported one', 'rnd', '3.5', '2021', '31.45', '120.6', 'cjz'],
        ['IMP-2', '导入项目二', '', 'steel', 'lots', '2021', '31.45', '120.6', ''],
        ['IMP-3', '导入项目三', '', 'health', '1', '2021', '95', '120.6', ''],
        ['IMP-1', '导入项目四', '', 'health', '1', '2021', '31.45', '120.6', 'atlantis'],
      ]),
    );
    // nothing is sent until the user asks for the check
    expect(importCalls(server)).toHaveLength(0);
    expect(buttonNamed(en['import.run']!).disabled).toBe(true);
    fireEvent.click(buttonNamed(en['import.check']!));

    const report = await within(drawer).findByLabelText(en['import.report.label']!);
    const lines = [...report.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(lines).toEqual([
      ['3', 'amount', resources.en.errors['field.invalid_type']],
      ['4', 'lat', fill(resources.en.errors['field.too_big'], { max: 90 })],
      ['5', 'code', fill(en['import.report.duplicate'], { line: 2 })],
      ['5', 'area', en['import.report.unknownCode.area']],
    ]);
    expect(within(drawer).getByText(fill(en['import.rejected'], { problems: 4, rows: 3 }))).toBeTruthy();
    expect(importCalls(server)).toEqual([expect.objectContaining({ filename: 'projects.csv', dryRun: true })]);
    expect(buttonNamed(en['import.run']!).disabled).toBe(true);
    expect(server.heatmap.projects()).toEqual(before);
  });

  it('says what is wrong with the header or the file, in Japanese', async () => {
    const server = createFakeServer();
    const { drawer } = await openImport(server, 'ja', ja);
    pick(drawer, csvFile('projects.csv', [['code', 'name_zh', 'colour'], ['X', 'x', 'red']]));
    fireEvent.click(buttonNamed(ja['import.check']!));
    const report = await within(drawer).findByLabelText(ja['import.report.label']!);
    const text = report.textContent ?? '';
    expect(text).toContain(fill(ja['import.report.columnUnknown'], { column: 'colour' }));
    expect(text).toContain(fill(ja['import.report.columnMissing'], { column: 'amount' }));
    expect(text).toContain(ja['import.report.header']);

    // an XLSX file that is not one: sent as it is, refused by the server as unreadable
    const bytes = new Uint8Array([0x6e, 0x6f, 0x74, 0x20, 0x78, 0x6c, 0x73, 0x78]);
    pick(drawer, new File([bytes], 'projects.xlsx'));
    fireEvent.click(buttonNamed(ja['import.check']!));
    expect(await within(drawer).findByText(ja['import.report.unreadable']!)).toBeTruthy();
    const sent = importCalls(server).at(-1);
    expect(sent).toMatchObject({ filename: 'projects.xlsx', contentBase64: btoa('not xlsx'), dryRun: true });
  });

  it('imports a checked file with a progress bar through reading, uploading and the server, then shows the rows', async () => {
    const server = createFakeServer();
    const { drawer } = await openImport(server, 'en', en);
    pick(drawer, good());
    fireEvent.click(buttonNamed(en['import.check']!));
    expect(await within(drawer).findByText(fill(en['import.checked'], { rows: 2, created: 1, updated: 1 }))).toBeTruthy();
    expect(server.heatmap.projects().some((p) => p.code === 'IMP-1')).toBe(false);

    xhr.pause();
    fireEvent.click(buttonNamed(fill(en['import.run.count'], { rows: 2 })));
    // the upload is done and the server is working: the bar waits near its end
    expect(await within(drawer).findByText(en['import.phase.processing']!)).toBeTruthy();
    const bar = within(drawer).getByRole('progressbar');
    expect(Number(bar.getAttribute('aria-valuenow'))).toBe(90);
    xhr.resume();
    expect(await within(drawer).findByText(fill(en['import.done'], { rows: 2, created: 1, updated: 1 }))).toBeTruthy();
    await waitFor(() => expect(within(drawer).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100'));

    const calls = importCalls(server);
    expect(calls.map((c) => c.dryRun)).toEqual([true, false]);
    // the file was read once and sent twice, byte for byte
    expect(calls[1]?.contentBase64).toBe(calls[0]?.contentBase64);
    expect(server.heatmap.projects().find((p) => p.code === 'P-2020-002')).toMatchObject({ year: 2022, amount: 20, version: 2, updatedBy: 'admin' });

    fireEvent.click(drawer.querySelector('.ant-drawer-close') as HTMLElement);
    expect(await screen.findByText('Imported one')).toBeTruthy();
    expect(screen.getByText('Digital culture park, phase 2')).toBeTruthy();
  });

  it('says a failed import changed nothing, with the rows the server refused', async () => {
    const server = createFakeServer();
    const { drawer } = await openImport(server, 'en', en);
    pick(drawer, good());
    fireEvent.click(buttonNamed(en['import.check']!));
    await within(drawer).findByText(fill(en['import.checked'], { rows: 2, created: 1, updated: 1 }));
    const before = server.heatmap.projects();

    // between the check and the import, an admin retires the culture industry
    server.heatmap.retireIndustry('culture');
    fireEvent.click(buttonNamed(fill(en['import.run.count'], { rows: 2 })));
    expect(await within(drawer).findByText(fill(en['import.failed'], { problems: 1, rows: 1 }))).toBeTruthy();
    const report = within(drawer).getByLabelText(en['import.report.label']!);
    expect(report.querySelector('tbody tr')?.textContent).toBe(`3industry${en['import.report.unknownCode.industry']}`);
    expect(server.heatmap.projects()).toEqual(before);
  });

  it('says it cannot know whether an import went through when no answer came back', async () => {
    const server = createFakeServer();
    const { drawer } = await openImport(server, 'zh-CN', zh);
    pick(drawer, good());
    fireEvent.click(buttonNamed(zh['import.check']!));
    await within(drawer).findByText(fill(zh['import.checked'], { rows: 2, created: 1, updated: 1 }));
    server.goOffline(PATHS.importProjects);
    fireEvent.click(buttonNamed(fill(zh['import.run.count'], { rows: 2 })));
    expect(await within(drawer).findByText(zh['import.failed.unknown']!)).toBeTruthy();
    expect(within(drawer).getByText(resources['zh-CN'].errors.NETWORK!)).toBeTruthy();
  });

  it('checks type and size in the browser and explains the 1 MiB limit, in Chinese', async () => {
    const server = createFakeServer();
    const { drawer } = await openImport(server, 'zh-CN', zh);
    pick(drawer, new File(['x'.repeat(800 * 1024)], 'big.csv', { type: 'text/csv' }));
    expect(await within(drawer).findByText(fill(zh['import.file.tooLarge'], { name: 'big.csv', size: '800 KB', max: '750 KB', limit: '1 MB' }))).toBeTruthy();
    expect(buttonNamed(zh['import.check']!).disabled).toBe(true);

    pick(drawer, new File(['%PDF'], 'projects.pdf'));
    expect(await within(drawer).findByText(fill(zh['import.file.type'], { name: 'projects.pdf' }))).toBeTruthy();
    pick(drawer, new File([], 'empty.csv'));
    expect(await within(drawer).findByText(fill(zh['import.file.empty'], { name: 'empty.csv' }))).toBeTruthy();
    expect(importCalls(server)).toHaveLength(0);
  });

  it('offers the CSV template with the header row the import expects', async () => {
    const createObjectURL = jest.fn((_: Blob) => 'blob:template');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const saved: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const { drawer } = await openImport(createFakeServer(), 'en', en);
    fireEvent.click(buttonNamed(en['import.template']!));
    click.mockRestore();
    expect(saved).toEqual(['projects-template.csv']);
    // with a BOM, so spreadsheet programs open and save it as UTF-8
    expect(await textOf(createObjectURL.mock.calls[0]?.[0] as Blob)).toBe(`\uFEFF${PROJECT_IMPORT_COLUMNS.join(',')}\r\n`);
    // every column is explained
    fireEvent.click(within(drawer).getByText(fill(en['import.columns'], { n: PROJECT_IMPORT_COLUMNS.length })));
    expect(await within(drawer).findByText(en['import.column.amount']!)).toBeTruthy();
    expect(within(drawer).getByText(fill(en['import.columns.codes'], { codes: 'rnd, culture, health' }))).toBeTruthy();
  });

  it('renews an expired session and sends the file again', async () => {
    const server = createFakeServer();
    const { drawer } = await openImport(server, 'en', en);
    server.expireAccessTokens();
    pick(drawer, good());
    fireEvent.click(buttonNamed(en['import.check']!));
    expect(await within(drawer).findByText(fill(en['import.checked'], { rows: 2, created: 1, updated: 1 }))).toBeTruthy();
    expect(server.calls(PATHS.refresh)).toHaveLength(1);
    expect(importCalls(server)).toHaveLength(2);
  });
});
