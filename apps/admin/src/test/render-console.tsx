import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from '../app';
import { createConsole } from '../console';
import type { Language } from '../services/language';
import { routes } from '../routes';
import type { FakeServer } from './fake-server';

/** The whole console (real routes, client, i18n and antd) on a fake server, at `path`. */
export function renderConsole(server: FakeServer, { path = '/', language = 'zh-CN', as }: { path?: string; language?: Language; as?: string } = {}) {
  window.localStorage.clear();
  const shell = createConsole({ transport: server.transport, fetchFile: server.fetchFile, storage: window.localStorage, language });
  if (as) {
    const session = server.signIn(as);
    shell.adminApi.session.set({ ...session, expiresAt: Date.now() + session.expiresIn * 1000 });
  }
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(<App {...shell} router={router} withoutStyles />);
  return { ...shell, router, view };
}
