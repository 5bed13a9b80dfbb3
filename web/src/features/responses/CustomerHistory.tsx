import { useState } from 'react';
import { Link } from 'react-router';
import { useCurrentSession } from '../../api/session-context';
import { ErrorMessage } from '../common/ErrorMessage';
import { channelLabel, formatDate, KIND_LABELS } from '../common/format';
import { Loading } from '../common/Loading';
import { ScoreBadge } from '../common/ScoreBadge';
import { StatusPill } from '../common/StatusPill';
import { TableWrap } from '../common/TableWrap';
import { OUTCOME_LABELS, PRIORITY_LABELS, STATUS_LABELS, STATUS_TONES } from '../cases/caseText';
import { type HistoryCase, type ResponseHistory, useResponseHistory } from './responseApi';
import './responses.css';

/** Rows shown before "Show more": enough to see a trend without pushing the rest of the page away. */
const FIRST_ROWS = 5;

/**
 * "Customer history" on a response's page, for a manager about to call the customer back: what else this person
 * told us and how earlier follow-ups went, newest first. Only what the reader may open is listed (the server
 * scopes it: agents see their own feedback and cases), so every row links to a page that opens.
 */
export function CustomerHistory({ responseId }: { responseId: string }) {
  const history = useResponseHistory(responseId);
  return (
    <section className="card span-2" aria-labelledby="response-history-title" data-testid="response-history">
      <header className="card-header">
        <h2 id="response-history-title">Customer history</h2>
      </header>
      {history.isPending ? (
        <Loading label="Loading the customer’s history…" />
      ) : history.isError ? (
        <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.person === null ? (
        <p className="muted" data-testid="response-history-anonymous">
          This response is anonymous: no customer is linked to it (the public link, an anonymous widget visitor, or a person since deleted), so there is no history
          to show.
        </p>
      ) : (
        <HistoryLists history={history.data} />
      )}
    </section>
  );
}

function HistoryLists({ history }: { history: ResponseHistory }) {
  const session = useCurrentSession();
  const [expanded, setExpanded] = useState(false);
  const { responses, cases } = history;
  const person = history.person!;
  const shown = expanded ? responses.data : responses.data.slice(0, FIRST_ROWS);
  const hidden = responses.data.length - shown.length;
  const moreResponses = responses.total - responses.data.length;
  const moreCases = cases.total - cases.data.length;
  // an agent sees only the feedback and cases that are theirs: say so, or "no other responses" would mislead
  const scoped = session.role === 'agent';
  return (
    <div className="history-grid">
      <div>
        <h3 className="history-title">
          Other responses <span className="muted">({responses.total})</span>
        </h3>
        {responses.data.length === 0 ? (
          <p className="muted" data-testid="response-history-no-responses">
            {scoped ? 'No other responses of this customer attributed to you.' : 'This is the customer’s only response.'}
          </p>
        ) : (
          <TableWrap label="Other responses of this customer">
            <table className="table history-table" data-testid="response-history-responses">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Survey</th>
                  <th scope="col" className="num">
                    Score
                  </th>
                  <th scope="col">Comment</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.id}>
                    <td className="nowrap">
                      <Link to={`/responses/${r.id}`} data-testid="response-history-response" title="Open the response">
                        <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time>
                      </Link>
                    </td>
                    <td>
                      {r.surveyName}
                      {r.surveyName.includes(KIND_LABELS[r.surveyKind]) ? null : <span className="muted small"> {KIND_LABELS[r.surveyKind]}</span>}
                    </td>
                    <td className="num">
                      <ScoreBadge score={r.score} group={r.group} kind={r.surveyKind} />
                    </td>
                    <td className="history-comment">
                      {r.excerpt ?? <span className="muted">No comment</span>} <span className="muted small">· {channelLabel(r.channel)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        {hidden > 0 ? (
          <button type="button" className="btn btn-ghost btn-small history-expand" data-testid="response-history-expand" onClick={() => setExpanded(true)}>
            Show {hidden} more
          </button>
        ) : null}
        {moreResponses > 0 && hidden === 0 ? (
          <p className="small" data-testid="response-history-more">
            <Link to={`/responses?personId=${encodeURIComponent(person.id)}`}>
              {moreResponses} earlier {moreResponses === 1 ? 'response' : 'responses'} not shown — see all of this customer’s responses
            </Link>
          </p>
        ) : null}
      </div>
      <div>
        <h3 className="history-title">
          Follow-up cases <span className="muted">({cases.total})</span>
        </h3>
        {cases.data.length === 0 ? (
          <p className="muted" data-testid="response-history-no-cases">
            {scoped ? 'No cases about this customer that are yours.' : 'No case was opened for this customer.'}
          </p>
        ) : (
          <ul className="history-cases" data-testid="response-history-cases">
            {cases.data.map((c) => (
              <CaseRow key={c.id} c={c} current={c.responseId === history.responseId} />
            ))}
          </ul>
        )}
        {moreCases > 0 ? (
          <p className="small muted" data-testid="response-history-more-cases">
            and {moreCases} earlier {moreCases === 1 ? 'case' : 'cases'}
          </p>
        ) : null}
      </div>
    </div>
  );
}

function CaseRow({ c, current }: { c: HistoryCase; current: boolean }) {
  return (
    <li>
      <Link to={`/cases/${c.id}`} data-testid="response-history-case">
        Case opened <time dateTime={c.createdAt}>{formatDate(c.createdAt)}</time>
      </Link>{' '}
      {current ? <span className="muted small">(about this response)</span> : null}
      <span className="badges history-case-facts">
        <StatusPill tone={STATUS_TONES[c.status]}>{STATUS_LABELS[c.status]}</StatusPill>
        {c.outcome ? <StatusPill tone={c.outcome === 'won_back' ? 'ok' : 'muted'}>{OUTCOME_LABELS[c.outcome]}</StatusPill> : null}
        {c.wonBack && c.outcome !== 'won_back' ? <StatusPill tone="ok">Won back</StatusPill> : null}
        {c.overdue ? <StatusPill tone="danger">Overdue</StatusPill> : null}
        <span className="muted small">{PRIORITY_LABELS[c.priority]} priority</span>
      </span>
    </li>
  );
}
