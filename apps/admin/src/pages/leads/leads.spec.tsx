import { resources } from '@zhaoshang/i18n';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { formatDateTime } from '../../services/format';
import { createFakeServer, PATHS } from '../../test/fake-server';
import { renderConsole } from '../../test/render-console';
import { buttonNamed, choose, fill } from '../../test/ui';

const en = resources.en;
const admin = en.admin;

const rows = () => screen.queryAllByTestId('lead-row');
const rowOf = (id: number) => {
  const row = rows().find((r) => r.getAttribute('data-lead-id') === String(id));
  if (!row) throw new Error(`no row for lead ${id}`);
  return row;
};
const shownIds = () => rows().map((r) => Number(r.getAttribute('data-lead-id')));

describe('lead desk', () => {
  // the route loads this page lazily: compile it once up front, so the first test's wait measures
  // the page, not the transform of its modules on a busy machine
  beforeAll(() => import('.'));

  it('lists the queue with its filters, flags overdue leads with the due time and possible duplicates', async () => {
    renderConsole(createFakeServer(), { path: '/leads', as: 'admin', language: 'en' });
    await screen.findByText('Suzuki Precision Co., Ltd.');
    expect(shownIds()).toEqual([5, 4, 3, 2, 1]);
    expect(screen.getByText(fill(admin['table.total'], { count: 5 }))).toBeTruthy();

    for (const filter of ['leads.filter.q', 'leads.filter.stage', 'leads.filter.industry', 'leads.filter.language', 'leads.filter.assignee', 'leads.filter.overdue', 'leads.filter.source']) {
      expect(screen.getByLabelText(admin[filter]!)).toBeTruthy();
    }

    // #1 waits for an answer since 8 March
    const overdue = within(rowOf(1)).getByTestId('lead-overdue');
    expect(overdue.textContent).toBe(fill(admin['leads.overdue'], { due: formatDateTime('2025-03-08T02:00:00.000Z', 'en') }));
    expect(within(rowOf(4)).queryByTestId('lead-overdue')).toBeNull();
    expect(within(rowOf(4)).getByText(fill(admin['leads.dueAt'], { due: formatDateTime('2025-03-14T05:00:00.000Z', 'en') }))).toBeTruthy();
    // #2 and #3 are the same company (same USCC)
    expect(within(rowOf(2)).getByText(admin['leads.possibleDuplicate']!)).toBeTruthy();
    expect(within(rowOf(3)).getByText(admin['leads.possibleDuplicate']!)).toBeTruthy();
    expect(within(rowOf(1)).queryByText(admin['leads.possibleDuplicate']!)).toBeNull();
    // stage, source, language and concierge in words
    expect(within(rowOf(5)).getByText(en.intents['stage.closed']!)).toBeTruthy();
    expect(within(rowOf(2)).getByText(en.intents['source.h5']!)).toBeTruthy();
    expect(within(rowOf(1)).getByText('日本語')).toBeTruthy();
    expect(within(rowOf(3)).getByText('王伟')).toBeTruthy();
  });

  it('filters on the server and keeps the filters in the address', async () => {
    const server = createFakeServer();
    const { router } = renderConsole(server, { path: '/leads', as: 'admin', language: 'en' });
    await screen.findByText('Suzuki Precision Co., Ltd.');

    await choose(admin['leads.filter.overdue']!, admin['leads.filter.overdue.true']!);
    await waitFor(() => expect(shownIds()).toEqual([1]));
    expect(router.state.location.search).toBe('?overdue=true');
    expect(server.calls(PATHS.listLeads).at(-1)?.url).toContain('overdue=true');

    await choose(admin['leads.filter.overdue']!, admin['leads.filter.overdue.false']!);
    await choose(admin['leads.filter.assignee']!, '王伟');
    await waitFor(() => expect(shownIds()).toEqual([5, 4, 3]));
    expect(new URLSearchParams(router.state.location.search).get('assigneeId')).toBe('2');

    const q = screen.getByLabelText(admin['leads.filter.q']!);
    fireEvent.change(q, { target: { value: 'health' } });
    fireEvent.keyDown(q, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(shownIds()).toEqual([4]));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('health');
  });

  it('opens a linked, filtered view as it was linked', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/leads?stage=contacted&source=h5', as: 'admin', language: 'en' });
    await screen.findByText('苏州智行科技有限公司');
    expect(shownIds()).toEqual([2]);
    const url = server.calls(PATHS.listLeads)[0]?.url ?? '';
    expect(url).toContain('stage=contacted');
    expect(url).toContain('source=h5');
    // the selects show the linked choices
    const stage = screen.getByLabelText(admin['leads.filter.stage']!).closest('.ant-select') as HTMLElement;
    expect(within(stage).getByText(en.intents['stage.contacted']!)).toBeTruthy();
  });

  it('staff see the leads of their own concierge profile only', async () => {
    renderConsole(createFakeServer(), { path: '/leads', as: 'li.na', language: 'en' });
    await screen.findByText('Suzuki Precision Co., Ltd.');
    expect(shownIds()).toEqual([2, 1]);
    // and the phone masked
    expect(within(rowOf(1)).getByText('+81 901***5678')).toBeTruthy();
  });

  it('switches to the pipeline board: a column per stage, counted by the server', async () => {
    const server = createFakeServer();
    const { router } = renderConsole(server, { path: '/leads', as: 'admin', language: 'en' });
    await screen.findByText('Suzuki Precision Co., Ltd.');
    fireEvent.click(screen.getByText(admin['leads.view.board']!));

    await waitFor(() => expect(screen.getAllByTestId('lead-board-column')).toHaveLength(7));
    expect(router.state.location.search).toBe('?view=board');
    const column = (stage: string) => screen.getAllByTestId('lead-board-column').find((c) => c.getAttribute('data-stage') === stage) as HTMLElement;
    const count = (stage: string) => within(column(stage)).getByTestId('lead-board-count').textContent;
    expect(screen.getAllByTestId('lead-board-column').map((c) => c.getAttribute('data-stage'))).toEqual(['new', 'contacted', 'negotiating', 'site_visit', 'signed', 'landed', 'closed']);
    expect([count('new'), count('contacted'), count('negotiating'), count('site_visit'), count('closed')]).toEqual(['2', '1', '1', '0', '1']);
    expect(within(column('new')).getByText('Suzuki Precision Co., Ltd.')).toBeTruthy();
    expect(within(column('new')).getByTestId('lead-overdue')).toBeTruthy();
    expect(within(column('negotiating')).getByText('Health Bridge GmbH')).toBeTruthy();
    expect(within(column('site_visit')).getByText(admin['leads.board.empty']!)).toBeTruthy();
  });

  it('exports the filtered queue as CSV and XLSX with the staff token', async () => {
    const saved: string[] = [];
    const createObjectURL = jest.fn(() => 'blob:leads');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    try {
      const server = createFakeServer();
      const { adminApi } = renderConsole(server, { path: '/leads?language=ja', as: 'admin', language: 'en' });
      await screen.findByText('Suzuki Precision Co., Ltd.');

      fireEvent.click(buttonNamed(admin['leads.export.csv']!));
      await waitFor(() => expect(saved).toEqual(['leads-20250310.csv']));
      const [csv] = server.calls(PATHS.exportLeads);
      expect(csv?.url).toBe('/api/v1/admin/leads/export?language=ja&format=csv');
      expect(csv?.headers.authorization).toBe(`Bearer ${adminApi.session.get()?.accessToken}`);
      const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
      expect(await blob.text()).toContain('Suzuki Precision Co., Ltd.');
      expect(await blob.text()).not.toContain('Health Bridge GmbH');

      fireEvent.click(buttonNamed(admin['leads.export.xlsx']!));
      await waitFor(() => expect(saved).toEqual(['leads-20250310.csv', 'leads-20250310.xlsx']));
      expect(server.calls(PATHS.exportLeads)[1]?.url).toContain('format=xlsx');
    } finally {
      click.mockRestore();
    }
  });

  it('says why an export failed, in the UI language', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/leads', as: 'admin', language: 'en' });
    await screen.findByText('Suzuki Precision Co., Ltd.');
    server.goOffline(PATHS.exportLeads);
    await act(async () => {
      fireEvent.click(buttonNamed(admin['leads.export.csv']!));
    });
    expect(await screen.findByText(en.errors.NETWORK!)).toBeTruthy();
  });
});
