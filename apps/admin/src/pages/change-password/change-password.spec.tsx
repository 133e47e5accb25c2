import { resources } from '@zhaoshang/i18n';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createFakeServer, PATHS } from '../../test/fake-server';
import { renderConsole } from '../../test/render-console';

const en = resources.en.admin;

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('change my password', () => {
  // the route loads this page lazily: compile it once up front, so the first test's wait measures
  // the page, not the transform of its modules on a busy machine
  beforeAll(() => import('.'));

  it('is reached from the user menu, checks the new password before sending, then changes it', async () => {
    const server = createFakeServer();
    const { router } = renderConsole(server, { path: '/dashboard', as: 'li.na', language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: en['account.menu']!.replace('{{name}}', '李娜') }));
    fireEvent.click(await screen.findByRole('menuitem', { name: new RegExp(en['account.changePassword']!) }));
    await screen.findByLabelText(en['password.current']!);
    expect(router.state.location.pathname).toBe('/account/password');

    fill(en['password.current']!, 'staff-password-1');
    fill(en['password.new']!, 'short');
    fill(en['password.confirm']!, 'different');
    fireEvent.click(screen.getByRole('button', { name: en['password.submit'] }));
    expect(await screen.findByText('Enter at least 10 characters.')).toBeTruthy();
    expect(screen.getByText(en['password.mismatch']!)).toBeTruthy();
    expect(server.calls(PATHS.changePassword)).toHaveLength(0);

    fill(en['password.new']!, 'a-much-longer-password');
    fill(en['password.confirm']!, 'a-much-longer-password');
    fireEvent.click(screen.getByRole('button', { name: en['password.submit'] }));
    expect(await screen.findByText(en['password.changed']!)).toBeTruthy();
    await waitFor(() => expect(server.calls(PATHS.changePassword)).toHaveLength(1));
    expect(JSON.parse(server.calls(PATHS.changePassword)[0]?.body ?? '{}')).toEqual({
      currentPassword: 'staff-password-1',
      newPassword: 'a-much-longer-password',
    });
  });
});
