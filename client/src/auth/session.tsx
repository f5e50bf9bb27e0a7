import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { Provider, useQuery } from 'urql';
import { createApiClient } from '../api/client';
import { hasCode } from '../api/errors';
import { MeQuery } from './auth.graphql';
import { readToken, storeToken } from '../api/token';
import type { ProfileFieldsFragment } from '../gql/graphql';
import { chooseLanguage, hasChosenLanguage } from '../i18n';

export type Me = ProfileFieldsFragment;

type SessionValue = {
  token: string | null;
  me: Me | null;
  // True while the profile of a stored token is being fetched.
  loading: boolean;
  // The profile could not be loaded for another reason (network, server).
  failed: boolean;
  retry: () => void;
  // Reads the profile again (e.g. once the email address is confirmed).
  refresh: () => void;
  // Set when a stored token stopped working (expired): the login page says so.
  sessionEnded: boolean;
  // Set by logging out, so pages that need a login go home instead of to the login page.
  signedOut: boolean;
  signIn: (token: string, me: Me, options?: { adoptLanguage?: boolean }) => void;
  signOut: () => void;
};

const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) {
    throw new Error('useSession outside SessionProvider');
  }
  return value;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(readToken);
  const [seed, setSeed] = useState<Me | null>(null);
  const [sessionEnded, setSessionEnded] = useState(false);
  const [signedOut, setSignedOut] = useState(false);
  const client = useMemo(() => createApiClient(token), [token]);

  const signIn = useCallback((next: string, me: Me, options?: { adoptLanguage?: boolean }) => {
    storeToken(next);
    setSeed(me);
    setSessionEnded(false);
    setSignedOut(false);
    setToken(next);
    // Someone who never used the language switch gets the language of their profile, kept
    // for the next visits of this browser (a reload does not fall back to its locale).
    if (options?.adoptLanguage && !hasChosenLanguage()) {
      chooseLanguage(me.preferredLanguage === 'ES' ? 'es' : 'en');
    }
  }, []);

  const signOut = useCallback(() => {
    storeToken(null);
    setSeed(null);
    setSignedOut(true);
    setToken(null);
  }, []);

  const expire = useCallback(() => {
    storeToken(null);
    setSeed(null);
    setToken(null);
    setSessionEnded(true);
  }, []);

  return (
    <Provider value={client}>
      <MeLoader
        token={token}
        seed={seed}
        sessionEnded={sessionEnded}
        signedOut={signedOut}
        signIn={signIn}
        signOut={signOut}
        expire={expire}
      >
        {children}
      </MeLoader>
    </Provider>
  );
}

function MeLoader({
  token,
  seed,
  sessionEnded,
  signedOut,
  signIn,
  signOut,
  expire,
  children,
}: {
  token: string | null;
  seed: Me | null;
  sessionEnded: boolean;
  signedOut: boolean;
  signIn: SessionValue['signIn'];
  signOut: () => void;
  expire: () => void;
  children: ReactNode;
}) {
  const [result, reexecute] = useQuery({ query: MeQuery, pause: !token });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const refresh = useCallback(() => {
    if (token) {
      reexecute({ requestPolicy: 'network-only' });
    }
  }, [token, reexecute]);
  const unauthenticated = hasCode(result.error, 'UNAUTHENTICATED');
  useEffect(() => {
    if (token && unauthenticated) {
      expire();
    }
  }, [token, unauthenticated, expire]);
  const me = token && !unauthenticated ? (result.data?.me ?? seed) : null;
  const value = useMemo<SessionValue>(
    () => ({
      token,
      me,
      loading: !!token && !me && !result.error,
      failed: !!token && !me && !!result.error && !unauthenticated,
      retry,
      refresh,
      sessionEnded,
      signedOut,
      signIn,
      signOut,
    }),
    [
      token,
      me,
      result.error,
      unauthenticated,
      retry,
      refresh,
      sessionEnded,
      signedOut,
      signIn,
      signOut,
    ],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
