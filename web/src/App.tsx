import { Link, Navigate, Route, Routes } from 'react-router';
import { ForgotPasswordPage } from './features/auth/ForgotPasswordPage';
import { LoginPage } from './features/auth/LoginPage';
import { ResetPasswordPage } from './features/auth/ResetPasswordPage';
import { CasePage } from './features/cases/CasePage';
import { CasesPage } from './features/cases/CasesPage';
import { SetupPage } from './features/auth/SetupPage';
import { DistributeIndexPage, DistributePage } from './features/distribute/DistributePage';
import { FeedPage } from './features/frontline/FeedPage';
import { ScoreboardPage } from './features/frontline/ScoreboardPage';
import { ImportsPage } from './features/imports/ImportsPage';
import { AppLayout } from './features/layout/AppLayout';
import { OverviewPage } from './features/overview/OverviewPage';
import { ResponsePage } from './features/responses/ResponsePage';
import { ResponsesPage } from './features/responses/ResponsesPage';
import { AlertRulesPage } from './features/rules/AlertRulesPage';
import { AccountPage } from './features/settings/AccountPage';
import { ApiKeysPage } from './features/settings/ApiKeysPage';
import { FeedbackRulesPage } from './features/settings/FeedbackRulesPage';
import { JobsPage } from './features/settings/JobsPage';
import { SettingsLayout } from './features/settings/SettingsLayout';
import { UsersPage } from './features/settings/UsersPage';
import { DirectoryPage } from './features/settings/directory/DirectoryPage';
import { WebhooksPage } from './features/settings/WebhooksPage';
import { SurveyEditorPage } from './features/surveys/SurveyEditorPage';
import { SurveysPage } from './features/surveys/SurveysPage';
import { TaxonomyEditorPage } from './features/themes/TaxonomyEditorPage';
import { ThemePage } from './features/themes/ThemePage';
import { TopProblemsPage } from './features/themes/TopProblemsPage';

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/setup" element={<SetupPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route element={<AppLayout />}>
        <Route index element={<OverviewPage />} />
        <Route path="responses" element={<ResponsesPage />} />
        <Route path="responses/:id" element={<ResponsePage />} />
        <Route path="problems" element={<TopProblemsPage />} />
        <Route path="problems/:themeId" element={<ThemePage />} />
        <Route path="surveys" element={<SurveysPage />} />
        <Route path="surveys/new" element={<SurveyEditorPage />} />
        <Route path="surveys/:id" element={<SurveyEditorPage />} />
        <Route path="surveys/:id/distribute" element={<DistributePage />} />
        <Route path="distribute" element={<DistributeIndexPage />} />
        <Route path="imports" element={<ImportsPage />} />
        <Route path="cases" element={<CasesPage />} />
        <Route path="cases/:id" element={<CasePage />} />
        <Route path="feed" element={<FeedPage />} />
        <Route path="scoreboard" element={<ScoreboardPage />} />
        <Route path="settings" element={<SettingsLayout />}>
          <Route index element={<Navigate to="users" replace />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="directory" element={<DirectoryPage />} />
          <Route path="feedback" element={<FeedbackRulesPage />} />
          <Route path="alert-rules" element={<AlertRulesPage />} />
          <Route path="webhooks" element={<WebhooksPage />} />
          <Route path="jobs" element={<JobsPage />} />
          <Route path="api-keys" element={<ApiKeysPage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="themes" element={<TaxonomyEditorPage />} />
        </Route>
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function NotFound() {
  return (
    <div className="empty-state" data-testid="page-not-found">
      <h1>Page not found</h1>
      <p className="muted">There is no page at this address. The link may be old or mistyped.</p>
      <Link className="btn" to="/">
        Go to the overview
      </Link>
    </div>
  );
}
