// The CSV of the personal links just created (the Send form's result), built in the browser from the sends the
// server answered: they are all there, at most 1,000. The Sends table's download of every send is the server's
// (GET /api/v1/sends/export), which pages through all of them.
import type { Send } from '../../api/types';

/** The columns of a personal-links CSV, in order. */
const LINKS_CSV_COLUMNS = ['name', 'email', 'external_id', 'link', 'expires_at', 'status'] as const;

/**
 * One CSV cell (RFC 4180 quoting). A value a spreadsheet would run as a formula (=, +, -, @, tab, carriage return
 * first: a person's name comes from whoever filled in a form) gets a leading apostrophe, as OWASP advises: the rule
 * of the server's exports (src/shared/csv.ts), which the dashboard's bundle does not import.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The sends that carry a personal link to share: link sends that were made (not skipped or cancelled). */
export function shareableLinks(sends: Send[]): (Send & { link: string })[] {
  return sends.filter((s): s is Send & { link: string } => s.channel === 'link' && s.link !== null && (s.status === 'sent' || s.status === 'responded'));
}

/** A CSV of personal links: who (name, email, external id), the link, when it expires, and the send's status. */
export function linksCsv(sends: Send[]): string {
  const lines = [LINKS_CSV_COLUMNS.join(',')];
  for (const s of shareableLinks(sends)) {
    lines.push([s.person?.name ?? '', s.person?.email ?? '', s.person?.externalId ?? '', s.link, s.expiresAt, s.status].map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Saves text as a file through the browser's download (a byte-order mark first, so spreadsheet apps read UTF-8). */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name for the links just created: `<survey name>-new-links-<date>.csv`, safe on every file system. */
export function linksFileName(surveyName: string): string {
  const base = surveyName.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'survey';
  return `${base}-new-links-${new Date().toISOString().slice(0, 10)}.csv`;
}
