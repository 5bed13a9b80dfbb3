/**
 * Links into the dashboard that the server puts in emails, Slack messages and API payloads. Each must be a route
 * the dashboard handles (web/src/App.tsx), with the query parameters its page actually reads — a link to
 * `/responses?id=…` used to open the unfiltered response list. test/loop/links.test.ts checks each shape against
 * the dashboard's own parsing of the cases filters (web/src/features/cases/caseFilters.ts).
 */

const enc = encodeURIComponent;

/** `/responses/:id`: one response (answers, tags, properties, its case). */
export function responseLink(publicUrl: string, responseId: string): string {
  return `${publicUrl}/responses/${enc(responseId)}`;
}

/** `/cases/:id`: one follow-up case. */
export function caseLink(publicUrl: string, caseId: string): string {
  return `${publicUrl}/cases/${enc(caseId)}`;
}

/** `/cases?team=…`: the cases inbox filtered to one team (the page reads the `team` parameter, not `teamId`). */
export function teamCasesLink(publicUrl: string, teamId: string): string {
  return `${publicUrl}/cases?team=${enc(teamId)}`;
}

/** `/cases?owner=none`: the cases nobody owns yet. */
export function unassignedCasesLink(publicUrl: string): string {
  return `${publicUrl}/cases?owner=none`;
}
