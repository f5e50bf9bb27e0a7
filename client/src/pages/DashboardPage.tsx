import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
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

  const status =
    me.role === 'MENTEE'
      ? {
          status: t('dashboard.menteeStatus'),
          next: t('dashboard.menteeNext'),
          tip: t('dashboard.menteeTip'),
        }
      : me.role === 'MENTOR'
        ? {
            status: t('dashboard.mentorStatus'),
            next: t('dashboard.mentorNext'),
            tip: t('dashboard.mentorTip', { count: me.capacity ?? 1 }),
          }
        : { status: t('dashboard.leadStatus'), next: t('dashboard.leadNext'), tip: null };

  return (
    <Page title={t('dashboard.title', { name: me.displayName })} width="wide">
      {welcome && <Notice kind="success">{t('dashboard.welcome')}</Notice>}
      <div className="dashboard">
        <section className="card status-card" aria-labelledby="status-title">
          <p className="eyebrow">{t(`roles.${me.role}`)}</p>
          <h2 id="status-title">{t('dashboard.statusTitle')}</h2>
          <p className="status-line">
            <span className="status-dot" aria-hidden="true" />
            <strong>{status.status}</strong>
          </p>
          <p>{status.next}</p>
          {status.tip && <p className="muted">{status.tip}</p>}
          {me.role === 'LEAD' ? (
            <Link to="/cohorts" className="btn btn-primary">
              {t('dashboard.leadCta')}
            </Link>
          ) : (
            <div className="form-actions">
              <Link to="/matches" className="btn btn-primary">
                {me.role === 'MENTOR' ? t('dashboard.mentorCta') : t('dashboard.menteeCta')}
              </Link>
              <Link to="/calendar" className="btn btn-secondary">
                {t('dashboard.sessionsCta')}
              </Link>
            </div>
          )}
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
