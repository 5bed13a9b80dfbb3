/**
 * The links the server puts in emails, Slack messages and API payloads open the dashboard page they mean: each
 * shape is exact, its path is a route of the dashboard's router (web/src/App.tsx), and its query is what the page
 * reads — the cases filters are parsed with the dashboard's own code (web/src/features/cases/caseFilters.ts).
 * The emails and payloads themselves carry these links: test/loop/cases.test.ts (alert email, Slack, case and
 * digest emails), test/delighted/api.test.ts (permalink), test/e2e/loop.test.ts (opened in a browser).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseLink, responseLink, teamCasesLink, unassignedCasesLink } from '../../src/modules/loop/links.ts';
import { caseFilterValues, caseListQuery } from '../../web/src/features/cases/caseFilters.ts';

const BASE = 'https://feedback.example.com';
const ID = '0190f0c4-7d1e-7a3b-9c2d-1e2f3a4b5c6d';

/** The routes of the dashboard's router, e.g. "responses/:id". */
const routes = [...readFileSync(new URL('../../web/src/App.tsx', import.meta.url), 'utf8').matchAll(/<Route\s+path="([^"]+)"/g)].map((m) => m[1]!);

/** Whether a pathname matches one of the router's routes (":param" matches one segment). */
function routed(pathname: string): boolean {
  return routes.some((r) => new RegExp(`^/${r.replace(/^\//, '').replace(/:[^/]+/g, '[^/]+')}$`).test(pathname));
}

describe('links into the dashboard', () => {
  it('have exact shapes', () => {
    expect(responseLink(BASE, ID)).toBe(`${BASE}/responses/${ID}`);
    expect(caseLink(BASE, ID)).toBe(`${BASE}/cases/${ID}`);
    expect(teamCasesLink(BASE, ID)).toBe(`${BASE}/cases?team=${ID}`);
    expect(unassignedCasesLink(BASE)).toBe(`${BASE}/cases?owner=none`);
  });

  it('point at routes of the dashboard', () => {
    expect(routes).toEqual(expect.arrayContaining(['responses', 'responses/:id', 'cases', 'cases/:id']));
    for (const link of [responseLink(BASE, ID), caseLink(BASE, ID), teamCasesLink(BASE, ID), unassignedCasesLink(BASE)]) {
      expect(routed(new URL(link).pathname), link).toBe(true);
    }
    // the old shapes opened a list page that ignored their parameter
    expect(routed('/responses/x/y')).toBe(false);
  });

  it('carry the query parameters the cases page reads', () => {
    const params = (link: string) => new URL(link).searchParams;
    // the weekly digest's "N open cases … Open the inbox": the team's open cases (the inbox's default), nothing else
    expect(caseListQuery(caseFilterValues(params(teamCasesLink(BASE, ID))), { board: false })).toEqual({ teamId: ID, open: true });
    expect(caseListQuery(caseFilterValues(params(unassignedCasesLink(BASE))), { board: false })).toEqual({ unassigned: true, open: true });
    // the parameter the digest used to send is not one the page reads
    expect(caseListQuery(caseFilterValues(new URLSearchParams({ teamId: ID })), { board: false })).toEqual({ open: true });
  });

  it('maps the owner filter to the API: mine, unassigned, a member', () => {
    const q = (owner: string) => caseListQuery(caseFilterValues(new URLSearchParams({ owner })), { board: false });
    expect(q('mine')).toEqual({ mine: true, open: true });
    expect(q('none')).toEqual({ unassigned: true, open: true });
    expect(q(ID)).toEqual({ ownerUserId: ID, open: true });
    expect(caseListQuery(caseFilterValues(new URLSearchParams({ status: 'open', overdue: '1' })), { board: true })).toEqual({ overdue: true });
  });
});
