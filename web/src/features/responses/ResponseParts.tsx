/** Pieces of a response shown the same way on the response page and the case page. */
import type { SurveyResponse } from '../../api/types';
import { groupLabel } from '../common/format';
import { ScoreBadge } from '../common/ScoreBadge';
import '../cases/cases.css';

/** The score with its group, and the comment (or that there is none). */
export function ResponseQuote({ response, kind }: { response: SurveyResponse; kind: 'nps' | 'csat' | 'ces' | undefined }) {
  return (
    <div className="case-response">
      <ScoreBadge score={response.score} group={response.group} kind={kind} />
      <div className="case-response-text">
        <span className="muted small">{groupLabel(response.group)}</span>
        {response.comment ? <p className="comment-text case-quote">{response.comment}</p> : <p className="muted">No comment.</p>}
      </div>
    </div>
  );
}

/** Who answered: name (or external id, or email), with the email beside a name; "Anonymous" without a person. */
export function CustomerName({ person }: { person: SurveyResponse['person'] }) {
  if (!person) return <span className="muted">Anonymous</span>;
  return (
    <>
      {person.name || person.externalId || person.email}
      {person.email && person.name ? <span className="muted"> · {person.email}</span> : null}
    </>
  );
}
