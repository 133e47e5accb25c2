import { resources } from '@zhaoshang/i18n';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, PATHS } from '../../test/fake-server';
import { renderConsole } from '../../test/render-console';

const en = resources.en.admin;

describe('audit log page', () => {
  // the route loads this page lazily: compile it once up front, so the first test's wait measures
  // the page, not the transform of its modules on a busy machine
  beforeAll(() => import('.'));

  it('shows every sign-in attempt, failed ones too, and filters by action', async () => {
    const server = createFakeServer();
    // sign-in attempts made elsewhere, straight to the (fake) server
    const [method, url] = PATHS.login.split(' ') as ['POST', string];
    const login = (password: string) => server.transport({ method, url, headers: {}, body: JSON.stringify({ username: 'li.na', password }) });
    await login('wrong-password');
    await login('staff-password-1');

    renderConsole(server, { path: '/audit-log', as: 'admin', language: 'en' });
    const table = (await screen.findByText(en['audit.outcome.failure']!)).closest('table') as HTMLElement;
    expect(within(table).getAllByText('auth.login')).toHaveLength(2);
    expect(within(table).getByText(en['audit.outcome.success']!)).toBeTruthy();

    fireEvent.change(screen.getByLabelText(en['audit.filter.action']!), { target: { value: 'auth.logout' } });
    fireEvent.keyDown(screen.getByLabelText(en['audit.filter.action']!), { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(server.calls(PATHS.audit).some((r) => r.url.includes('action=auth.logout'))).toBe(true));
    await waitFor(() => expect(within(table).queryByText('auth.login')).toBeNull());
  });
});
