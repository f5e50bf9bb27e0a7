import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { CombinedError, useMutation } from 'urql';
import { SignUpMutation } from '../auth/auth.graphql';
import { useSession } from '../auth/session';
import { Page } from '../components/Layout';
import { Notice, Spinner } from '../components/fields';
import { ProfileForm } from '../components/profile/ProfileForm';
import { currentLanguage } from '../i18n';
import { newProfileValues, toSignUpInput, type ProfileValues } from '../lib/profile-model';
import { browserTimeZone } from '../lib/timezones';
import { useLocale } from '../lib/use-locale';
import { useTaxonomy } from '../lib/use-taxonomy';
import { useProgramDefaults } from '../settings/program-defaults';

export function SignUpPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { me, signIn } = useSession();
  const taxonomyState = useTaxonomy();
  const { taxonomy } = taxonomyState;
  const defaultsState = useProgramDefaults();
  const { defaults } = defaultsState;
  const failed = taxonomyState.failed || defaultsState.failed;
  const retry = () => {
    if (taxonomyState.failed) {
      taxonomyState.retry();
    }
    if (defaultsState.failed) {
      defaultsState.retry();
    }
  };
  const [, signUp] = useMutation(SignUpMutation);

  const role = params.get('role') === 'mentor' ? 'MENTOR' : 'MENTEE';
  // A lead's invitation link names the cohort to join on signing up.
  const cohortId = params.get('cohort');
  // Spoken and preferred language start at the page's language.
  const initial = useMemo(
    () =>
      defaults &&
      newProfileValues(
        role,
        currentLanguage() === 'es' ? 'ES' : 'EN',
        browserTimeZone(),
        defaults.profile,
      ),
    [role, defaults],
  );

  if (me) {
    return <Navigate to="/" replace />;
  }

  const submit = async (values: ProfileValues) => {
    const result = await signUp({
      input: { ...toSignUpInput(values), ...(cohortId ? { cohortId } : {}) },
    });
    if (result.error || !result.data) {
      return result.error ?? new CombinedError({ networkError: new Error('No data') });
    }
    signIn(result.data.signUp.token, result.data.signUp.me);
    await navigate('/', { replace: true, state: { welcome: true } });
    return null;
  };

  return (
    <Page title={t('signup.title')} lead={t('signup.intro')}>
      <p className="aside-line">
        {t('signup.haveAccount')} <Link to="/login">{t('signup.login')}</Link>
      </p>
      {cohortId && <Notice kind="info">{t('signup.invited')}</Notice>}
      {failed ? (
        <>
          <Notice kind="error">{t('errors.network')}</Notice>
          <button type="button" className="btn btn-secondary" onClick={retry}>
            {t('common.retry')}
          </button>
        </>
      ) : taxonomy && initial ? (
        <ProfileForm
          key={role}
          mode="signup"
          initial={initial}
          taxonomy={taxonomy}
          locale={locale}
          submitLabel={t('signup.submit')}
          submittingLabel={t('signup.submitting')}
          onSubmit={submit}
        />
      ) : (
        <Spinner />
      )}
    </Page>
  );
}
