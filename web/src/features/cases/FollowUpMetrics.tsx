import { useMemo, useState, type ReactNode } from 'react';
import { useCaseMetrics, type CaseMetricsSummary, type Share } from '../../api/loop';
import type { Member, Team } from '../../api/types';
import { presetRange, type RangePreset } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { formatNumber } from '../common/format';
import { Loading } from '../common/Loading';
import { formatHours, memberName } from './caseText';
import { TableWrap } from '../common/TableWrap';

type Preset = Exclude<RangePreset, 'custom'>;
const PRESETS: { value: Preset; label: string }[] = [
  { value: '30d', label: 'Last 30 days' },
  { value: '90d', label: 'Last 90 days' },
  { value: '12m', label: 'Last 12 months' },
];

/** "7 of 9 (78%)": the counts always come with the share, so small numbers are not over-read. */
export function ShareText({ share }: { share: Share }) {
  if (share.of === 0) return <span className="muted">none yet</span>;
  return (
    <span className="share">
      <span className="strong">
        {formatNumber(share.count)} of {formatNumber(share.of)}
      </span>{' '}
      <span className="muted">({share.percent === null ? '—' : `${formatNumber(share.percent)}%`})</span>
    </span>
  );
}

function Stat({ label, children, hint, testId }: { label: string; children: ReactNode; hint?: string; testId: string }) {
  return (
    <div className="metric-tile" data-testid={testId}>
      <span className="metric-label">{label}</span>
      <span className="metric-value">{children}</span>
      {hint ? <span className="hint">{hint}</span> : null}
    </div>
  );
}

function GroupTable({ title, rows, name }: { title: string; rows: (CaseMetricsSummary & { key: string })[]; name: (key: string) => string }) {
  return (
    <TableWrap label={title}>
      <table className="table metrics-table">
        <caption className="table-caption">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{title.replace('By ', '').replace(/^./, (c) => c.toUpperCase())}</th>
            <th scope="col" className="num">
              Cases
            </th>
            <th scope="col" className="num">
              Open
            </th>
            <th scope="col">Followed up</th>
            <th scope="col" className="num">
              Median to contact
            </th>
            <th scope="col">Contact on time</th>
            <th scope="col">Resolved on time</th>
            <th scope="col">Win-back</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={8} className="muted empty-row">
                No cases in this period.
              </td>
            </tr>
          ) : (
            rows.map((g) => (
              <tr key={g.key}>
                <th scope="row">{name(g.key)}</th>
                <td className="num">{formatNumber(g.cases)}</td>
                <td className="num">{formatNumber(g.open)}</td>
                <td>
                  <ShareText share={g.followedUp} />
                </td>
                <td className="num">{formatHours(g.medianHoursToFirstContact)}</td>
                <td>
                  <ShareText share={g.firstContactOnTime} />
                </td>
                <td>
                  <ShareText share={g.resolvedOnTime} />
                </td>
                <td>
                  <ShareText share={g.winBack} />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** Follow-up metrics for cases opened in a period: overall tiles and small tables by owner and by team. */
export function FollowUpMetrics({ members, teams }: { members: Map<string, Member>; teams: Map<string, { name: string } & Partial<Team>> }) {
  const [preset, setPreset] = useState<Preset>('30d');
  const range = useMemo(() => presetRange(preset), [preset]);
  const byOwner = useCaseMetrics({ ...range, groupBy: 'owner' });
  const byTeam = useCaseMetrics({ ...range, groupBy: 'team' });
  const m = byOwner.data;

  return (
    <section className="card" aria-labelledby="followup-title" data-testid="followup-metrics">
      <header className="card-header">
        <h2 id="followup-title">Follow-up</h2>
        <div className="field field-inline">
          <label htmlFor="metrics-range">Cases opened in</label>
          <select id="metrics-range" data-testid="metrics-range" value={preset} onChange={(e) => setPreset(e.target.value as Preset)}>
            {PRESETS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
      </header>
      {byOwner.isPending ? (
        <Loading />
      ) : byOwner.isError ? (
        <ErrorMessage error={byOwner.error} onRetry={() => void byOwner.refetch()} />
      ) : m ? (
        <>
          <div className="metric-tiles" aria-busy={byOwner.isFetching}>
            <Stat label="Cases" testId="metric-cases" hint={`${formatNumber(m.open)} still open`}>
              <span className="strong">{formatNumber(m.cases)}</span>
            </Stat>
            <Stat label="Followed up" testId="metric-followed-up" hint="Customer contacted at least once">
              <ShareText share={m.followedUp} />
            </Stat>
            <Stat label="Median time to first contact" testId="metric-median-contact" hint={`over ${formatNumber(m.followedUp.count)} contacted`}>
              <span className="strong">{formatHours(m.medianHoursToFirstContact)}</span>
            </Stat>
            <Stat label="Median time to close" testId="metric-median-close" hint={`over ${formatNumber(Object.values(m.outcomes).reduce((a, b) => a + b, 0))} closed`}>
              <span className="strong">{formatHours(m.medianHoursToClose)}</span>
            </Stat>
            <Stat label="First contact on time" testId="metric-contact-on-time" hint="of the cases contacted">
              <ShareText share={m.firstContactOnTime} />
            </Stat>
            <Stat label="Resolved on time" testId="metric-resolved-on-time" hint="of the cases resolved">
              <ShareText share={m.resolvedOnTime} />
            </Stat>
            <Stat label="Win-back rate" testId="metric-win-back" hint="cases on a negative answer won back: the customer later answered 7+, or the case closed as won back (e.g. renewed)">
              <ShareText share={m.winBack} />
            </Stat>
          </div>
          {m.cases > 0 && m.cases < 20 ? (
            <p className="hint">Few cases in this period: a single case moves these shares a lot.</p>
          ) : null}
          <div className="stack">
            <GroupTable title="By owner" rows={m.groups ?? []} name={(k) => (k === '(none)' ? 'Unassigned' : memberName(members.get(k)))} />
            {byTeam.isError ? (
              <ErrorMessage error={byTeam.error} />
            ) : (
              <GroupTable title="By team" rows={byTeam.data?.groups ?? []} name={(k) => (k === '(none)' ? 'No team' : (teams.get(k)?.name ?? 'Unknown team'))} />
            )}
          </div>
        </>
      ) : null}
    </section>
  );
}
