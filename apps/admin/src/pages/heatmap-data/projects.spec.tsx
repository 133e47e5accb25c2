import { heatmapAdminTexts, resources } from '@zhaoshang/i18n';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, PATHS, type FakeServer } from '../../test/fake-server';
import { renderConsole } from '../../test/render-console';
import { buttonNamed, choose, fill, search } from '../../test/ui';

const en = heatmapAdminTexts.en;
const zh = heatmapAdminTexts['zh-CN'];
const errorsEn = resources.en.errors;

/** The list's row of a record (its code also shows in an open drawer's title). */
const rowOf = async (code: string) => (await screen.findAllByText(code)).map((el) => el.closest('tr')).find((tr): tr is HTMLTableRowElement => tr !== null) as HTMLElement;
const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => td.textContent);

/** Opens the record's drawer from its code in the list. */
async function open(code: string) {
  fireEvent.click(await screen.findByText(code));
  return (await waitFor(() => {
    const drawer = document.querySelector<HTMLElement>('.ant-drawer-open .ant-form');
    if (!drawer) throw new Error('no drawer yet');
    return drawer.closest('.ant-drawer') as HTMLElement;
  })) as HTMLElement;
}

const type = (drawer: HTMLElement, label: string, value: string) => fireEvent.change(within(drawer).getByLabelText(label), { target: { value } });
const bodyOf = (server: FakeServer, path: (typeof PATHS)[keyof typeof PATHS]) => server.calls(path).map((r) => JSON.parse(r.body ?? 'null') as Record<string, unknown>);

describe('projects', () => {
  // compiles the lazy page before the first wait
  beforeAll(() => import('./projects'));

  it('lists projects with industry, investment in 亿元, year, area, sample tag and last change', async () => {
    renderConsole(createFakeServer(), { path: '/heatmap/projects', as: 'admin', language: 'en' });
    expect(cells(await rowOf('P-2020-001'))).toEqual([
      'P-2020-001',
      'Yangtze Delta International R&D Community, phase 1',
      'R&D',
      '35.5',
      '2020',
      'China-Japan zone',
      resources.en.common.sampleData,
      expect.stringContaining('admin'),
    ]);
    // no English name yet: the Chinese one, marked as such; not sample data
    const health = cells(await rowOf('P-2021-001'));
    expect(health[1]).toBe(`生物医药加速器${en['lang.short.zh-CN']}`);
    expect(health[6]).toBe('');
    expect(screen.getAllByText(en['column.amount']!).length).toBeGreaterThan(0);
    expect(screen.getByText(fill(resources.en.admin['table.total'], { count: 3 }))).toBeTruthy();
    expect(buttonNamed(en['projects.create']!)).toBeTruthy();
    expect(buttonNamed(en['list.import']!)).toBeTruthy();
  });

  it('searches and filters by industry and year on the server, and keeps them in the address', async () => {
    const server = createFakeServer();
    const { router } = renderConsole(server, { path: '/heatmap/projects', as: 'admin', language: 'en' });
    await rowOf('P-2020-001');
    search(screen.getByLabelText(en['list.search']!), 'culture park');
    await waitFor(() => expect(screen.queryByText('P-2020-001')).toBeNull());
    expect(screen.getByText('P-2020-002')).toBeTruthy();
    expect(server.calls(PATHS.listProjects).at(-1)?.url).toContain('q=culture%20park');

    fireEvent.click(document.querySelector('.ant-input-search .ant-input-clear-icon') as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await choose(en['filter.year']!, '2021');
    await waitFor(() => expect(screen.queryByText('P-2020-002')).toBeNull());
    expect(screen.getByText('P-2021-001')).toBeTruthy();
    expect(server.calls(PATHS.listProjects).at(-1)?.url).toContain('year=2021');
    expect(router.state.location.search).toBe('?year=2021');

    await choose(en['filter.industry']!, 'Culture');
    await waitFor(() => expect(screen.queryByText('P-2021-001')).toBeNull());
    expect(server.calls(PATHS.listProjects).at(-1)?.url).toBe('/api/v1/admin/projects?page=1&pageSize=20&industry=culture&year=2021');
  });

  it('edits the names side by side and the investment in 亿元, and saves with the version it loaded', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/heatmap/projects', as: 'admin', language: 'en' });
    const drawer = await open('P-2020-001');
    for (const language of ['简体中文', 'English', '日本語']) expect(within(drawer).getByLabelText(fill(en['field.nameIn'], { language }))).toBeTruthy();
    expect(within(drawer).getByText(fill(en['field.amount.inWan'], { wan: '355,000' }))).toBeTruthy();

    type(drawer, fill(en['field.nameIn'], { language: 'English' }), 'Yangtze Delta International R&D Community');
    type(drawer, en['field.amount']!, '40.25');
    expect(await within(drawer).findByText(fill(en['field.amount.inWan'], { wan: '402,500' }))).toBeTruthy();
    fireEvent.click(buttonNamed(en['editor.save']!, drawer));

    expect(await screen.findByText(en['editor.saved']!)).toBeTruthy();
    expect(bodyOf(server, PATHS.updateProject)).toEqual([expect.objectContaining({ version: 1, amount: 40.25, names: expect.objectContaining({ en: 'Yangtze Delta International R&D Community' }) })]);
    expect(server.heatmap.projects().find((p) => p.code === 'P-2020-001')).toMatchObject({ version: 2, amount: 40.25 });
    expect(await within(drawer).findByText(/^Version 2 · saved .+ by admin$/)).toBeTruthy();
    // the list shows the new name
    const row = await rowOf('P-2020-001');
    await waitFor(() => expect(within(row).getByText('Yangtze Delta International R&D Community')).toBeTruthy());
  });

  it('says when someone else saved first, and keeps the user\'s edits on top of their version', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/heatmap/projects', as: 'admin', language: 'en' });
    const drawer = await open('P-2020-001');
    server.heatmap.editProjectElsewhere('P-2020-001', { year: 2019, amount: 30 });

    type(drawer, en['field.amount']!, '41');
    fireEvent.click(buttonNamed(en['editor.save']!, drawer));
    const alert = await within(drawer).findByText(errorsEn.CONFLICT!);
    expect(alert).toBeTruthy();
    expect(within(drawer).getByText(en['editor.conflict.description']!)).toBeTruthy();
    // nothing was overwritten
    expect(server.heatmap.projects().find((p) => p.code === 'P-2020-001')).toMatchObject({ version: 2, amount: 30, year: 2019 });

    fireEvent.click(buttonNamed(en['editor.conflict.reapply']!, drawer));
    await waitFor(() => expect((within(drawer).getByLabelText(en['field.year']!) as HTMLInputElement).value).toBe('2019'));
    expect((within(drawer).getByLabelText(en['field.amount']!) as HTMLInputElement).value).toBe('41');
    // both changed the investment: the user's value is kept and named
    expect(within(drawer).getByText(en['field.amount']!, { selector: '.ant-alert *' })).toBeTruthy();

    fireEvent.click(buttonNamed(en['editor.save']!, drawer));
    expect(await screen.findByText(en['editor.saved']!)).toBeTruthy();
    expect(bodyOf(server, PATHS.updateProject).at(-1)).toMatchObject({ version: 2, amount: 41, year: 2019 });
    expect(server.heatmap.projects().find((p) => p.code === 'P-2020-001')).toMatchObject({ version: 3, amount: 41, year: 2019 });
  });

  it('checks fields before sending and shows the server\'s field errors on the fields', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/heatmap/projects', as: 'admin', language: 'en' });
    await rowOf('P-2020-001');
    fireEvent.click(buttonNamed(en['projects.create']!));
    const drawer = (await screen.findByText(en['projects.new']!, { selector: '.ant-drawer-title' })).closest('.ant-drawer') as HTMLElement;

    type(drawer, en['field.code']!, 'P-2020-001');
    type(drawer, fill(en['field.nameIn'], { language: '简体中文' }), '新项目');
    await choose(en['field.industry']!, 'Health', drawer);
    type(drawer, en['field.amount']!, '2.5');
    type(drawer, en['field.lat']!, '131.4');
    type(drawer, en['field.lng']!, '120.6');
    fireEvent.click(buttonNamed(en['editor.save']!, drawer));
    // the schema's own rule, in the UI language; nothing sent
    expect(await within(drawer).findByText(fill(errorsEn['field.too_big'], { max: 90 }))).toBeTruthy();
    expect(server.calls(PATHS.createProject)).toHaveLength(0);

    // pasting "lat, lng" as copied from a map fills both
    fireEvent.paste(within(drawer).getByLabelText(en['field.lat']!), { clipboardData: { getData: () => '31.4321, 120.5853' } });
    await waitFor(() => expect((within(drawer).getByLabelText(en['field.lng']!) as HTMLInputElement).value).toBe('120.5853'));
    fireEvent.click(buttonNamed(en['editor.save']!, drawer));
    // the code is taken: the server says so, on the code field
    expect(await within(drawer).findByText(errorsEn['field.duplicate']!)).toBeTruthy();
    expect(bodyOf(server, PATHS.createProject)).toEqual([expect.objectContaining({ code: 'P-2020-001', lat: 31.4321, lng: 120.5853, amount: 2.5, industry: 'health', names: { 'zh-CN': '新项目' } })]);

    type(drawer, en['field.code']!, 'P-2025-009');
    fireEvent.click(buttonNamed(en['editor.save']!, drawer));
    expect(await screen.findByText(en['editor.created']!)).toBeTruthy();
    expect(server.heatmap.projects().find((p) => p.code === 'P-2025-009')).toMatchObject({ version: 1, year: new Date().getFullYear(), sample: false, updatedBy: 'admin' });
    // the drawer now edits the new project: its next save is an update of version 1
    type(drawer, en['field.amount']!, '3');
    fireEvent.click(buttonNamed(en['editor.save']!, drawer));
    expect(await screen.findByText(en['editor.saved']!)).toBeTruthy();
    expect(bodyOf(server, PATHS.updateProject)).toEqual([expect.objectContaining({ code: 'P-2025-009', version: 1, amount: 3 })]);
  });

  it('deletes with the version it loaded, and refuses when the project changed meanwhile', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/heatmap/projects', as: 'admin', language: 'en' });
    let drawer = await open('P-2020-002');
    server.heatmap.editProjectElsewhere('P-2020-002', { amount: 1 });
    fireEvent.click(buttonNamed(en['editor.delete']!, drawer));
    fireEvent.click(buttonNamed(en['editor.delete']!, document.querySelector('.ant-popconfirm') as HTMLElement));
    expect(await within(drawer).findByText(errorsEn.CONFLICT!)).toBeTruthy();
    expect(server.heatmap.projects().some((p) => p.code === 'P-2020-002')).toBe(true);

    fireEvent.click(buttonNamed(en['editor.conflict.discard']!, drawer));
    await waitFor(() => expect((within(drawer).getByLabelText(en['field.amount']!) as HTMLInputElement).value).toBe('1'));
    drawer = document.querySelector('.ant-drawer-open') as HTMLElement;
    fireEvent.click(buttonNamed(en['editor.delete']!, drawer));
    fireEvent.click(buttonNamed(en['editor.delete']!, [...document.querySelectorAll<HTMLElement>('.ant-popconfirm')].at(-1) as HTMLElement));
    expect(await screen.findByText(en['editor.deleted']!)).toBeTruthy();
    expect(server.calls(PATHS.deleteProject).map((r) => r.url)).toEqual(['/api/v1/admin/projects/2?version=1', '/api/v1/admin/projects/2?version=2']);
    await waitFor(() => expect(screen.queryByText('P-2020-002')).toBeNull());
  });

  it('lets staff read projects but not change or import them, in Chinese', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/heatmap/projects', as: 'li.na', language: 'zh-CN' });
    expect(cells(await rowOf('P-2020-001'))[1]).toBe('长三角国际研发社区启动区');
    expect(screen.getByText(zh['projects.readOnly']!)).toBeTruthy();
    expect(screen.getAllByText(zh['column.amount']!).length).toBeGreaterThan(0);
    expect(screen.queryByText(zh['projects.create']!)).toBeNull();
    expect(screen.queryByText(zh['list.import']!)).toBeNull();

    const drawer = await open('P-2020-001');
    expect((within(drawer).getByLabelText(zh['field.amount']!) as HTMLInputElement).disabled).toBe(true);
    expect(within(drawer).queryByText(zh['editor.save']!)).toBeNull();
    expect(within(drawer).queryByText(zh['editor.delete']!)).toBeNull();
    expect(within(drawer).getByText(zh['field.location.help']!)).toBeTruthy();
  });
});
