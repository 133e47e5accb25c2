import { resources } from '@zhaoshang/i18n';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, PATHS } from '../test/fake-server';
import { renderConsole } from '../test/render-console';

const zh = resources['zh-CN'].admin;
const en = resources.en.admin;
const ja = resources.ja.admin;

const navigation = () => screen.findByRole('navigation', { name: /.+/ });

async function switchLanguage(current: string, next: string) {
  fireEvent.click(screen.getAllByRole('button', { name: current })[0]!);
  fireEvent.click(await screen.findByRole('menuitem', { name: next }));
}

describe('signed-in layout', () => {
  it('switching language changes the navigation labels and <html lang>, and is remembered', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/dashboard', as: 'admin' });
    const nav = await navigation();
    expect(within(nav).getByText(zh['nav.leads']!)).toBeTruthy();
    expect(within(nav).getByText(zh['nav.concierges']!)).toBeTruthy();

    await switchLanguage('语言', 'English');
    await waitFor(() => expect(within(nav).getByText(en['nav.leads']!)).toBeTruthy());
    expect(within(nav).getByText(en['nav.concierges']!)).toBeTruthy();
    expect(within(nav).queryByText(zh['nav.leads']!)).toBeNull();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('zhaoshang.admin.language')).toBe('en');

    await switchLanguage('Language', '日本語');
    await waitFor(() => expect(within(nav).getByText(ja['nav.concierges']!)).toBeTruthy());
    expect(within(nav).getByText(ja['nav.policies']!)).toBeTruthy();
    // later requests ask the server for the new language
    await waitFor(() => expect(server.calls(PATHS.meta).some((r) => r.url.includes('lang=ja'))).toBe(true));
  });

  it('shows an admin Users and Audit log', async () => {
    renderConsole(createFakeServer(), { path: '/dashboard', as: 'admin', language: 'en' });
    const nav = await navigation();
    expect(within(nav).getByText(en['nav.users']!)).toBeTruthy();
    expect(within(nav).getByText(en['nav.audit']!)).toBeTruthy();
  });

  it('hides Users and Audit log from staff, and refuses the pages when typed in', async () => {
    const server = createFakeServer();
    const { router } = renderConsole(server, { path: '/dashboard', as: 'li.na', language: 'en' });
    const nav = await navigation();
    expect(within(nav).getByText(en['nav.leads']!)).toBeTruthy();
    expect(within(nav).queryByText(en['nav.users']!)).toBeNull();
    expect(within(nav).queryByText(en['nav.audit']!)).toBeNull();

    await act(() => router.navigate('/users'));
    expect(await screen.findByText(en['forbidden.title']!)).toBeTruthy();
    expect(server.calls(PATHS.listUsers)).toHaveLength(0);
  });

  it('shows a translated placeholder for pages of a later release', async () => {
    const { router } = renderConsole(createFakeServer(), { path: '/dashboard', as: 'li.na', language: 'ja' });
    await navigation();
    await act(() => router.navigate('/heatmap/areas'));
    expect(await screen.findByText(ja['placeholder.laterRelease']!)).toBeTruthy();
    const selected = () => [...document.querySelectorAll('.ant-menu-item-selected')].map((el) => el.textContent);
    await waitFor(() => expect(selected()).toEqual([ja['nav.areas']]));
  });

  it('signs out: revokes the session on the server, forgets the tokens, back to the sign-in page', async () => {
    const server = createFakeServer();
    const { adminApi, router } = renderConsole(server, { path: '/dashboard', as: 'admin', language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: en['account.menu']!.replace('{{name}}', 'Administrator') }));
    // the item's icon contributes its own label to the accessible name
    fireEvent.click(await screen.findByRole('menuitem', { name: new RegExp(en['account.logout']!) }));

    expect(await screen.findByRole('button', { name: en['login.submit'] })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(server.calls(PATHS.logout)).toHaveLength(1);
    expect(adminApi.session.get()).toBeNull();
    expect(window.localStorage.getItem('zhaoshang.admin.session')).toBeNull();
  });
});
