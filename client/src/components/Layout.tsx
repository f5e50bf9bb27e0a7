import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { UnreadCountQuery } from '../pages/notifications/notifications.graphql';
import { useSession } from '../auth/session';
import { LanguageSwitch } from './LanguageSwitch';
import { VerifyEmailBanner } from './VerifyEmailBanner';

export function Layout() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const first = useRef(true);
  const [unread, refetchUnread] = useQuery({ query: UnreadCountQuery, pause: !me });
  const unreadCount = unread.data?.myNotifications.unreadCount ?? 0;

  // The badge is refreshed on every navigation.
  useEffect(() => {
    if (me) {
      refetchUnread({ requestPolicy: 'network-only' });
    }
  }, [location.pathname, me, refetchUnread]);

  // After a navigation, focus goes to the new page's heading so screen readers start there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [location.pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="brand">
            <BridgeMark />
            <span className="brand-text">
              <span className="brand-name">{t('app.name')}</span>
              <span className="brand-tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <nav aria-label={t('nav.label')} className="site-nav">
            <ul>
              {me ? (
                <>
                  <li>
                    <NavLink to="/" end>
                      {t('nav.home')}
                    </NavLink>
                  </li>
                  {me.role === 'LEAD' ? (
                    <li>
                      <NavLink to="/cohorts">{t('nav.cohorts')}</NavLink>
                    </li>
                  ) : (
                    <>
                      <li>
                        <NavLink to="/matches">
                          {me.role === 'MENTOR' ? t('nav.mentees') : t('nav.mentor')}
                        </NavLink>
                      </li>
                      <li>
                        <NavLink to="/calendar">{t('nav.sessions')}</NavLink>
                      </li>
                    </>
                  )}
                  <li>
                    <NavLink to="/notifications">
                      {t('nav.notifications')}
                      {unreadCount > 0 && (
                        <span className="count-badge">
                          <span aria-hidden="true">{unreadCount}</span>
                          <span className="sr-only">{t('nav.unread', { count: unreadCount })}</span>
                        </span>
                      )}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/profile">{t('nav.profile')}</NavLink>
                  </li>
                  <li>
                    <button
                      type="button"
                      className="nav-button"
                      onClick={() => {
                        signOut();
                        void navigate('/');
                      }}
                    >
                      {t('nav.logout')}
                    </button>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <NavLink to="/login">{t('nav.login')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/signup">{t('nav.signup')}</NavLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      {/* The confirmation page says the outcome itself. */}
      {me?.emailVerified === false && location.pathname !== '/verify-email' && (
        <VerifyEmailBanner email={me.email ?? ''} />
      )}
      <main id="main" tabIndex={-1} className="container main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
        </div>
      </footer>
    </div>
  );
}

export function Page({
  title,
  children,
  width = 'normal',
  lead,
  description,
}: {
  title: string;
  children: ReactNode;
  width?: 'narrow' | 'normal' | 'wide';
  lead?: ReactNode;
  // What search engines and link previews say of the page: its lead when it is text,
  // otherwise a sentence about Puente, in the page's language.
  description?: string;
}) {
  const { t } = useTranslation();
  const summary = description ?? (typeof lead === 'string' ? lead : t('app.description'));
  useEffect(() => {
    document.title = t('app.pageTitle', { page: title });
  }, [t, title]);
  useEffect(() => {
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.append(meta);
    }
    meta.content = summary;
  }, [summary]);
  return (
    <div className={`page page-${width}`}>
      <h1 tabIndex={-1}>{title}</h1>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </div>
  );
}

function BridgeMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <path d="M4 22c4-8 20-8 24 0" fill="none" stroke="#fff" strokeWidth="3" />
      <path d="M4 22h24M10 22v-4M16 22v-6M22 22v-4" stroke="#fff" strokeWidth="2" />
    </svg>
  );
}
