import type { StaffUser } from '@zhaoshang/contracts';

/** What a sign-in leaves behind: the tokens and who they belong to. */
export type Session = {
  accessToken: string;
  refreshToken: string;
  /** epoch milliseconds; informative only, the server decides (SESSION_EXPIRED) */
  expiresAt: number;
  user: StaffUser;
};

/** Why the console went back to the sign-in page without the user asking. */
export type SessionEndReason = 'SESSION_EXPIRED' | 'UNAUTHENTICATED';

export type SessionStore = {
  get(): Session | null;
  set(session: Session): void;
  /** updates the signed-in user (e.g. from adminMe) without touching the tokens */
  setUser(user: StaffUser): void;
  clear(reason?: SessionEndReason): void;
  /** why the last session ended, if not by the user; forgotten at the next sign-in */
  endReason(): SessionEndReason | undefined;
  subscribe(listener: () => void): () => void;
};

const STORAGE_KEY = 'zhaoshang.admin.session';

/**
 * Keeps the session in memory and mirrors it to storage so a reload or a second tab stays signed
 * in. Access tokens are short-lived; the refresh token is revoked by logout on the server.
 */
/** `null` keeps the session in memory only. */
export function createSessionStore(storage: Storage | null = safeLocalStorage()): SessionStore {
  let current = read(storage);
  let endReason: SessionEndReason | undefined;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());
  const write = (session: Session | null) => {
    current = session;
    try {
      if (session) storage?.setItem(STORAGE_KEY, JSON.stringify(session));
      else storage?.removeItem(STORAGE_KEY);
    } catch {
      // storage unavailable: the session lasts for this page only
    }
    emit();
  };
  return {
    get: () => current,
    set: (session) => {
      endReason = undefined;
      write(session);
    },
    setUser: (user) => {
      if (current) write({ ...current, user });
    },
    clear: (reason) => {
      // A sign-out the user asked for (no reason) also forgets why an earlier session ended.
      endReason = reason;
      if (current) write(null);
    },
    endReason: () => endReason,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function read(storage: Storage | null): Session | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const user = v.user as Record<string, unknown> | null | undefined;
  return (
    typeof v.accessToken === 'string' &&
    typeof v.refreshToken === 'string' &&
    typeof v.expiresAt === 'number' &&
    typeof user === 'object' &&
    user !== null &&
    typeof user.username === 'string' &&
    (user.role === 'admin' || user.role === 'staff')
  );
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
