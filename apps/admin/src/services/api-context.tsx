import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AdminApi, Api } from './api';
import type { Session } from './session';

const AdminApiContext = createContext<AdminApi | null>(null);

export function AdminApiProvider({ value, children }: { value: AdminApi; children: ReactNode }) {
  return <AdminApiContext.Provider value={value}>{children}</AdminApiContext.Provider>;
}

export function useAdminApi(): AdminApi {
  const value = useContext(AdminApiContext);
  if (!value) throw new Error('useAdminApi outside AdminApiProvider');
  return value;
}

/** The generated operations, with the staff token and session rules. */
export function useApi(): Api {
  return useAdminApi().api;
}

/** The current session; re-renders on sign-in, refresh and sign-out. */
export function useSession(): Session | null {
  const { session } = useAdminApi();
  return useSyncExternalStore(session.subscribe, session.get, session.get);
}
