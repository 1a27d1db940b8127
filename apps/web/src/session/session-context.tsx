import { createContext, useContext } from 'react';
import type { Me } from '../api/auth';

export interface Session {
  me: Me;
  /** Replaces the session after an answer that carries it (switching organisation). */
  setMe: (me: Me) => void;
  /** The active organisation's id, name and the user's role in it (null until one is chosen). */
  organisation: { id: string; name: string } | null;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user; only inside the app layout, which renders nothing until /api/me answered. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside the signed-in app layout');
  return session;
}

export function sessionOf(me: Me, setMe: (me: Me) => void): Session {
  const active = me.organisations.find((organisation) => organisation.id === me.activeOrganisationId);
  return { me, setMe, organisation: active ? { id: active.id, name: active.name } : null };
}
