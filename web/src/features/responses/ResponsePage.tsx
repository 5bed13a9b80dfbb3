import { Link, useParams } from 'react-router';
import { useSurveys } from '../../api/hooks';
import { useCases, useOpenCase, useResponse } from '../../api/loop';
import { canWrite, useCurrentSession } from '../../api/session-context';
import type { SurveyResponse } from '../../api/types';
import { ErrorMessage } from '../common/ErrorMessage';
import { channelLabel, formatDateTime, KIND_LABELS, LANGUAGE_LABELS } from '../common/format';
import { Loading } from '../common/Loading';
import { isNotFound, NotFoundState } from '../common/NotFoundState';
import { CustomerHistory } from './CustomerHistory';
import { CustomerName, ResponseQuote } from './ResponseParts';
import { ResponseTags } from './ResponseTags';
import { STATUS_LABELS } from '../cases/caseText';
import { useResponseAnalysis } from '../../api/themes';
import { SentimentBadge } from '../themes/SentimentBar';
import '../cases/cases.css';

const SCALES = { nps: '0–10', csat: '1–5', ces: '1–7' } as const;

function answerText(value: SurveyResponse['answers'][string] | undefined): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  return String(value);
}

function propertyText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * `/responses/:id`: one response in full — score, comment, the answers to extra questions, the customer's history
 * (their other responses and follow-up cases), who and where, tags (editable by managers and above), properties.
 */
export function ResponsePage() {
  const { id = '' } = useParams();
  const session = useCurrentSession();
  const response = useResponse(id);
  const surveys = useSurveys();

  if (response.isPending) return <Loading label="Loading the response…" />;
  if (response.isError) {
    if (isNotFound(response.error)) {
      return (
        <NotFoundState title="Response not found" backTo="/responses" backLabel="All responses" testId="response-not-found">
          {session.role === 'agent'
            ? 'It does not exist, or it is not attributed to you (agents see the feedback attributed to them).'
            : 'It does not exist in this workspace, or it was deleted.'}
        </NotFoundState>
      );
    }
    return <ErrorMessage error={response.error} onRetry={() => void response.refetch()} />;
  }

  const r = response.data;
  const survey = surveys.data?.find((s) => s.id === r.surveyId);
  const person = r.person;
  const who = person ? person.name || person.email || person.externalId || '' : '';
  const questions = survey?.questions ?? [];
  const answered = Object.entries(r.answers ?? {});
  // Answers in the survey's question order; answers to questions removed since come last, under their id.
  const answers = [
    ...questions.filter((q) => q.id in r.answers).map((q) => ({ key: q.id, label: q.label, value: r.answers[q.id] })),
    ...answered.filter(([key]) => !questions.some((q) => q.id === key)).map(([key, value]) => ({ key, label: key, value })),
  ];
  const properties = Object.entries(r.properties ?? {});

  return (
    <div className="stack" data-testid="response-page">
      <div className="page-header">
        <div className="case-heading">
          <Link to="/responses" className="back-link">
            ← Responses
          </Link>
          <h1>{who ? `Response from ${who}` : 'Anonymous response'}</h1>
        </div>
      </div>

      <div className="grid-2">
        <section className="card span-2" aria-labelledby="response-said-title">
          <header className="card-header">
            <h2 id="response-said-title">What the customer said</h2>
            {survey ? (
              <span className="muted small">
                {survey.name} · {KIND_LABELS[survey.kind]}, {SCALES[survey.kind]}
              </span>
            ) : null}
          </header>
          <ResponseQuote response={r} kind={survey?.kind} />
          {answers.length > 0 ? (
            <dl className="details" data-testid="response-answers">
              {answers.map((a) => (
                <div key={a.key} className="contents">
                  <dt>{a.label}</dt>
                  <dd>{answerText(a.value)}</dd>
                </div>
              ))}
            </dl>
          ) : questions.length > 0 ? (
            <p className="muted small">No answers to the survey’s extra questions.</p>
          ) : null}
        </section>

        <section className="card" aria-labelledby="response-facts-title">
          <header className="card-header">
            <h2 id="response-facts-title">Details</h2>
          </header>
          <dl className="details">
            <dt>Customer</dt>
            <dd data-testid="response-customer">
                <CustomerName person={person} />
              </dd>
            <dt>Team</dt>
            <dd>{r.team ?? <span className="muted">—</span>}</dd>
            <dt>Location</dt>
            <dd>{r.location ?? <span className="muted">—</span>}</dd>
            <dt>Employee</dt>
            <dd>{r.employee ?? <span className="muted">—</span>}</dd>
            <dt>Channel</dt>
            <dd>{channelLabel(r.channel)}</dd>
            <ResponseThemes responseId={r.id} />
            {r.language ? (
              <>
                <dt>Comment language</dt>
                <dd data-testid="response-language">{LANGUAGE_LABELS[r.language]}</dd>
              </>
            ) : null}
            <dt>Answered</dt>
            <dd>
              <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
            </dd>
            {r.updatedAt !== r.createdAt ? (
              <>
                <dt>Last changed</dt>
                <dd>
                  <time dateTime={r.updatedAt}>{formatDateTime(r.updatedAt)}</time>
                </dd>
              </>
            ) : null}
            <dt>Follow-up</dt>
            <dd data-testid="response-case">
              <FollowUp responseId={r.id} />
            </dd>
            <dt>Tags</dt>
            <dd>
              <ResponseTags response={r} />
            </dd>
          </dl>
        </section>

        <section className="card" aria-labelledby="response-props-title">
          <header className="card-header">
            <h2 id="response-props-title">Properties</h2>
          </header>
          {properties.length ? (
            <dl className="details" data-testid="response-properties">
              {properties.map(([key, value]) => (
                <div key={key} className="contents">
                  <dt>{key}</dt>
                  <dd>{propertyText(value)}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="muted">No properties were sent with this response (plan, region, order number…).</p>
          )}
        </section>

        <CustomerHistory responseId={r.id} />
      </div>
    </div>
  );
}

/** The follow-up case about this response (at most one), or a way to open one for those who may. */
function FollowUp({ responseId }: { responseId: string }) {
  const session = useCurrentSession();
  const cases = useCases({ responseId, limit: 1 });
  const open = useOpenCase();
  const found = cases.data?.pages[0]?.data[0];
  if (cases.isPending) return <span className="muted">…</span>;
  if (cases.isError) return <ErrorMessage error={cases.error} onRetry={() => void cases.refetch()} />;
  if (found) {
    return (
      <Link to={`/cases/${found.id}`} data-testid="response-case-link">
        Case · {STATUS_LABELS[found.status]}
      </Link>
    );
  }
  if (!canWrite(session)) return <span className="muted">No case</span>;
  return (
    <>
      <span className="muted">No case </span>
      <button type="button" className="btn btn-ghost btn-small" data-testid="response-open-case" disabled={open.isPending} onClick={() => open.mutate({ responseId })}>
        {open.isPending ? 'Opening…' : 'Open a case'}
      </button>
      <ErrorMessage error={open.error} />
    </>
  );
}

/**
 * The comment's sentiment and themes (text analytics), each theme linking to its page: what the Top problems page
 * counted this response under.
 */
function ResponseThemes({ responseId }: { responseId: string }) {
  const analysis = useResponseAnalysis(responseId);
  const a = analysis.data;
  if (!a?.analyzed || !a.sentiment) return null;
  const topLevel = a.themes.filter((t) => t.parentId === null || !a.themes.some((p) => p.id === t.parentId));
  // "lovely staff but the delivery took three weeks": each theme's own sentiment, when the comment mixes them
  const mixed = a.themes.some((t) => t.sentiment !== a.sentiment);
  return (
    <>
      <dt>Sentiment</dt>
      <dd data-testid="response-sentiment">
        <SentimentBadge sentiment={a.sentiment} />
      </dd>
      <dt>Themes</dt>
      <dd className="badges" data-testid="response-themes">
        {a.themes.length === 0 ? (
          <span className="muted">None of the taxonomy’s themes</span>
        ) : (
          (topLevel.length ? topLevel : a.themes).map((t) => {
            const subs = a.themes.filter((s) => s.parentId === t.id);
            return (
              <span key={t.id} className="badge" data-testid="response-theme">
                <Link to={`/problems/${encodeURIComponent(t.id)}`}>{t.label}</Link>
                {subs.length ? <span className="muted"> ({subs.map((s) => s.label).join(', ')})</span> : null}
                {mixed ? (
                  <>
                    {' '}
                    <SentimentBadge sentiment={t.sentiment} />
                  </>
                ) : null}
              </span>
            );
          })
        )}
      </dd>
    </>
  );
}
