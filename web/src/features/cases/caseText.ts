import type { CaseAssignment, CaseOutcome, CasePriority, CaseStatus, FollowupCase } from '../../api/loop';
import type { Member } from '../../api/types';
import type { PillTone } from '../common/StatusPill';

export const STATUS_LABELS: Record<CaseStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const STATUS_TONES: Record<CaseStatus, PillTone> = {
  open: 'strong',
  in_progress: 'warn',
  resolved: 'ok',
  closed: 'muted',
};

export const PRIORITY_LABELS: Record<CasePriority, string> = {
  low: 'Low',
  normal: 'Normal',
  high: 'High',
  urgent: 'Urgent',
};

export const OUTCOME_LABELS: Record<CaseOutcome, string> = {
  won_back: 'Won back',
  not_recoverable: 'Not recoverable',
  no_reply: 'No reply',
  no_action_needed: 'No action needed',
};

export const ASSIGNMENT_LABELS: Record<CaseAssignment, string> = {
  team_manager: "The response's team manager",
  round_robin: 'Round robin within a team',
  user: 'A named member',
  none: 'Nobody (unassigned)',
};

export function label<K extends string>(labels: Record<K, string>, value: string | null | undefined): string {
  if (!value) return '—';
  return (labels as Record<string, string>)[value] ?? value;
}

export function memberName(m: Pick<Member, 'name' | 'email'> | undefined): string {
  if (!m) return 'Unknown member';
  return m.name || m.email;
}

/** "3 h", "45 min", "2 d" — a rough length of time, for due times. */
export function formatSpan(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} d`;
}

/** "due in 3 h" or "overdue by 2 h". */
export function dueText(iso: string, now = Date.now()): string {
  const diff = Date.parse(iso) - now;
  return diff >= 0 ? `due in ${formatSpan(diff)}` : `overdue by ${formatSpan(diff)}`;
}

export interface NextDeadline {
  what: 'First contact' | 'Resolution';
  at: string;
  overdue: boolean;
  text: string;
}

/** The deadline a working case runs against now: first contact until the customer is contacted, then resolution. */
export function nextDeadline(c: FollowupCase, now = Date.now()): NextDeadline | null {
  if (c.status === 'resolved' || c.status === 'closed') return null;
  // a case on a customer who cannot be reached has no first-contact deadline: the server sets it to the resolution
  // one (CaseService.open), so the resolution deadline is the one to show
  const firstContact = !c.firstContactedAt && c.firstContactDueAt !== c.resolutionDueAt;
  const at = firstContact ? c.firstContactDueAt : c.resolutionDueAt;
  // A case is also overdue when the resolution deadline passed before anyone made first contact.
  const resolutionLate = Date.parse(c.resolutionDueAt) < now;
  if (firstContact && resolutionLate) return { what: 'Resolution', at: c.resolutionDueAt, overdue: true, text: dueText(c.resolutionDueAt, now) };
  return { what: firstContact ? 'First contact' : 'Resolution', at, overdue: Date.parse(at) < now, text: dueText(at, now) };
}

export function formatHours(h: number | null): string {
  if (h === null) return '—';
  if (h < 1) return `${Math.round(h * 60)} min`;
  if (h < 48) return `${h.toFixed(h < 10 ? 1 : 0)} h`;
  return `${(h / 24).toFixed(1)} d`;
}

/** Mentions in a note: `@` followed by a colleague's email address. */
export const MENTION_PATTERN = /@[^\s@]+@[^\s@]+\.[A-Za-z]{2,}/g;

export function splitMentions(text: string): { text: string; mention: boolean }[] {
  const parts: { text: string; mention: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(MENTION_PATTERN)) {
    const start = m.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), mention: false });
    parts.push({ text: m[0], mention: true });
    last = start + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mention: false });
  return parts;
}

export interface ContactTemplate {
  id: string;
  name: string;
  subject: string;
  body: string;
}

/** Starting points for a message to the customer; {name} is the customer's name, {me} the sender's. */
export const CONTACT_TEMPLATES: readonly ContactTemplate[] = [
  {
    id: 'sorry',
    name: 'Apology and call-back offer',
    subject: 'Sorry about your experience, {name}',
    body: 'Hi {name},\n\nThank you for telling us how we did. I am sorry we let you down. I would like to understand what happened and put it right — could we have a quick call this week? Just reply with a time that suits you.\n\nBest regards,\n{me}',
  },
  {
    id: 'details',
    name: 'Ask for details',
    subject: 'Could you tell us a little more, {name}?',
    body: 'Hi {name},\n\nThanks for your feedback. I am looking into it personally and want to make sure I get it right. Could you tell me a little more about what happened, and when?\n\nThank you,\n{me}',
  },
  {
    id: 'fixed',
    name: 'Follow-up: we fixed it',
    subject: 'We have acted on your feedback, {name}',
    body: 'Hi {name},\n\nYou told us something was not right, and we listened. Here is what we changed: …\n\nThank you for helping us improve. If anything else comes up, reply to this email and it comes straight to me.\n\nBest regards,\n{me}',
  },
];

export function fillTemplate(text: string, values: { name: string; me: string }): string {
  return text.replace(/\{name\}/g, values.name).replace(/\{me\}/g, values.me);
}
