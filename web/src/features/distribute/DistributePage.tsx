import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { useSurvey, useSurveys } from '../../api/hooks';
import { useNotificationPreferences } from '../../api/loop';
import { canWrite, useCurrentSession } from '../../api/session-context';
import { CopyField } from '../common/CopyField';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { isNotFound, NotFoundState } from '../common/NotFoundState';
import { StatusPill } from '../common/StatusPill';
import { STATUS_TONE } from '../surveys/surveyText';
import { SendForm } from './SendForm';
import { SendsTable } from './SendsTable';
import { WidgetPanel } from './WidgetPanel';

/** `/distribute`: opens the first active survey (or the first survey). */
export function DistributeIndexPage() {
  const session = useCurrentSession();
  const surveys = useSurveys();
  if (surveys.isPending) return <Loading />;
  if (surveys.isError) return <ErrorMessage error={surveys.error} onRetry={() => void surveys.refetch()} />;
  const list = surveys.data.filter((s) => (s.purpose ?? 'survey') === 'survey');
  const first = list.find((s) => s.status === 'active') ?? list[0];
  if (!first) {
    return (
      <div className="empty-state">
        <h1>Distribute</h1>
        <p>
          There is no survey to send yet.{' '}
          {canWrite(session) ? <Link to="/surveys/new">Create a survey</Link> : 'An owner, admin or manager can create one.'}
        </p>
      </div>
    );
  }
  return <Navigate to={`/surveys/${first.id}/distribute`} replace />;
}

/** `/surveys/:id/distribute`: email, personal links, the sends log, the website widget and the public links. */
export function DistributePage() {
  const { id = '' } = useParams();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const surveys = useSurveys();
  const survey = useSurvey(id);
  // Whether this server can send email (SMTP_URL): the field comes with the signed-in user's notification
  // preferences, which every member may read.
  const prefs = useNotificationPreferences();
  const emailOff = prefs.data?.emailConfigured === false;
  const editable = canWrite(session);
  const origin = window.location.origin;

  if (survey.isPending) return <Loading />;
  if (survey.isError) {
    if (isNotFound(survey.error)) {
      return <NotFoundState title="Survey not found" backTo="/surveys" backLabel="All surveys" testId="survey-not-found">This survey does not exist in this workspace.</NotFoundState>;
    }
    return <ErrorMessage error={survey.error} onRetry={() => void survey.refetch()} />;
  }
  const s = survey.data;
  const choices = (surveys.data ?? []).filter((x) => (x.purpose ?? 'survey') === 'survey');

  return (
    <div className="stack">
      <div className="page-header">
        {/* The survey's status sits beside its picker, not in the heading (which read "Distribute active"). */}
        <h1>Distribute</h1>
        <div className="header-actions">
          <label htmlFor="distribute-survey" className="visually-hidden">
            Survey
          </label>
          <select id="distribute-survey" data-testid="distribute-survey" value={s.id} onChange={(e) => void navigate(`/surveys/${e.target.value}/distribute`)}>
            {choices.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
          <StatusPill tone={STATUS_TONE[s.status]} testId="distribute-survey-status">
            <span className="visually-hidden">Survey status: </span>
            {s.status}
          </StatusPill>
          <Link to={`/surveys/${s.id}`} className="btn">
            {editable ? 'Edit survey' : 'View survey'}
          </Link>
        </div>
      </div>

      {editable ? (
        <div className="grid-2">
          <section className="card" aria-labelledby="send-email-title">
            <header className="card-header">
              <h2 id="send-email-title">Send by email</h2>
            </header>
            {emailOff ? (
              <p className="alert alert-warning" id="send-email-unavailable" data-testid="email-not-configured">
                <strong>Email is not set up on this server.</strong> Survey emails cannot go out until an administrator sets <code>SMTP_URL</code> and
                restarts Clearloop. Personal links work without it.
              </p>
            ) : null}
            <SendForm survey={s} channel="email" unavailable={emailOff ? 'send-email-unavailable' : undefined} />
          </section>
          <section className="card" aria-labelledby="send-link-title">
            <header className="card-header">
              <h2 id="send-link-title">Personal links</h2>
              <span className="muted small">No email goes out; share each link yourself.</span>
            </header>
            <SendForm survey={s} channel="link" />
          </section>
        </div>
      ) : (
        <p className="muted">Your role can see sends but not send surveys.</p>
      )}

      <section className="card" aria-labelledby="sends-title">
        <header className="card-header">
          <h2 id="sends-title">Sends</h2>
          <span className="muted small">A skipped send was held back by a feedback rule; hover the reason for details.</span>
        </header>
        <SendsTable surveyId={s.id} editable={editable} />
      </section>

      <div className="grid-2">
        <section className="card" aria-labelledby="widget-title">
          <header className="card-header">
            <h2 id="widget-title">Website widget</h2>
          </header>
          <WidgetPanel surveyId={s.id} />
        </section>
        <section className="card" aria-labelledby="public-links-title">
          <header className="card-header">
            <h2 id="public-links-title">Public links</h2>
          </header>
          {s.publicLink ? (
            <CopyField id="public-link" label="Public survey link (anonymous)" value={`${origin}/s/p/${s.id}`} testId="public-link" />
          ) : (
            <p className="muted" data-testid="public-link-off">
              The public anonymous link is off.{' '}
              {editable ? (
                <>
                  Turn it on in the <Link to={`/surveys/${s.id}`}>survey editor</Link>.
                </>
              ) : (
                'An owner, admin or manager can turn it on in the survey editor.'
              )}
            </p>
          )}
          {session.workspace ? (
            <>
              <CopyField id="feedback-page-link" label="Public feedback page (unscored feedback, any time)" value={`${origin}/f/${session.workspace.slug}`} testId="feedback-page-link" />
            </>
          ) : null}
        </section>
      </div>
    </div>
  );
}
