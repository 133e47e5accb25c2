import { heatmapAdminTexts, resources } from '@zhaoshang/i18n';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { csvFile } from '../../test/factories/heatmap';
import { createFakeServer, PATHS } from '../../test/fake-server';
import { installFakeXhr } from '../../test/fake-xhr';
import { renderConsole } from '../../test/render-console';
import { buttonNamed, choose, fill } from '../../test/ui';

const ja = heatmapAdminTexts.ja;
const en = heatmapAdminTexts.en;

const rowOf = async (code: string) => (await screen.findAllByText(code)).map((el) => el.closest('tr')).find((tr): tr is HTMLTableRowElement => tr !== null) as HTMLElement;
const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => td.textContent);

describe('premises', () => {
  // compiles the lazy page before the first wait
  beforeAll(() => import('./premises'));

  it('lists premises with kind, space, price and the date the figures were checked, in Japanese', async () => {
    renderConsole(createFakeServer(), { path: '/heatmap/premises', as: 'admin', language: 'ja' });
    expect(cells(await rowOf('PR-001')).slice(0, 8)).toEqual([
      'PR-001',
      // no Japanese name: the English one, marked as such
      `China-Japan zone standard factory A${ja['lang.short.en']}`,
      ja['kind.factory'],
      'China-Japan zone',
      '5,000 / 8,000',
      `25–30 ${ja['priceUnit.short.cny_per_m2_month']}`,
      '2024-03-01',
      resources.ja.common.sampleData,
    ]);
    expect(cells(await rowOf('PR-002')).slice(2, 6)).toEqual([ja['kind.land'], 'China-Japan zone', '60,000 / 60,000', `45–50 ${ja['priceUnit.short.cny_10k_per_mu']}`]);
  });

  it('filters by kind on the server', async () => {
    const server = createFakeServer();
    const { router } = renderConsole(server, { path: '/heatmap/premises', as: 'admin', language: 'en' });
    await rowOf('PR-001');
    await choose(en['filter.kind']!, en['kind.land']!);
    await waitFor(() => expect(screen.queryByText('PR-001')).toBeNull());
    expect(screen.getByText('PR-002')).toBeTruthy();
    expect(server.calls(PATHS.listPremises).at(-1)?.url).toContain('kind=land');
    expect(router.state.location.search).toBe('?kind=land');
  });

  it('checks space and prices against each other before saving, and saves the rest as typed', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/heatmap/premises', as: 'admin', language: 'ja' });
    fireEvent.click(await screen.findByText('PR-001'));
    const drawer = (await waitFor(() => document.querySelector<HTMLElement>('.ant-drawer-open .ant-form')?.closest('.ant-drawer') ?? Promise.reject(new Error('no drawer')))) as HTMLElement;
    const field = (label: string) => within(drawer).getByLabelText(label) as HTMLInputElement;
    expect(field(ja['field.totalArea']!).value).toBe('8000');

    fireEvent.change(field(ja['field.availableArea']!), { target: { value: '9000' } });
    fireEvent.change(field(ja['field.priceMin']!), { target: { value: '35' } });
    fireEvent.click(buttonNamed(ja['editor.save']!, drawer));
    expect(await within(drawer).findByText(fill(resources.ja.errors['field.too_big'], { max: 8000 }))).toBeTruthy();
    expect(within(drawer).getByText(fill(resources.ja.errors['field.too_small'], { min: 35 }))).toBeTruthy();
    expect(server.calls(PATHS.updatePremises)).toHaveLength(0);

    fireEvent.change(field(ja['field.availableArea']!), { target: { value: '4500' } });
    fireEvent.change(field(ja['field.priceMax']!), { target: { value: '38' } });
    fireEvent.change(field(fill(ja['field.nameIn'], { language: '日本語' })), { target: { value: '中日協力区 標準工場 A' } });
    fireEvent.change(field(ja['field.lastUpdated']!), { target: { value: '2025-03-01' } });
    await waitFor(() => expect(within(drawer).queryByText(fill(resources.ja.errors['field.too_big'], { max: 8000 }))).toBeNull());
    fireEvent.click(buttonNamed(ja['editor.save']!, drawer));
    expect(await screen.findByText(ja['editor.saved']!)).toBeTruthy();
    expect(server.heatmap.premises().find((p) => p.code === 'PR-001')).toMatchObject({
      version: 2,
      availableArea: 4500,
      priceMin: 35,
      priceMax: 38,
      lastUpdated: '2025-03-01',
      names: { 'zh-CN': '中日合作区标准厂房 A', en: 'China-Japan zone standard factory A', ja: '中日協力区 標準工場 A' },
      photos: ['https://example.com/factory-a.jpg'],
    });
  });

  it('imports premises with the same check-then-import machinery, in Japanese', async () => {
    const server = createFakeServer();
    const xhr = installFakeXhr(server.transport);
    try {
      renderConsole(server, { path: '/heatmap/premises', as: 'admin', language: 'ja' });
      await rowOf('PR-001');
      fireEvent.click(buttonNamed(ja['list.import']!));
      const drawer = (await screen.findByText(ja['premises.import.title']!)).closest('.ant-drawer') as HTMLElement;
      const pick = (rows: (string | number)[][]) => fireEvent.change(drawer.querySelector('input[type=file]') as HTMLInputElement, { target: { files: [csvFile('premises.csv', rows)] } });
      const header = ['code', 'kind', 'name_zh', 'lat', 'lng', 'total_area', 'available_area', 'price_unit', 'last_updated'];
      pick([header, ['PR-9', 'office', '相城金融港', 31.43, 120.6, 100, 500, 'cny_per_m2_month', '2025-01-31'], ['PR-10', 'office', '相城金融港二期', 31.43, 120.6, 100, 50, 'per_day', '2025-01-31']]);
      fireEvent.click(buttonNamed(ja['import.check']!));
      const report = await within(drawer).findByLabelText(ja['import.report.label']!);
      expect([...report.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual([
        `2available_area${fill(resources.ja.errors['field.too_big'], { max: 100 })}`,
        `3price_unit${ja['import.report.unknownCode.price_unit']}`,
      ]);

      pick([header, ['PR-9', 'office', '相城金融港', 31.43, 120.6, 1000, 500, 'cny_per_m2_month', '2025-01-31']]);
      fireEvent.click(buttonNamed(ja['import.check']!));
      await within(drawer).findByText(fill(ja['import.checked'], { rows: 1, created: 1, updated: 0 }));
      fireEvent.click(buttonNamed(fill(ja['import.run.count'], { rows: 1 })));
      expect(await within(drawer).findByText(fill(ja['import.done'], { rows: 1, created: 1, updated: 0 }))).toBeTruthy();
      expect(server.heatmap.premises().find((p) => p.code === 'PR-9')).toMatchObject({ kind: 'office', availableArea: 500, priceUnit: 'cny_per_m2_month', lastUpdated: '2025-01-31', updatedBy: 'admin' });
    } finally {
      xhr.restore();
    }
  });
});
