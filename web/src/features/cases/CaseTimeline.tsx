import type { ReactNode } from 'react';
import type { AlertRule, TimelineEvent } from '../../api/loop';
import type { Member } from '../../api/types';
import { formatDateTime } from '../common/format';
import { label, memberName, OUTCOME_LABELS, PRIORITY_LABELS, splitMentions, STATUS_LABELS } from './caseText';

/** Note text with @colleague@example.com mentions highlighted. */
export function MentionText({ text }: { text: string }) {
  return (
    <>
      {splitMentions(text).map((part, i) =>
        part.mention ? (
          <mark key={i} className="mention" data-testid="mention">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** Why a rule's case opened without an owner (the server's `noOwner` reasons). */
const NO_OWNER_TEXT: Record<string, string> = {
  no_team: 'the response has no team, so there is no team manager',
  no_manager: 'the team has no manager',
  no_team_members: 'no employee of the team is linked to a user',
  not_a_member: 'the member the rule assigns to has left the workspace',
};

function describe(e: TimelineEvent, who: (id: string | null) => string, rules: Map<string, AlertRule>): { icon: string; tone: string; title: ReactNode; body?: ReactNode } {
  const d = e.data ?? {};
  const actor = e.actorUserId ? who(e.actorUserId) : null;
  switch (e.kind) {
    case 'created': {
      const rule = str(d.ruleId);
      const owner = str(d.ownerUserId);
      const noOwner = str(d.noOwner);
      const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
      const notified = ids(d.notified);
      // named when no mail server was set up: nobody was emailed, so nobody "was told" (CaseService.open)
      const wouldNotify = ids(d.wouldNotify);
      const names = (list: string[]) => (list.length === 1 ? who(list[0] ?? null) : `the owners and admins (${list.map((u) => who(u)).join(', ')})`);
      const noContact = str(d.noContact);
      return {
        icon: '+',
        tone: noOwner ? 'bad' : 'info',
        title: (
          <>
            Case opened {rule ? <>by the alert rule “{rules.get(rule)?.name ?? 'deleted rule'}”</> : actor ? <>by {actor}</> : null}
            {owner ? <> and assigned to {who(owner)}</> : <>, unassigned</>}
          </>
        ),
        body:
          noOwner || noContact ? (
            <>
              {noOwner ? (
                <span className="block" data-testid="timeline-no-owner">
                  Nobody was assigned: {NO_OWNER_TEXT[noOwner] ?? 'the rule found no one'}.{' '}
                  {notified.length === 1 ? (
                    <>{who(notified[0] ?? null)} was told.</>
                  ) : notified.length > 1 ? (
                    <>The owners and admins were told ({notified.map((u) => who(u)).join(', ')}).</>
                  ) : wouldNotify.length > 0 ? (
                    <>
                      Nobody was emailed, as this server has no mail server set up; once email is set up, {names(wouldNotify)} would be told of cases like
                      this.
                    </>
                  ) : (
                    <>Nobody could be told.</>
                  )}
                </span>
              ) : null}
              {noContact ? (
                <span className="block" data-testid="timeline-no-contact">
                  No first-contact deadline: the customer left no way to be reached.
                </span>
              ) : null}
            </>
          ) : undefined,
      };
    }
    case 'assigned': {
      const to = str(d.to);
      return { icon: '→', tone: 'info', title: <>{actor ?? 'Clearloop'} assigned the case to {to ? who(to) : 'nobody'}</> };
    }
    case 'status': {
      if (str(d.priority)) return { icon: '!', tone: 'info', title: <>{actor ?? 'Clearloop'} set the priority to {label(PRIORITY_LABELS, str(d.priority))}</> };
      const to = str(d.to);
      const outcome = str(d.outcome);
      const rootCause = str(d.rootCause);
      return {
        icon: to === 'closed' ? '✓' : '•',
        tone: to === 'closed' || to === 'resolved' ? 'good' : 'info',
        title: (
          <>
            {actor ?? 'Clearloop'} moved the case from {label(STATUS_LABELS, str(d.from))} to {label(STATUS_LABELS, to)}
          </>
        ),
        body:
          outcome || rootCause ? (
            <span>
              Outcome: <strong>{label(OUTCOME_LABELS, outcome)}</strong>
              {rootCause ? (
                <>
                  {' '}
                  · Root cause: <strong>{rootCause}</strong>
                </>
              ) : null}
            </span>
          ) : undefined,
      };
    }
    case 'note':
      return { icon: '✎', tone: 'note', title: <>{actor ?? 'Someone'} added a note</>, body: e.body ? <MentionText text={e.body} /> : undefined };
    case 'contact_email':
      return {
        icon: '✉',
        tone: 'contact',
        title: (
          <>
            {actor ?? 'Someone'} emailed the customer{str(d.subject) ? <>: “{str(d.subject)}”</> : null}
          </>
        ),
        body: e.body ?? undefined,
      };
    case 'contact_call':
      return { icon: '☎', tone: 'contact', title: <>{actor ?? 'Someone'} logged a call with the customer</>, body: e.body ?? undefined };
    case 'escalated': {
      const deadline = str(d.deadline) === 'first_contact' ? 'first-contact' : 'resolution';
      const to = str(d.to);
      // emailed false: no mail server, so nobody was told (events from before the flag say nothing either way)
      const whom = to ? who(to) : 'the admins';
      const told = d.emailed === false ? <> — {whom} would be told once email is set up</> : <> — {whom} {to ? 'was' : 'were'} told</>;
      return { icon: '▲', tone: 'bad', title: <>Escalated: the {deadline} deadline passed{told}</> };
    }
    case 'resurvey':
      // by hand (the Re-survey button) it names who; the one planned on closing has no actor
      return { icon: '↻', tone: 'info', title: actor ? <>{actor} sent the customer the survey again (re-survey)</> : <>The customer was asked again (re-survey)</> };
    case 'won_back':
      return { icon: '★', tone: 'good', title: <>Won back: the customer answered {typeof d.score === 'number' ? d.score : 'again'}</> };
    case 'response':
      return { icon: '↩', tone: 'info', title: <>The customer answered again</>, body: e.body ?? undefined };
    default:
      return { icon: '•', tone: 'info', title: <>{e.kind}</>, body: e.body ?? undefined };
  }
}

export function CaseTimeline({ events, members, rules }: { events: TimelineEvent[]; members: Map<string, Member>; rules: Map<string, AlertRule> }) {
  const who = (id: string | null) => (id ? memberName(members.get(id)) : 'Clearloop');
  return (
    <ol className="timeline" data-testid="case-timeline">
      {events.map((e) => {
        const d = describe(e, who, rules);
        return (
          <li key={e.id} className={`timeline-item timeline-${d.tone}`} data-testid={`timeline-${e.kind}`}>
            <span className="timeline-icon" aria-hidden="true">
              {d.icon}
            </span>
            <div className="timeline-content">
              <div className="timeline-title">
                <span>{d.title}</span>
                <time className="muted small nowrap" dateTime={e.createdAt}>
                  {formatDateTime(e.createdAt)}
                </time>
              </div>
              {d.body ? <div className="timeline-body">{d.body}</div> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
