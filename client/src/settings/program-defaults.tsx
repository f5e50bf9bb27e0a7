// The program's defaults and limits come from the API (the `programDefaults` query), never
// from a copy in the client. Forms that need them sit inside <RequireDefaults>, and the
// catalogues' messages name the limits as {{profile.…}} and {{cohort.…}} variables.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Notice, Spinner } from '../components/fields';
import { setMessageVariables } from '../i18n';
import { messageVariables } from './message-variables';
import { ProgramDefaultsQuery } from './program-defaults.graphql';
import type { ProgramDefaults } from './program-defaults.types';

type DefaultsState = {
  defaults: ProgramDefaults | null;
  failed: boolean;
  retry: () => void;
};

const DefaultsContext = createContext<DefaultsState | null>(null);

export function ProgramDefaultsProvider({ children }: { children: ReactNode }) {
  const [result, reexecute] = useQuery({ query: ProgramDefaultsQuery });
  // Kept once loaded: a new API client (after logging in) must not empty the forms. Set
  // while rendering (React's pattern for state that follows a prop), so that no child
  // renders before the messages know the limits; setting the variables is idempotent.
  const [defaults, setDefaults] = useState<ProgramDefaults | null>(null);
  const loaded = result.data?.programDefaults;
  if (loaded && loaded !== defaults) {
    setMessageVariables(messageVariables(loaded));
    setDefaults(loaded);
  }
  const value: DefaultsState = {
    defaults,
    failed: !!result.error && !defaults,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
  return <DefaultsContext.Provider value={value}>{children}</DefaultsContext.Provider>;
}

export function useProgramDefaults(): DefaultsState {
  const value = useContext(DefaultsContext);
  if (!value) {
    throw new Error('useProgramDefaults outside ProgramDefaultsProvider');
  }
  return value;
}

// For controls rendered inside <RequireDefaults>.
export function useLimits(): ProgramDefaults {
  const { defaults } = useProgramDefaults();
  if (!defaults) {
    throw new Error('useLimits outside RequireDefaults');
  }
  return defaults;
}

// Shows its children once the defaults are loaded (a function gets them); a spinner or a
// retry until then.
export function RequireDefaults({
  children,
}: {
  children: ReactNode | ((defaults: ProgramDefaults) => ReactNode);
}) {
  const { t } = useTranslation();
  const { defaults, failed, retry } = useProgramDefaults();
  if (defaults) {
    return <>{typeof children === 'function' ? children(defaults) : children}</>;
  }
  if (failed) {
    return (
      <>
        <Notice kind="error">{t('errors.network')}</Notice>
        <button type="button" className="btn btn-secondary" onClick={retry}>
          {t('common.retry')}
        </button>
      </>
    );
  }
  return <Spinner />;
}
