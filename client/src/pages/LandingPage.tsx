import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../components/Layout';

export function LandingPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('landing.title')} lead={t('landing.intro')} width="wide">
      <div className="cta-grid">
        <Link to="/signup?role=mentee" className="cta-card">
          <span className="cta-title">{t('landing.menteeCta')}</span>
          <span className="cta-hint">{t('landing.menteeHint')}</span>
          <span className="cta-arrow" aria-hidden="true">
            →
          </span>
        </Link>
        <Link to="/signup?role=mentor" className="cta-card cta-card-alt">
          <span className="cta-title">{t('landing.mentorCta')}</span>
          <span className="cta-hint">{t('landing.mentorHint')}</span>
          <span className="cta-arrow" aria-hidden="true">
            →
          </span>
        </Link>
      </div>
      <p className="aside-line">
        {t('landing.haveAccount')} <Link to="/login">{t('landing.login')}</Link>
      </p>
      <section className="card how" aria-labelledby="how-title">
        <h2 id="how-title">{t('landing.howTitle')}</h2>
        <ol className="steps">
          <li>{t('landing.step1')}</li>
          <li>{t('landing.step2')}</li>
          <li>{t('landing.step3')}</li>
        </ol>
      </section>
    </Page>
  );
}
