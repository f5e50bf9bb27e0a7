import { BrowserRouter, Route, Routes } from 'react-router';
import { RequireAuth, RequireRole } from './auth/RequireAuth';
import { SessionProvider } from './auth/session';
import { ProgramDefaultsProvider } from './settings/program-defaults';
import { Layout } from './components/Layout';
import { HomePage } from './pages/HomePage';
import { AnswerPage } from './pages/answer/AnswerPage';
import { CohortPage } from './pages/cohorts/CohortPage';
import { CohortsPage } from './pages/cohorts/CohortsPage';
import { ReportPage } from './pages/report/ReportPage';
import { LoginPage } from './pages/LoginPage';
import { MatchesPage } from './pages/matches/MatchesPage';
import { DevMailPage } from './pages/dev/DevMailPage';
import { ForgotPasswordPage } from './pages/account/ForgotPasswordPage';
import { ResetPasswordPage } from './pages/account/ResetPasswordPage';
import { VerifyEmailPage } from './pages/account/VerifyEmailPage';
import { UnsubscribePage } from './pages/account/UnsubscribePage';
import { AccountDeletedPage } from './pages/account/AccountDeletedPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { NotificationsPage } from './pages/notifications/NotificationsPage';
import { ProfilePage } from './pages/profile/ProfilePage';
import { SessionsPage } from './pages/sessions/SessionsPage';
import { SignUpPage } from './pages/SignUpPage';

// Client routes avoid /sessions/ and /reports/: the server keeps those for file downloads.
export function App() {
  return (
    <SessionProvider>
      <ProgramDefaultsProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<HomePage />} />
              <Route path="signup" element={<SignUpPage />} />
              <Route path="login" element={<LoginPage />} />
              <Route path="forgot-password" element={<ForgotPasswordPage />} />
              <Route path="reset-password" element={<ResetPasswordPage />} />
              <Route path="verify-email" element={<VerifyEmailPage />} />
              {/* A proposal email's answer links: public, the link is the credential. */}
              <Route path="answer" element={<AnswerPage />} />
              {/* An optional email's unsubscribe link: public, acts only on a click. */}
              <Route path="unsubscribe" element={<UnsubscribePage />} />
              <Route path="account-deleted" element={<AccountDeletedPage />} />
              <Route
                path="profile"
                element={<RequireAuth>{(me) => <ProfilePage me={me} />}</RequireAuth>}
              />
              <Route
                path="matches"
                element={
                  <RequireRole roles={['MENTOR', 'MENTEE']}>
                    {(me) => <MatchesPage me={me} />}
                  </RequireRole>
                }
              />
              <Route
                path="calendar"
                element={
                  <RequireRole roles={['MENTOR', 'MENTEE']}>
                    {(me) => <SessionsPage me={me} />}
                  </RequireRole>
                }
              />
              <Route
                path="notifications"
                element={<RequireAuth>{(me) => <NotificationsPage me={me} />}</RequireAuth>}
              />
              <Route
                path="cohorts"
                element={
                  <RequireRole roles={['LEAD']}>
                    {(me) => <CohortsPage zone={me.timezone} />}
                  </RequireRole>
                }
              />
              <Route
                path="cohorts/:id"
                element={
                  <RequireRole roles={['LEAD']}>
                    {(me) => <CohortPage zone={me.timezone} />}
                  </RequireRole>
                }
              />
              <Route
                path="cohorts/:id/report"
                element={<RequireRole roles={['LEAD']}>{() => <ReportPage />}</RequireRole>}
              />
              <Route path="dev/mail" element={<DevMailPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </ProgramDefaultsProvider>
    </SessionProvider>
  );
}
