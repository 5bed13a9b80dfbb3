import type { PillTone } from '../common/StatusPill';

export const SEND_STATUS_TONE: Record<string, PillTone> = {
  scheduled: 'strong',
  sent: 'plain',
  responded: 'ok',
  skipped: 'warn',
  failed: 'danger',
  cancelled: 'muted',
};

/** Why a send was skipped, in words (fatigue rules and the person's state). */
export const SKIP_REASON_LABELS: Record<string, string> = {
  recently_surveyed: 'Recently surveyed',
  sampled_out: 'Sampled out',
  daily_cap: 'Daily cap reached',
  unsubscribed: 'Unsubscribed',
  bounced: 'Email bounced',
  no_email: 'No email address',
  survey_not_active: 'Survey not active',
};

export const SKIP_REASON_HELP: Record<string, string> = {
  recently_surveyed: 'Asked more recently than the minimum days between surveys.',
  sampled_out: 'Left out by the sampling percent.',
  daily_cap: 'The workspace reached its daily send cap.',
  unsubscribed: 'The person unsubscribed from surveys.',
  bounced: 'An earlier email to this address bounced.',
  no_email: 'The person has no email address.',
  survey_not_active: 'The survey was not active when the send was due.',
};

export interface ParsedRecipients {
  people: { email: string; name?: string }[];
  invalid: string[];
}

const EMAIL_RE = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** One recipient a line: `ann@example.com` or `Ann Lee <ann@example.com>`; semicolons also separate. */
export function parseRecipients(text: string): ParsedRecipients {
  const people: { email: string; name?: string }[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/[\n;]+/)) {
    const line = raw.trim();
    if (!line) continue;
    const named = /^(.*?)\s*<([^>]+)>$/.exec(line);
    const email = (named ? named[2] : line)?.trim() ?? '';
    const name = named?.[1]?.trim().replace(/^"|"$/g, '');
    if (!EMAIL_RE.test(email)) {
      invalid.push(line);
      continue;
    }
    const key = email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    people.push(name ? { email, name } : { email });
  }
  return { people, invalid };
}
