import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMembers, useTeams } from '../../api/hooks';
import { useBulkAssign, useCases, useUpdateCase, type CaseFilters, type CaseStatus, type FollowupCase } from '../../api/loop';
import { canWrite, useCurrentSession } from '../../api/session-context';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { CaseBoard } from './CaseBoard';
import { CASE_FILTER_KEYS, caseFilterValues, caseListQuery, STATUS_ANY } from './caseFilters';
import { CaseFiltersBar } from './CaseFiltersBar';
import { CaseList } from './CaseList';
import { memberName } from './caseText';
import { CloseCaseDialog } from './CloseCaseForm';
import { FollowUpMetrics } from './FollowUpMetrics';
import { useNow } from './useNow';
import './cases.css';

type View = 'list' | 'board' | 'metrics';
const VIEWS: { value: View; label: string }[] = [
  { value: 'list', label: 'List' },
  { value: 'board', label: 'Board' },
  { value: 'metrics', label: 'Follow-up metrics' },
];

/** `/cases`: the follow-up inbox (list or board), filtered through the URL, with bulk assignment and metrics. */
export function CasesPage() {
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const members = useMembers();
  const teams = useTeams();
  const now = useNow();
  const view: View = params.get('view') === 'board' ? 'board' : params.get('view') === 'metrics' ? 'metrics' : 'list';
  const canWork = session.role !== 'viewer';
  const canAssign = canWrite(session);

  // `/cases?team=<id>` (the weekly digest's link), `?owner=none` (the unassigned cases), … — see caseFilters.ts
  const values = useMemo(() => caseFilterValues(params), [params]);
  // an empty list says why: nothing open (the default), or no cases at all, unless other filters narrowed it
  const otherFilters = CASE_FILTER_KEYS.some((key) => key !== 'status' && values[key]);
  const whoseCases =
    session.role === 'agent' || session.role === 'manager'
      ? 'Cases assigned to you, about you, or (for managers) about the teams you manage show up here.'
      : 'Cases open when an alert rule matches a response — for example, every detractor.';

  const filters = useMemo(() => {
    const { status, priority, ...rest } = caseListQuery(values, { board: view === 'board' });
    const f: CaseFilters = { limit: 50, ...rest };
    if (status) f.status = status as CaseStatus;
    if (priority) f.priority = priority as CaseFilters['priority'];
    return f;
  }, [values, view]);

  const query = useCases(filters);
  const update = useUpdateCase();
  const bulk = useBulkAssign();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [assignee, setAssignee] = useState('');
  const [closing, setClosing] = useState<string | null>(null);
  const [bulkDone, setBulkDone] = useState<string | null>(null);

  const memberMap = useMemo(() => new Map((members.data ?? []).map((m) => [m.id, m])), [members.data]);
  const teamMap = useMemo(() => new Map((teams.data ?? []).map((t) => [t.id, t])), [teams.data]);
  const rows = query.data?.pages.flatMap((p) => p.data) ?? [];

  const setParam = (patch: Record<string, string>) => {
    setSelected(new Set());
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };

  const onMove = (kase: FollowupCase, status: CaseStatus) => {
    if (status === 'closed') return setClosing(kase.id);
    update.mutate({ id: kase.id, status });
  };

  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const assign = () => {
    if (!assignee || selected.size === 0) return;
    setBulkDone(null);
    bulk.mutate(
      { caseIds: [...selected], ownerUserId: assignee },
      {
        onSuccess: (r) => {
          setBulkDone(`${r.updated} ${r.updated === 1 ? 'case' : 'cases'} assigned to ${memberName(memberMap.get(assignee))}.`);
          setSelected(new Set());
        },
      },
    );
  };

  return (
    <div className="cases stack">
      <div className="page-header">
        <h1>Cases</h1>
        <div className="tabs" role="tablist" aria-label="Case views">
          {VIEWS.map((v) => (
            <button
              key={v.value}
              type="button"
              role="tab"
              aria-selected={view === v.value}
              className={view === v.value ? 'tab active' : 'tab'}
              data-testid={`cases-view-${v.value}`}
              onClick={() => setParam({ view: v.value === 'list' ? '' : v.value })}
            >
              {v.label}
            </button>
          ))}
        </div>
      </div>

      {view === 'metrics' ? (
        <FollowUpMetrics members={memberMap} teams={teamMap} />
      ) : (
        <>
          <CaseFiltersBar
            values={values}
            onChange={setParam}
            onReset={() => setParams(view === 'list' ? new URLSearchParams() : new URLSearchParams({ view }), { replace: true })}
            members={members.data ?? []}
            teams={teams.data ?? []}
            showStatus={view === 'list'}
          />
          {update.isError ? <ErrorMessage error={update.error} /> : null}
          <section className="card" aria-labelledby="cases-title">
            <header className="card-header">
              <h2 id="cases-title" className="visually-hidden">
                Case list
              </h2>
              <span className="muted" aria-live="polite" data-testid="cases-count">
                {query.isPending ? '' : `${rows.length}${query.hasNextPage ? '+' : ''} ${rows.length === 1 ? 'case' : 'cases'}`}
              </span>
              {canAssign && view === 'list' ? (
                <div className="bulk-bar" data-testid="bulk-bar">
                  <span className="muted small">{selected.size} selected</span>
                  <label htmlFor="bulk-assignee" className="visually-hidden">
                    Assign selected cases to
                  </label>
                  <select id="bulk-assignee" data-testid="bulk-assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
                    <option value="">Assign to…</option>
                    {(members.data ?? [])
                      .filter((m) => m.role !== 'viewer')
                      .map((m) => (
                        <option key={m.id} value={m.id}>
                          {memberName(m)}
                        </option>
                      ))}
                  </select>
                  <button type="button" className="btn btn-small" data-testid="bulk-assign" disabled={!assignee || selected.size === 0 || bulk.isPending} onClick={assign}>
                    {bulk.isPending ? 'Assigning…' : 'Assign'}
                  </button>
                </div>
              ) : null}
            </header>
            {bulk.isError ? <ErrorMessage error={bulk.error} /> : null}
            {bulkDone ? (
              <p className="alert alert-success" role="status">
                {bulkDone}
              </p>
            ) : null}
            {query.isPending ? (
              <Loading />
            ) : query.isError && rows.length === 0 ? (
              <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
            ) : rows.length === 0 && !otherFilters && view === 'list' && !values.status ? (
              // the default list holds the open cases only: say so, and offer the others (there may be closed ones)
              <div className="empty-state" data-testid="cases-empty">
                <h2>No open cases</h2>
                <p>
                  <button type="button" className="btn" data-testid="cases-empty-any-status" onClick={() => setParam({ status: STATUS_ANY })}>
                    Show cases of any status
                  </button>
                </p>
                <p className="muted">{whoseCases}</p>
              </div>
            ) : rows.length === 0 && !otherFilters && (view === 'board' || values.status === STATUS_ANY) ? (
              <div className="empty-state" data-testid="cases-empty">
                <h2>No cases yet</h2>
                <p className="muted">{whoseCases}</p>
                {session.role === 'owner' || session.role === 'admin' ? (
                  <Link className="btn" to="/settings/alert-rules">
                    Set up an alert rule
                  </Link>
                ) : null}
              </div>
            ) : view === 'board' ? (
              <CaseBoard rows={rows} members={memberMap} now={now} editable={canWork} onMove={onMove} pendingId={update.isPending ? (update.variables?.id ?? null) : null} />
            ) : (
              <CaseList
                rows={rows}
                members={memberMap}
                teams={teamMap}
                now={now}
                selected={selected}
                selectable={canAssign}
                onToggle={toggle}
                onToggleAll={(checked) => setSelected(checked ? new Set(rows.map((r) => r.id)) : new Set())}
              />
            )}
            {query.isFetchNextPageError ? <ErrorMessage error={query.error} /> : null}
            {query.hasNextPage ? (
              <div className="load-more">
                <button type="button" className="btn" data-testid="cases-load-more" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                  {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
                </button>
              </div>
            ) : null}
          </section>
        </>
      )}
      {closing ? <CloseCaseDialog caseId={closing} onClose={() => setClosing(null)} /> : null}
    </div>
  );
}
