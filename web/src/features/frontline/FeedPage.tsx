import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useSurveys, useTeams } from '../../api/hooks';
import { useEmployees, useFeed, useFeedSummary, useNotificationPreferences, useSetNotificationPreferences, type ScoreSummary } from '../../api/loop';
import { canAdminister, useCurrentSession } from '../../api/session-context';
import type { SurveyKind } from '../../api/types';
import { ErrorMessage } from '../common/ErrorMessage';
import { channelLabel, formatDateTime, formatMargin, formatNumber, formatScore, KIND_LABELS } from '../common/format';
import { Loading } from '../common/Loading';
import { ScoreBadge } from '../common/ScoreBadge';
import { defaultSurveyId, SurveyPicker } from './SurveyPicker';
import '../cases/cases.css';

function ScoreTile({ title, kind, value, mine = false, testId }: { title: string; kind: SurveyKind; value: ScoreSummary | null; mine?: boolean; testId: string }) {
  return (
    <div className={mine ? 'summary-card mine' : 'summary-card'} data-testid={testId}>
      <span className="metric-label">{title}</span>
      {value && value.total > 0 ? (
        <>
          <span className="card-score-line">
            <span className="card-score">{formatScore(kind, value.score)}</span>
            <span className="card-margin">{formatMargin(kind, value.marginOfError)}</span>
          </span>
          <span className="card-count">
            {formatNumber(value.total)} {value.total === 1 ? 'response' : 'responses'}
          </span>
        </>
      ) : (
        <>
          <span className="card-score placeholder">—</span>
          <span className="card-count">{value ? 'No responses yet' : 'No team'}</span>
        </>
      )}
    </div>
  );
}

function NotLinked({ canPick, admin, userId }: { canPick: boolean; admin: boolean; userId: string }) {
  return (
    <div className="card empty-state" data-testid="feed-not-linked">
      <h2>You are not linked to an employee yet</h2>
      <p className="muted">
        Your feed shows the responses attributed to you as an employee. An owner or admin links you under Settings → Teams &amp; employees (or
        through the API: the employee&apos;s <code>userId</code>).
      </p>
      <p className="muted small">
        Your user id: <code data-testid="feed-user-id">{userId}</code>
      </p>
      {admin ? (
        <p>
          <Link to="/settings/directory" data-testid="feed-link-directory">
            Link yourself to an employee
          </Link>
        </p>
      ) : (
        <p className="muted">Ask an owner or admin of this workspace to link you.</p>
      )}
      {canPick ? <p className="muted">Meanwhile, pick an employee above to see their feed.</p> : null}
    </div>
  );
}

/** The signed-in user's choice to be emailed each new response attributed to them (off by default). */
function FeedEmailSetting() {
  const prefs = useNotificationPreferences();
  const save = useSetNotificationPreferences();
  if (prefs.isPending) return null;
  if (prefs.isError) return <ErrorMessage error={prefs.error} onRetry={() => void prefs.refetch()} />;
  const p = prefs.data;
  const checked = save.isPending && save.variables ? save.variables.feedbackEmail : p.feedbackEmail;
  return (
    <section className="card" aria-labelledby="feed-email-title" data-testid="feed-email">
      <header className="card-header">
        <h2 id="feed-email-title">Email notification</h2>
      </header>
      <label className="check">
        <input type="checkbox" data-testid="feed-email-toggle" checked={checked} disabled={save.isPending} onChange={(e) => save.mutate({ feedbackEmail: e.target.checked })} />
        Email me each new feedback attributed to me
      </label>
      <p className="muted small">
        One email per new response, sent to {p.email}: the score, the comment and a link back to this feed. Off unless you switch it on; switch it off
        here at any time. Imported and back-dated responses are not emailed.
      </p>
      {p.emailConfigured ? null : (
        <p className="muted small" data-testid="feed-email-unconfigured">
          This server cannot send email yet (no SMTP server is set up), so nothing is sent until an administrator sets one up.
        </p>
      )}
      {save.isError ? <ErrorMessage error={save.error} /> : null}
    </section>
  );
}

/** `/feed`: the responses attributed to one employee (by default, the signed-in user's own record) and their score. */
export function FeedPage() {
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const surveys = useSurveys();
  const canPick = session.role !== 'agent';
  const employees = useEmployees();
  const picked = canPick ? (params.get('employee') ?? '') : '';
  const surveyId = params.get('survey') || defaultSurveyId(surveys.data);
  const survey = surveys.data?.find((s) => s.id === surveyId);

  // Whether the signed-in user has an employee record is known from the directory: without one there is no feed
  // of their own to ask for (the server would answer 404). If the directory cannot be read, ask the feed anyway.
  const ownRecord = employees.data?.find((e) => e.userId === session.user.id);
  const knownUnlinked = !picked && employees.isSuccess && !ownRecord;
  const feed = useFeed(picked || undefined, surveyId || undefined, surveys.isSuccess && !knownUnlinked && (Boolean(picked) || Boolean(ownRecord) || employees.isError));
  const employeeId = feed.data?.pages[0]?.employeeId ?? (picked || undefined);
  const summary = useFeedSummary(feed.isError ? undefined : employeeId, surveyId || undefined);
  const rows = feed.data?.pages.flatMap((p) => p.data) ?? [];
  const employeeName = summary.data?.employee.name ?? employees.data?.find((e) => e.id === employeeId)?.name;

  const set = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  // A manager may see the feeds of the teams they manage (and their own): offer only those, not names that
  // would answer "not in your teams".
  const teams = useTeams();
  const pickable = useMemo(() => {
    const all = employees.data ?? [];
    if (session.role !== 'manager') return all;
    const managed = new Set((teams.data ?? []).filter((t) => t.managerUserId === session.user.id).map((t) => t.id));
    return all.filter((e) => e.userId === session.user.id || (e.teamId !== null && managed.has(e.teamId)));
  }, [employees.data, teams.data, session.role, session.user.id]);
  const sortedEmployees = useMemo(() => [...pickable].sort((a, b) => a.name.localeCompare(b.name)), [pickable]);
  // the server answers an empty page with employeeId null to a user with no employee record (a 404 before)
  const notLinked = knownUnlinked || (!picked && feed.data?.pages[0]?.employeeId === null) || (feed.isError && feed.error instanceof ApiError && feed.error.status === 404 && !picked);
  const outOfScope = feed.isError && feed.error instanceof ApiError && (feed.error.status === 404 || feed.error.status === 403) && Boolean(picked);

  return (
    <div className="stack feed-page">
      <div className="page-header">
        <h1>{picked && employeeName ? `Feed: ${employeeName}` : 'My feed'}</h1>
      </div>
      <form className="filter-bar" aria-label="Feed options" onSubmit={(e) => e.preventDefault()}>
        {canPick ? (
          <div className="field">
            <label htmlFor="feed-employee">Employee</label>
            <select id="feed-employee" data-testid="feed-employee" value={picked} onChange={(e) => set('employee', e.target.value)}>
              <option value="">Me</option>
              {sortedEmployees.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {surveys.data && surveys.data.length > 0 ? <SurveyPicker id="feed-survey" surveys={surveys.data} value={surveyId} onChange={(id) => set('survey', id)} /> : null}
      </form>

      {surveys.isPending ? (
        <Loading />
      ) : notLinked ? (
        <NotLinked canPick={canPick} admin={canAdminister(session)} userId={session.user.id} />
      ) : outOfScope ? (
        <div className="card empty-state" data-testid="feed-out-of-scope">
          <h2>Not in your teams</h2>
          <p className="muted">You can see the feeds of the employees in the teams you manage, and your own.</p>
        </div>
      ) : feed.isError ? (
        <ErrorMessage error={feed.error} onRetry={() => void feed.refetch()} />
      ) : (
        <>
          <section className="card" aria-labelledby="feed-summary-title" data-testid="feed-summary">
            <header className="card-header">
              <h2 id="feed-summary-title">{survey ? `${KIND_LABELS[survey.kind]} — last 90 days` : 'Score'}</h2>
              {summary.data ? <span className="muted small">95% margins of error; differences inside them may be chance.</span> : null}
            </header>
            {summary.isPending && employeeId ? (
              <Loading />
            ) : summary.isError ? (
              <ErrorMessage error={summary.error} onRetry={() => void summary.refetch()} />
            ) : summary.data && survey ? (
              <div className="summary-cards">
                <ScoreTile title={picked ? summary.data.employee.name : `You (${summary.data.employee.name})`} kind={survey.kind} value={summary.data.mine} mine testId="feed-score-mine" />
                <ScoreTile title={picked ? "Their team" : "Your team"} kind={survey.kind} value={summary.data.team} testId="feed-score-team" />
                <ScoreTile title="Everyone" kind={survey.kind} value={summary.data.overall} testId="feed-score-overall" />
              </div>
            ) : null}
          </section>

          {picked ? null : <FeedEmailSetting />}

          <section className="card" aria-labelledby="feed-list-title">
            <header className="card-header">
              <h2 id="feed-list-title">Responses attributed to {picked ? (employeeName ?? 'this employee') : 'you'}</h2>
            </header>
            {feed.isPending ? (
              <Loading />
            ) : rows.length === 0 ? (
              <p className="muted" data-testid="feed-empty">
                No responses attributed yet for this survey.
              </p>
            ) : (
              <ul className="feed-list" data-testid="feed-list">
                {rows.map((r) => (
                  <li key={r.id} className="feed-card" data-testid="feed-card">
                    <ScoreBadge score={r.score} group={r.group} kind={survey?.kind} />
                    <div className="comment-body">
                      {r.comment ? <p className="comment-text">{r.comment}</p> : <p className="muted">No comment.</p>}
                      <span className="muted comment-meta">
                        <Link to={`/responses/${r.id}`} title="Open the response">
                          <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
                        </Link>
                        {' · '}
                        {r.person ? r.person.name || r.person.email || r.person.externalId : 'Anonymous'}
                        {r.team ? ` · ${r.team}` : ''} · {channelLabel(r.channel)}
                      </span>
                    </div>
                  </li>
                ))}
              </ul>
            )}
            {feed.hasNextPage ? (
              <div className="load-more">
                <button type="button" className="btn" data-testid="feed-load-more" disabled={feed.isFetchingNextPage} onClick={() => void feed.fetchNextPage()}>
                  {feed.isFetchingNextPage ? 'Loading…' : 'Load more'}
                </button>
              </div>
            ) : null}
          </section>
        </>
      )}
    </div>
  );
}
