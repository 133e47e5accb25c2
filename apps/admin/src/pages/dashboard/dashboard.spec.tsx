import { resources } from '@zhaoshang/i18n';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer } from '../../test/fake-server';
import { renderConsole } from '../../test/render-console';

const en = resources.en;

/** The number shown under a statistic's title. */
const valueOf = (link: HTMLElement) => link.querySelector('.ant-statistic-content')?.textContent;

describe('dashboard lead counts', () => {
  // the route loads this page lazily: compile it once up front, so the first test's wait measures
  // the page, not the transform of its modules on a busy machine
  beforeAll(() => import('.'));

  it('shows leads per stage and how many are overdue, each opening the queue filtered to it', async () => {
    const { router } = renderConsole(createFakeServer(), { path: '/dashboard', as: 'admin', language: 'en' });
    const card = await screen.findByTestId('dashboard-leads');
    const overdue = await within(card).findByTestId('dashboard-leads-overdue');
    expect(within(overdue).getByText(en.admin['dashboard.leads.overdue']!)).toBeTruthy();
    expect(valueOf(overdue)).toBe('1');
    const stages = within(card).getAllByTestId('dashboard-leads-stage');
    expect(Object.fromEntries(stages.map((s) => [s.getAttribute('data-stage'), valueOf(s)]))).toEqual({
      new: '2',
      contacted: '1',
      negotiating: '1',
      site_visit: '0',
      signed: '0',
      landed: '0',
      closed: '1',
    });
    expect(within(card).getByText(en.intents['stage.site_visit']!)).toBeTruthy();

    fireEvent.click(overdue);
    await waitFor(() => expect(router.state.location.search).toBe('?overdue=true'));
    expect(router.state.location.pathname).toBe('/leads');
  });

  it("counts a staff member's own leads only", async () => {
    renderConsole(createFakeServer(), { path: '/dashboard', as: 'li.na', language: 'en' });
    const card = await screen.findByTestId('dashboard-leads');
    await within(card).findByTestId('dashboard-leads-overdue');
    expect(within(card).getByText('2 investment intents in total')).toBeTruthy();
  });
});
