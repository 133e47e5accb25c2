import { resources } from '@zhaoshang/i18n';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, PATHS } from '../test/fake-server';
import { renderConsole } from '../test/render-console';
import { buttonNamed, fill } from '../test/ui';
import { NOTIFICATION_POLL_MS } from './notification-bell';

const admin = resources.en.admin;

const bell = () => screen.getByTestId('notification-bell');
/** The number on the bell, as shown (none when nothing is unread). */
const badge = () => bell().querySelector('.ant-badge-count')?.getAttribute('title') ?? null;
const readBodies = (server: ReturnType<typeof createFakeServer>) => server.calls(PATHS.readNotifications).map((r) => JSON.parse(r.body ?? '{}') as unknown);

describe('notification bell', () => {
  it('shows the unread count; opening a notification marks it read and goes to the lead', async () => {
    const server = createFakeServer();
    const { router } = renderConsole(server, { path: '/dashboard', as: 'li.na', language: 'en' });
    await screen.findByLabelText(fill(admin['notifications.label'], { count: 2 }));
    expect(badge()).toBe('2');

    fireEvent.click(bell());
    const list = await screen.findByTestId('notification-list');
    const items = within(list).getAllByTestId('notification-item');
    expect(items.map((item) => item.querySelector('.ant-typography')?.textContent)).toEqual([
      fill(admin['notifications.kind.lead.message'], { id: 2, company: '苏州智行科技有限公司' }),
      fill(admin['notifications.kind.lead.overdue'], { id: 1, company: 'Suzuki Precision Co., Ltd.' }),
      fill(admin['notifications.kind.lead.new'], { id: 1, company: 'Suzuki Precision Co., Ltd.' }),
    ]);
    expect(items.map((item) => item.getAttribute('data-read'))).toEqual(['true', 'false', 'false']);

    fireEvent.click(items[1] as HTMLElement);
    await waitFor(() => expect(router.state.location.pathname).toBe('/leads/1'));
    expect(readBodies(server)).toEqual([{ ids: [2] }]);
    await waitFor(() => expect(badge()).toBe('1'));
  });

  it('marks everything read at once', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/dashboard', as: 'li.na', language: 'en' });
    await screen.findByLabelText(fill(admin['notifications.label'], { count: 2 }));
    fireEvent.click(bell());
    const list = await screen.findByTestId('notification-list');
    fireEvent.click(buttonNamed(admin['notifications.readAll']!, list));

    await waitFor(() => expect(badge()).toBeNull());
    expect(readBodies(server)).toEqual([{}]);
    expect(screen.getByLabelText(fill(admin['notifications.label'], { count: 0 }))).toBeTruthy();
  });

  it('asks again every 30 seconds, so a new lead shows without reloading', async () => {
    jest.useFakeTimers({ advanceTimers: true });
    try {
      const server = createFakeServer();
      renderConsole(server, { path: '/dashboard', as: 'li.na', language: 'en' });
      await screen.findByLabelText(fill(admin['notifications.label'], { count: 2 }));
      const asked = server.calls(PATHS.listNotifications).length;

      server.leads.notify({ staffUserId: 2, kind: 'lead.assigned', intentId: 4, companyName: 'Health Bridge GmbH', at: '2025-03-10T09:30:00.000Z' });
      await act(async () => {
        await jest.advanceTimersByTimeAsync(NOTIFICATION_POLL_MS);
      });
      await waitFor(() => expect(badge()).toBe('3'));
      expect(server.calls(PATHS.listNotifications).length).toBe(asked + 1);
    } finally {
      jest.useRealTimers();
    }
  });
});
