import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useSurveys } from '../../api/hooks';
import { canWrite, useCurrentSession } from '../../api/session-context';
import { ErrorMessage } from '../common/ErrorMessage';
import { formatDate, formatNumber, KIND_LABELS } from '../common/format';
import { Loading } from '../common/Loading';
import { StatusPill } from '../common/StatusPill';
import { DeleteSurveyButton, DuplicateSurveyButton } from './SurveyActions';
import { STATUS_TONE } from './surveyText';
import { TableWrap } from '../common/TableWrap';

/** Every survey of the workspace, with links to edit and distribute each; writers also duplicate and delete. */
export function SurveysPage() {
  const session = useCurrentSession();
  const surveys = useSurveys();
  const location = useLocation();
  // The editor sends people here after deleting a survey; a deletion from this list says so the same way.
  const [deleted, setDeleted] = useState<string | null>(() => (location.state as { deleted?: string } | null)?.deleted ?? null);
  const writable = canWrite(session);
  const list = (surveys.data ?? []).filter((s) => (s.purpose ?? 'survey') === 'survey');

  return (
    <div className="stack">
      <div className="page-header">
        <h1>Surveys</h1>
        {writable ? (
          <Link to="/surveys/new" className="btn btn-primary" data-testid="survey-new">
            New survey
          </Link>
        ) : null}
      </div>
      <p role="status" className={deleted ? 'alert alert-success' : 'visually-hidden'} data-testid={deleted ? 'survey-deleted' : undefined}>
        {deleted ? `Deleted “${deleted}”.` : ''}
      </p>
      <section className="card" aria-labelledby="surveys-title">
        <header className="card-header">
          <h2 id="surveys-title" className="visually-hidden">
            Survey list
          </h2>
        </header>
        {surveys.isPending ? (
          <Loading />
        ) : surveys.isError ? (
          <ErrorMessage error={surveys.error} onRetry={() => void surveys.refetch()} />
        ) : list.length === 0 ? (
          <p className="muted">No surveys yet.{writable ? ' Create one to start asking for feedback.' : ''}</p>
        ) : (
          <TableWrap label="Surveys">
            <table className="table" data-testid="surveys-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Status</th>
                  <th scope="col">Question</th>
                  <th scope="col" className="num">
                    Responses
                  </th>
                  <th scope="col">Updated</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <Link to={`/surveys/${s.id}`}>{s.name}</Link>
                    </th>
                    <td>{KIND_LABELS[s.kind]}</td>
                    <td>
                      <StatusPill tone={STATUS_TONE[s.status]}>{s.status}</StatusPill>
                    </td>
                    <td className="comment-col">{s.question || <span className="muted">Default question</span>}</td>
                    <td className="num" data-testid="survey-responses">
                      {formatNumber(s.responseCount)}
                    </td>
                    <td className="nowrap">{formatDate(s.updatedAt)}</td>
                    <td className="actions">
                      <Link to={`/surveys/${s.id}`} className="btn btn-small">
                        {writable ? 'Edit' : 'View'}
                      </Link>{' '}
                      <Link to={`/surveys/${s.id}/distribute`} className="btn btn-small">
                        Distribute
                      </Link>
                      {writable ? (
                        <>
                          {' '}
                          <DuplicateSurveyButton survey={s} small /> <DeleteSurveyButton survey={s} small onDeleted={() => setDeleted(s.name)} />
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
    </div>
  );
}
