import { createContext, useContext, useEffect, useState } from 'react';
import { Api, ApiError } from '../api/client';
import { op } from '../api/ops';
import type { MeQuery } from '../api/generated';

/** viewer < operator < admin, as the server ranks them. */
export type Role = 'VIEWER' | 'OPERATOR' | 'ADMIN';
const RANK: Record<Role, number> = { VIEWER: 0, OPERATOR: 1, ADMIN: 2 };

/** What every page reads: the client, the caller's role, and a counter bumped on each reconnect. */
export interface Session {
  api: Api;
  role: Role;
  /** True when the role allows `required` (the server still decides). */
  can(required: Role): boolean;
  /** Changes after the connection came back: pages reload what they show. */
  epoch: number;
  signOut(): void;
}

export const SessionContext = createContext<Session | null>(null);

/** The session of the signed-in page. */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a signed-in page');
  return s;
}

/** Checks a key (or none, for loopback access without keys) by asking the server who we are. */
export async function signIn(key: string | null): Promise<{ api: Api; role: Role }> {
  const api = new Api(key);
  try {
    const me = await api.request<MeQuery>(op('Me'));
    return { api, role: me.me.role as Role };
  } catch (e) {
    api.dispose();
    throw e instanceof ApiError ? e : new ApiError(String(e), 'NETWORK_ERROR');
  }
}

/** Builds the session value, following the connection state for the reconnect banner. */
export function useSessionValue(api: Api, role: Role, signOut: () => void): { session: Session; state: string } {
  const [state, setState] = useState('connected');
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    let last = 'connected';
    return api.onState((s) => {
      if (s === 'connected' && last === 'reconnecting') setEpoch((e) => e + 1);
      last = s;
      setState(s);
    });
  }, [api]);
  return { session: { api, role, can: (r) => RANK[role] >= RANK[r], epoch, signOut }, state };
}
