import type { Transport } from '@zhaoshang/api-client';
import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { createAdminApi, type AdminApi, type FetchFile } from './services/api';
import { createI18n, currentLanguage, initialLanguage, type Language } from './services/language';
import { createQueryClient } from './services/query-client';
import { createSessionStore } from './services/session';

export type Console = { adminApi: AdminApi; i18n: I18n; queryClient: QueryClient };

/** Wires the console's singletons: one i18n instance, one API client, one query cache. */
export function createConsole({
  transport,
  storage,
  language,
  fetchFile,
}: {
  transport: Transport;
  storage?: Storage;
  language?: Language;
  /** file downloads (exports); the browser's fetch by default */
  fetchFile?: FetchFile;
}): Console {
  const i18n = createI18n(language ?? initialLanguage(storage));
  const session = createSessionStore(storage);
  const adminApi = createAdminApi({ transport, session, getLanguage: () => currentLanguage(i18n), fetchFile });
  const queryClient = createQueryClient();
  // Whoever signs in next must not see the previous user's cached data.
  session.subscribe(() => {
    if (!session.get()) queryClient.clear();
  });
  return { adminApi, i18n, queryClient };
}
