import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { DeleteAccountSection } from './DeleteAccountSection';
import { EmailPreferencesSection } from './EmailPreferencesSection';
import { DownloadButton } from '../../components/DownloadButton';
import { UpdateProfileMutation } from './profile.graphql';
import type { Me } from '../../auth/session';
import { Page } from '../../components/Layout';
import { Notice, Spinner } from '../../components/fields';
import { ProfileForm } from '../../components/profile/ProfileForm';
import { ProfileView } from '../../components/ProfileView';
import { toUpdateInput, valuesFromProfile, type ProfileValues } from '../../lib/profile-model';
import { useLocale } from '../../lib/use-locale';
import { chooseLanguage } from '../../i18n';
import { useTaxonomy } from '../../lib/use-taxonomy';
import { RequireDefaults } from '../../settings/program-defaults';

export function ProfilePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { taxonomy } = useTaxonomy();
  const [, updateProfile] = useMutation(UpdateProfileMutation);
  const initial = useMemo(() => valuesFromProfile(me), [me]);

  const focusHeading = () =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());

  const submit = async (values: ProfileValues) => {
    const input = toUpdateInput(values, initial);
    if (Object.keys(input).length === 0) {
      setEditing(false);
      setNotice(t('profile.noChanges'));
      focusHeading();
      return null;
    }
    const result = await updateProfile({ input });
    if (result.error) {
      return result.error;
    }
    // A new preferred language is the page's from now on, as the language switch would do.
    if (values.preferredLanguage !== initial.preferredLanguage) {
      chooseLanguage(values.preferredLanguage === 'ES' ? 'es' : 'en');
    }
    setEditing(false);
    setNotice(t('profile.saved'));
    focusHeading();
    return null;
  };

  if (editing) {
    return (
      <Page title={t('profile.editTitle')}>
        {taxonomy ? (
          <RequireDefaults>
            <ProfileForm
              mode="edit"
              initial={initial}
              taxonomy={taxonomy}
              locale={locale}
              submitLabel={t('profile.save')}
              submittingLabel={t('common.saving')}
              onSubmit={submit}
              onCancel={() => {
                setEditing(false);
                focusHeading();
              }}
            />
          </RequireDefaults>
        ) : (
          <Spinner />
        )}
      </Page>
    );
  }

  return (
    <Page title={t('profile.title')}>
      {notice && <Notice kind="success">{notice}</Notice>}
      <div className="page-actions">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            setNotice(null);
            setEditing(true);
            focusHeading();
          }}
        >
          {t('profile.edit')}
        </button>
      </div>
      <ProfileView me={me} locale={locale} />
      <EmailPreferencesSection role={me.role} />
      <section className="card section-block" aria-labelledby="my-data-title">
        <h2 id="my-data-title" className="section-title">
          {t('myData.title')}
        </h2>
        <p>{t('myData.intro')}</p>
        <DownloadButton
          url="/me/data.json"
          filename="puente-my-data.json"
          label={t('myData.download')}
        />
      </section>
      <DeleteAccountSection role={me.role} />
    </Page>
  );
}
