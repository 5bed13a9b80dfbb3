import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMembers, useSurveys, useTeams } from '../../api/hooks';
import { CASE_PRIORITIES, CASE_STATUSES, isScopeError, useAlertRules, useCase, useUpdateCase, type CasePriority, type CaseStatus } from '../../api/loop';
import { useCurrentSession } from '../../api/session-context';
import { ErrorMessage } from '../common/ErrorMessage';
import { ErrorSummary, FieldError, useFieldErrors } from '../common/FieldError';
import { channelLabel, formatDateTime } from '../common/format';
import { Loading } from '../common/Loading';
import { CustomerName, ResponseQuote } from '../responses/ResponseParts';
import { useCanOpenResponse } from '../responses/useCanOpenResponse';
import { CaseStatusPill, PriorityChip } from './CaseBadges';
import { ContactForm, NoteForm } from './CaseForms';
import { CaseTimeline } from './CaseTimeline';
import { dueText, label, memberName, OUTCOME_LABELS, PRIORITY_LABELS, STATUS_LABELS } from './caseText';
import { CloseCaseForm } from './CloseCaseForm';
import { ResurveyPanel } from './ResurveyPanel';
import { useNow } from './useNow';
import './cases.css';

function Deadline({ label: what, due, doneAt, doneLabel, working, now, testId }: { label: string; due: string; doneAt: string | null; doneLabel: string; working: boolean; now: number; testId: string }) {
  const late = doneAt ? doneAt > due : Date.parse(due) < now;
  return (
    <div className="deadline" data-testid={testId}>
      <dt>{what}</dt>
      <dd>
        <span className="block">
          Due <time dateTime={due}>{formatDateTime(due)}</time>
        </span>
        {doneAt ? (
          <span className={late ? 'due-text due-late small' : 'tone-text-good small'}>
            {doneLabel} {formatDateTime(doneAt)}
            {late ? ' (late)' : ' (on time)'}
          </span>
        ) : working ? (
          <span className={late ? 'due-text due-late small' : 'due-text small'}>{dueText(due, now)}</span>
        ) : (
          <span className="muted small">Not reached before the case ended</span>
        )}
      </dd>
    </div>
  );
}

/** Why there is nobody to contact on a case (the server's `noContact`), as the case page says it. */
const NO_CONTACT_TEXT: Record<string, string> = {
  anonymous: 'This response is anonymous: the customer left no name, email address or phone number, so there is nobody to contact.',
  no_contact_details: 'The customer left no email address or phone number, so there is no way to contact them.',
};

/** `/cases/:id`: the response, owner/priority/status controls, deadlines, the timeline, notes, contact and closing. */
export function CasePage() {
  const { id } = useParams();
  const session = useCurrentSession();
  const query = useCase(id);
  const members = useMembers();
  const teams = useTeams();
  const surveys = useSurveys();
  const rules = useAlertRules();
  const update = useUpdateCase();
  const errors = useFieldErrors(update.error);
  const canOpenResponse = useCanOpenResponse();
  const now = useNow();
  const [closing, setClosing] = useState(false);

  const memberMap = useMemo(() => new Map((members.data ?? []).map((m) => [m.id, m])), [members.data]);
  const ruleMap = useMemo(() => new Map((rules.data ?? []).map((r) => [r.id, r])), [rules.data]);
  const canWork = session.role !== 'viewer';

  if (query.isPending) return <Loading label="Loading the case…" />;
  if (query.isError) {
    if (isScopeError(query.error)) {
      return (
        <div className="empty-state" data-testid="case-not-found">
          <h1>Case not found</h1>
          <p className="muted">It does not exist, or it is outside what you can see (agents see their own cases; managers their teams’).</p>
          <Link to="/cases">Back to the cases</Link>
        </div>
      );
    }
    return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  }

  const c = query.data;
  const r = c.response;
  const person = r.person;
  const customerName = person?.name || person?.email || person?.externalId || '';
  const teamName = c.teamId ? (teams.data?.find((t) => t.id === c.teamId)?.name ?? r.team) : r.team;
  const survey = surveys.data?.find((s) => s.id === r.surveyId);
  const surveyName = survey?.name;
  const working = c.status === 'open' || c.status === 'in_progress';
  // closed is final (an outcome and a root cause were recorded): nothing changes until someone reopens it
  const closed = c.status === 'closed';
  const editable = canWork && !closed;
  const noContact = c.noContact ? (NO_CONTACT_TEXT[c.noContact] ?? 'The customer left no way to be reached.') : null;
  const me = memberName(memberMap.get(session.user.id) ?? { name: session.user.name, email: session.user.email });

  const setStatus = (status: CaseStatus) => {
    if (status === 'closed') return setClosing(true);
    setClosing(false);
    update.mutate({ id: c.id, status });
  };

  return (
    <div className="case-page stack" data-testid="case-page">
      <div className="page-header">
        <div className="case-heading">
          <Link to="/cases" className="back-link">
            ← Cases
          </Link>
          <h1>
            Case{customerName ? `: ${customerName}` : ''}
          </h1>
          <div className="badges">
            <CaseStatusPill status={c.status} />
            <PriorityChip priority={c.priority} />
            {c.overdue ? (
              <span className="overdue-badge" data-testid="case-overdue">
                Overdue
              </span>
            ) : null}
            {c.escalatedAt ? <span className="pill pill-danger">Escalated</span> : null}
            {c.wonBack ? (
              <span className="pill pill-ok" data-testid="case-won-back">
                Won back
              </span>
            ) : null}
          </div>
        </div>
      </div>

      <div className="case-grid">
        <div className="stack">
          <section className="card" aria-labelledby="case-response-title" data-testid="case-response">
            <header className="card-header">
              <h2 id="case-response-title">What the customer said</h2>
              <span className="muted small">{surveyName}</span>
            </header>
            <ResponseQuote response={r} kind={survey?.kind} />
            <dl className="details case-facts">
              <dt>Customer</dt>
              <dd data-testid="case-customer">
                <CustomerName person={person} />
              </dd>
              <dt>Team</dt>
              <dd>{teamName ?? <span className="muted">—</span>}</dd>
              <dt>Employee</dt>
              <dd>{r.employee ?? <span className="muted">—</span>}</dd>
              {r.location ? (
                <>
                  <dt>Location</dt>
                  <dd>{r.location}</dd>
                </>
              ) : null}
              <dt>Channel</dt>
              <dd>{channelLabel(r.channel)}</dd>
              <dt>Answered</dt>
              <dd>
                {canOpenResponse(r.employeeId) ? (
                  <Link to={`/responses/${r.id}`} title="The whole response: answers, tags and properties">
                    <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
                  </Link>
                ) : (
                  <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
                )}
              </dd>
              {r.tags && r.tags.length > 0 ? (
                <>
                  <dt>Tags</dt>
                  <dd className="badges">
                    {r.tags.map((t) => (
                      <span key={t} className="pill">
                        {t}
                      </span>
                    ))}
                  </dd>
                </>
              ) : null}
            </dl>
          </section>

          <section className="card" aria-labelledby="case-timeline-title">
            <header className="card-header">
              <h2 id="case-timeline-title">Timeline</h2>
            </header>
            <CaseTimeline events={c.timeline} members={memberMap} rules={ruleMap} />
          </section>

          {canWork ? (
            <>
              <section className="card" aria-labelledby="case-note-title">
                <header className="card-header">
                  <h2 id="case-note-title">Add a note</h2>
                </header>
                <NoteForm caseId={c.id} members={(members.data ?? []).filter((m) => m.id !== session.user.id)} />
              </section>
              <section className="card" aria-labelledby="case-contact-title">
                <header className="card-header">
                  <h2 id="case-contact-title">Contact the customer</h2>
                  {c.firstContactedAt ? <span className="muted small">First contact {formatDateTime(c.firstContactedAt)}</span> : null}
                </header>
                {noContact ? (
                  <p className="hint" data-testid="case-no-contact">
                    {noContact} Learn from what they wrote, then resolve the case.
                  </p>
                ) : null}
                {closed ? (
                  <p className="hint" data-testid="case-contact-closed">
                    The case is closed: reopen it to contact the customer.
                  </p>
                ) : (
                  <ContactForm caseId={c.id} customerName={person?.name ?? ''} customerEmail={person?.email ?? null} emailConfigured={c.emailConfigured} myName={me} />
                )}
              </section>
              <section className="card" aria-labelledby="case-resurvey-title">
                <header className="card-header">
                  <h2 id="case-resurvey-title">Re-survey</h2>
                </header>
                <ResurveyPanel
                  caseId={c.id}
                  customerEmail={person?.email ?? null}
                  emailConfigured={c.emailConfigured}
                  fromFeedbackPage={survey?.purpose === 'feedback_page' || r.channel === 'feedback_page'}
                  closed={closed}
                />
              </section>
            </>
          ) : null}
        </div>

        <div className="stack case-side">
          <section className="card" aria-labelledby="case-controls-title">
            <header className="card-header">
              <h2 id="case-controls-title">Case</h2>
            </header>
            <ErrorSummary errors={errors} />
            {closed && canWork ? (
              <div className="stack stack-tight" data-testid="case-read-only">
                <p className="hint" id="case-closed-note">
                  This case is closed, so it is read-only. Reopen it to change its owner, priority or status, or to contact the customer.
                </p>
                <div>
                  <button
                    type="button"
                    className="btn"
                    data-testid="case-reopen"
                    disabled={update.isPending}
                    // back to where the work stood: in progress once the customer was contacted
                    onClick={() => update.mutate({ id: c.id, status: c.firstContactedAt ? 'in_progress' : 'open' })}
                  >
                    {update.isPending ? 'Reopening…' : 'Reopen'}
                  </button>
                </div>
              </div>
            ) : null}
            <div className="form">
              <div className="field">
                <label htmlFor="case-owner">Owner</label>
                <select
                  id="case-owner"
                  {...errors.inputProps('ownerUserId')}
                  data-testid="case-owner"
                  disabled={!editable || update.isPending}
                  aria-describedby={closed && canWork ? 'case-closed-note' : undefined}
                  value={c.ownerUserId ?? ''}
                  onChange={(e) => e.target.value && update.mutate({ id: c.id, ownerUserId: e.target.value })}
                >
                  {c.ownerUserId ? null : <option value="">Unassigned</option>}
                  {(members.data ?? [])
                    .filter((m) => m.role !== 'viewer' || m.id === c.ownerUserId)
                    .map((m) => (
                      <option key={m.id} value={m.id}>
                        {memberName(m)}
                      </option>
                    ))}
                </select>
                <FieldError errors={errors} field="ownerUserId" />
              </div>
              <div className="field">
                <label htmlFor="case-priority">Priority</label>
                <select id="case-priority" data-testid="case-priority-select" disabled={!editable || update.isPending} aria-describedby={closed && canWork ? 'case-closed-note' : undefined} value={c.priority} onChange={(e) => update.mutate({ id: c.id, priority: e.target.value as CasePriority })}>
                  {CASE_PRIORITIES.map((p) => (
                    <option key={p} value={p}>
                      {PRIORITY_LABELS[p]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="case-status">Status</label>
                <select id="case-status" data-testid="case-status-select" disabled={!editable || update.isPending} aria-describedby={closed && canWork ? 'case-closed-note' : undefined} value={closing ? 'closed' : c.status} onChange={(e) => setStatus(e.target.value as CaseStatus)}>
                  {CASE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
              </div>
              {c.status === 'closed' ? (
                <dl className="details" data-testid="case-outcome">
                  <dt>Outcome</dt>
                  <dd>{label(OUTCOME_LABELS, c.outcome)}</dd>
                  <dt>Root cause</dt>
                  <dd>{c.rootCause ?? '—'}</dd>
                  <dt>Closed</dt>
                  <dd>{formatDateTime(c.closedAt)}</dd>
                </dl>
              ) : null}
            </div>
            {canWork && c.status !== 'closed' && !closing ? (
              <button type="button" className="btn" data-testid="case-close" onClick={() => setClosing(true)}>
                Close the case…
              </button>
            ) : null}
            {closing ? (
              <div className="close-panel">
                <h3 className="small strong">Close the case</h3>
                <CloseCaseForm caseId={c.id} idPrefix="case" onDone={() => setClosing(false)} onCancel={() => setClosing(false)} />
              </div>
            ) : null}
          </section>

          <section className="card" aria-labelledby="case-deadlines-title">
            <header className="card-header">
              <h2 id="case-deadlines-title">Deadlines</h2>
            </header>
            <dl className="deadlines">
              {noContact && !c.firstContactedAt ? (
                <div className="deadline" data-testid="deadline-first-contact">
                  <dt>First contact</dt>
                  <dd className="muted small">None: the customer cannot be reached.</dd>
                </div>
              ) : (
                <Deadline label="First contact" due={c.firstContactDueAt} doneAt={c.firstContactedAt} doneLabel="Contacted" working={working} now={now} testId="deadline-first-contact" />
              )}
              <Deadline label="Resolution" due={c.resolutionDueAt} doneAt={c.resolvedAt} doneLabel="Resolved" working={working} now={now} testId="deadline-resolution" />
            </dl>
            {!working ? null : c.escalatedAt ? <p className="small tone-text-bad">Escalated {formatDateTime(c.escalatedAt)}.</p> : <p className="hint">Missing a deadline escalates the case to the owner’s manager.</p>}
            <p className="muted small">Opened {formatDateTime(c.createdAt)}</p>
          </section>
        </div>
      </div>
    </div>
  );
}
