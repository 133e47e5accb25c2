import { resources } from '@zhaoshang/i18n';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, PATHS } from '../../test/fake-server';
import { renderConsole } from '../../test/render-console';

const en = resources.en;

async function openCreateDrawer() {
  fireEvent.click(await screen.findByRole('button', { name: new RegExp(en.admin['users.create']!) }));
  return screen.findByRole('dialog');
}

function fill(drawer: HTMLElement, label: string, value: string) {
  fireEvent.change(within(drawer).getByLabelText(label), { target: { value } });
}

describe('users page', () => {
  // the route loads this page lazily: compile it once up front, so the first test's wait measures
  // the page, not the transform of its modules on a busy machine
  beforeAll(() => import('.'));

  it('lists staff accounts with their role', async () => {
    renderConsole(createFakeServer(), { path: '/users', as: 'admin', language: 'en' });
    const row = (await screen.findByText('li.na')).closest('tr') as HTMLElement;
    expect(within(row).getByText(en.admin['role.staff']!)).toBeTruthy();
    expect(screen.getByText('2 in total')).toBeTruthy();
  });

  it('checks a new account with the shared schema before sending it', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/users', as: 'admin', language: 'en' });
    const drawer = await openCreateDrawer();
    fill(drawer, en.admin['users.field.username']!, 'Bad Name!');
    fill(drawer, en.admin['users.field.displayName']!, 'Wang Wei');
    fill(drawer, en.admin['users.field.password']!, 'short');
    fireEvent.click(within(drawer).getByRole('button', { name: en.common['action.save'] }));

    expect(await within(drawer).findByText(en.errors['field.invalid_format']!)).toBeTruthy();
    expect(within(drawer).getByText('Enter at least 10 characters.')).toBeTruthy();
    expect(server.calls(PATHS.createUser)).toHaveLength(0);
  });

  it('creates an account, or shows USERNAME_TAKEN on the user name', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/users', as: 'admin', language: 'en' });
    const drawer = await openCreateDrawer();
    fill(drawer, en.admin['users.field.username']!, 'li.na');
    fill(drawer, en.admin['users.field.displayName']!, 'Li Na again');
    fill(drawer, en.admin['users.field.password']!, 'long-enough-password');
    fireEvent.click(within(drawer).getByRole('button', { name: en.common['action.save'] }));
    expect(await within(drawer).findByText(en.errors.USERNAME_TAKEN!)).toBeTruthy();

    fill(drawer, en.admin['users.field.username']!, 'wang.wei');
    fireEvent.click(within(drawer).getByRole('button', { name: en.common['action.save'] }));
    expect(await screen.findByText('wang.wei')).toBeTruthy();
    await waitFor(() => expect(server.calls(PATHS.createUser)).toHaveLength(2));
    expect(JSON.parse(server.calls(PATHS.createUser)[1]?.body ?? '{}')).toMatchObject({ username: 'wang.wei', role: 'staff' });
  });

  it('links a staff account to a concierge profile, so it sees that concierge\'s leads', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/users', as: 'admin', language: 'en' });
    const row = (await screen.findByText('li.na')).closest('tr') as HTMLElement;
    // li.na works as 李娜 in the demo data
    expect(await within(row).findByTitle('李娜')).toBeTruthy();
    fireEvent.mouseDown(within(row).getByRole('combobox', { name: `${en.admin['users.column.concierge']}: li.na` }));
    fireEvent.click(await screen.findByTitle('王伟'));
    expect(await screen.findByText('Concierge profile of li.na saved')).toBeTruthy();
    const sent = server.calls(PATHS.linkStaffConcierge);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toContain('/api/v1/admin/users/2/concierge');
    expect(JSON.parse(sent[0]?.body ?? '{}')).toEqual({ conciergeId: 2 });
    // the list is read again: the row now shows the new profile
    await waitFor(() => expect(within(row).getByTitle('王伟')).toBeTruthy());
  });
});
