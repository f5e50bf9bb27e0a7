import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NextStepCard } from './NextStepCard';
import type { Me } from '../auth/session';
import { Page } from '../components/Layout';
import { Notice } from '../components/fields';
import { minutesPerWeek } from '../lib/availability';
import { formatDateIn, formatHours, formatTimeIn } from '../lib/format';
import { useLocale } from '../lib/use-locale';

export function DashboardPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const location = useLocation();
  const welcome = (location.state as { welcome?: boolean } | null)?.welcome === true;
  const now = new Date();
  const minutes = minutesPerWeek(me.availability);

  const tip =
    me.role === 'MENTEE'
      ? t('dashboard.menteeTip')
      : me.role === 'MENTOR'
        ? t('dashboard.mentorTip', { count: me.capacity ?? 1 })
        : null;

  return (
    <Page title={t('dashboard.title', { name: me.displayName })} width="wide">
      {welcome && <Notice kind="success">{t('dashboard.welcome')}</Notice>}
      <div className="dashboard">
        <section className="card status-card" aria-labelledby="status-title">
          <p className="eyebrow">{t(`roles.${me.role}`)}</p>
          <h2 id="status-title">{t('dashboard.statusTitle')}</h2>
          <NextStepCard me={me} locale={locale} />
          {tip && <p className="muted">{tip}</p>}
        </section>
        <section className="card" aria-labelledby="glance-title">
          <h2 id="glance-title">{t('dashboard.glanceTitle')}</h2>
          <ul className="glance">
            <li>{me.languages.map((l) => t(`languages.${l}`)).join(' · ')}</li>
            <li>
              {t('dashboard.zoneNow', {
                zone: me.timezone,
                time: formatTimeIn(now, me.timezone, locale),
              })}
            </li>
            {me.role !== 'LEAD' && (
              <li>
                {t('dashboard.hoursPerWeek', {
                  count: minutes / 60,
                  value: formatHours(minutes, locale),
                })}
              </li>
            )}
            <li>
              {t('dashboard.signedUpOn', {
                date: formatDateIn(new Date(me.createdAt), me.timezone, locale),
              })}
            </li>
          </ul>
          <Link to="/profile" className="btn btn-secondary">
            {t('dashboard.editProfile')}
          </Link>
        </section>
      </div>
    </Page>
  );
}
