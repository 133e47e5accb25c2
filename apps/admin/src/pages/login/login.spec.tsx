import { resources } from '@zhaoshang/i18n';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, PATHS } from '../../test/fake-server';
import { renderConsole } from '../../test/render-console';

const zh = resources['zh-CN'];
const en = resources.en;

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('login page', () => {
  // the route loads this page lazily: compile it once up front, so the first test's wait measures
  // the page, not the transform of its modules on a busy machine
  beforeAll(() => import('.'));

  it('shows the translated field error for an empty password without calling the server', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/login', language: 'en' });
    await screen.findByLabelText(en.admin['login.username']!);
    fill(en.admin['login.username']!, 'admin');
    fireEvent.click(await screen.findByRole('button', { name: en.admin['login.submit'] }));

    const passwordItem = screen.getByLabelText(en.admin['login.password']!).closest('.ant-form-item') as HTMLElement;
    expect(await within(passwordItem).findByText(en.errors['field.required']!)).toBeTruthy();
    expect(server.requests).toHaveLength(0);
  });

  it("shows the server's INVALID_CREDENTIALS message for a wrong password", async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/login' });
    await screen.findByLabelText(zh.admin['login.username']!);
    fill(zh.admin['login.username']!, 'admin');
    fill(zh.admin['login.password']!, 'not-the-password');
    fireEvent.click(await screen.findByRole('button', { name: zh.admin['login.submit'] }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(zh.errors.INVALID_CREDENTIALS);
    expect(server.calls(PATHS.login)).toHaveLength(1);
    expect(server.audit[0]).toMatchObject({ action: 'auth.login', outcome: 'failure' });
  });

  it('tells the user how long to wait when sign-in is rate limited', async () => {
    const server = createFakeServer({ rateLimitAfter: 0 });
    renderConsole(server, { path: '/login', language: 'ja' });
    await screen.findByLabelText(resources.ja.admin['login.username']!);
    fill(resources.ja.admin['login.username']!, 'admin');
    fill(resources.ja.admin['login.password']!, 'whatever-it-is');
    fireEvent.click(await screen.findByRole('button', { name: resources.ja.admin['login.submit'] }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('60 秒後にもう一度お試しください');
  });

  it('signs in, lands on the dashboard with system health, and sends the trimmed, lower-cased user name', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/login', language: 'en' });
    await screen.findByLabelText(en.admin['login.username']!);
    fill(en.admin['login.username']!, '  Admin ');
    fill(en.admin['login.password']!, 'admin-password-1');
    fireEvent.click(await screen.findByRole('button', { name: en.admin['login.submit'] }));

    expect(await screen.findByRole('heading', { name: en.admin['dashboard.title'] })).toBeTruthy();
    expect(await screen.findByText(en.admin['dashboard.health.database.sqlite']!)).toBeTruthy();
    expect(JSON.parse(server.calls(PATHS.login)[0]?.body ?? '{}')).toEqual({ username: 'admin', password: 'admin-password-1' });
    await waitFor(() => expect(server.calls(PATHS.health)[0]?.headers.authorization).toMatch(/^Bearer access-1-/));
  });
});
