import { useTranslation } from 'react-i18next';
import type { Me } from '../auth/session';
import { formatDateIn, formatTimeIn, zoneOffset } from '../lib/format';
import { goalLabel, interestLabel } from '../lib/labels';
import { TagList } from './TagList';
import { WindowSummary } from './WindowSummary';

export function ProfileView({ me, locale }: { me: Me; locale: string }) {
  const { t, i18n } = useTranslation();
  const now = new Date();
  const languages = me.languages
    .map((l) =>
      l === me.preferredLanguage
        ? `${t(`languages.${l}`)} (${t('profile.preferred')})`
        : t(`languages.${l}`),
    )
    .join(', ');
  const isLead = me.role === 'LEAD';
  const selfId =
    me.underrepresented === true
      ? t('common.yes')
      : me.underrepresented === false
        ? t('common.no')
        : // The form's "I prefer not to say" is stored as no answer: it reads as that choice.
          t('profile.selfIdPreferNot');

  return (
    <div className="profile-view">
      <dl className="facts">
        <div>
          <dt>{t('profile.name')}</dt>
          <dd>{me.displayName}</dd>
        </div>
        <div>
          <dt>{t('profile.role')}</dt>
          <dd>{t(`roles.${me.role}`)}</dd>
        </div>
        {me.email && (
          <div>
            <dt>{t('profile.email')}</dt>
            <dd>{me.email}</dd>
          </div>
        )}
        <div>
          <dt>{t('profile.languages')}</dt>
          <dd>{languages}</dd>
        </div>
        <div>
          <dt>{t('profile.timezone')}</dt>
          <dd>
            {me.timezone}
            <span className="muted">
              {' '}
              ·{' '}
              {t('form.timezoneNow', {
                time: formatTimeIn(now, me.timezone, locale),
                offset: zoneOffset(me.timezone, locale, now),
              })}
            </span>
          </dd>
        </div>
        {!isLead && (
          <div>
            <dt>{t('profile.interests')}</dt>
            <dd>
              <TagList tags={me.interests.map((tag) => interestLabel(tag, t, i18n))} />
            </dd>
          </div>
        )}
        {me.role === 'MENTEE' && (
          <div>
            <dt>{t('profile.goals')}</dt>
            <dd>
              <TagList tags={me.goals.map((tag) => goalLabel(tag, t, i18n))} />
            </dd>
          </div>
        )}
        {me.role === 'MENTOR' && (
          <>
            <div>
              <dt>{t('profile.expertise')}</dt>
              <dd>
                <TagList tags={me.expertise.map((tag) => goalLabel(tag, t, i18n))} />
              </dd>
            </div>
            <div>
              <dt>{t('profile.capacity')}</dt>
              <dd>{me.capacity ?? 1}</dd>
            </div>
          </>
        )}
        <div>
          <dt>{t('profile.about')}</dt>
          <dd className="about-text">
            {me.about ?? <span className="muted">{t('profile.none')}</span>}
          </dd>
        </div>
        {!isLead && (
          <div>
            <dt>{t('profile.selfId')}</dt>
            <dd>
              {selfId} <span className="badge">{t('profile.privateBadge')}</span>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('profile.memberSince')}</dt>
          <dd>{formatDateIn(new Date(me.createdAt), me.timezone, locale)}</dd>
        </div>
      </dl>
      {!isLead && (
        <section className="card" aria-labelledby="profile-hours">
          <h2 id="profile-hours" className="section-title">
            {t('profile.availability')}
          </h2>
          <WindowSummary windows={me.availability} timezone={me.timezone} locale={locale} />
        </section>
      )}
    </div>
  );
}
