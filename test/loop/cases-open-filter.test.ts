/**
 * GET /api/v1/cases?open=true: the cases still to do (open or in progress), the inbox's default list; open=false the
 * done ones (resolved or closed). A status from the other half cannot match anything: a 400 naming `open`.
 * The dashboard's side (what /cases asks by default, and what the server's links land on): links.test.ts and
 * test/e2e/cases-default.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFilterValues, caseListQuery, STATUS_ANY } from '../../web/src/features/cases/caseFilters.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

describe.each(DIALECTS)('%s: cases list, open filter', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    const survey = await createSurvey(t.app, ws.key, 'nps');
    for (const status of ['open', 'in_progress', 'resolved', 'closed'] as const) {
      const r = (await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score: 2, comment: status })).json() as { id: string };
      const c = (await call(t.app, ws.key, 'POST', '/api/v1/cases', { responseId: r.id })).json() as { id: string };
      ids[status] = c.id;
      if (status === 'open') continue;
      const patch = status === 'closed' ? { status, outcome: 'no_reply', rootCause: 'Billing' } : { status };
      const res = await call(t.app, ws.key, 'PATCH', `/api/v1/cases/${c.id}`, patch);
      expect(res.statusCode, res.body).toBe(200);
    }
  });
  afterAll(() => t.close());

  const list = async (q: string) => {
    const res = await call(t.app, ws.key, 'GET', `/api/v1/cases?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return ((res.json() as { data: { id: string }[] }).data.map((c) => c.id)).sort();
  };

  it('lists the cases still to do with open=true, the done ones with open=false, all without it', async () => {
    expect(await list('open=true')).toEqual([ids.open, ids.in_progress].sort());
    expect(await list('open=false')).toEqual([ids.resolved, ids.closed].sort());
    expect(await list('')).toHaveLength(4);
  });

  it('combines with a status of the same half, and refuses one of the other half', async () => {
    expect(await list('open=true&status=in_progress')).toEqual([ids.in_progress]);
    expect(await list('open=false&status=closed')).toEqual([ids.closed]);
    const res = await call(t.app, ws.key, 'GET', '/api/v1/cases?open=true&status=closed');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ field: 'open' })]);
    expect((await call(t.app, ws.key, 'GET', '/api/v1/cases?open=maybe')).statusCode).toBe(400);
  });
});

describe('the inbox filters (web/src/features/cases/caseFilters.ts)', () => {
  const query = (search: string, board = false) => caseListQuery(caseFilterValues(new URLSearchParams(search)), { board });

  it('ask for the open cases by default, every status with status=any, one status when named', () => {
    expect(query('')).toEqual({ open: true });
    expect(query(`status=${STATUS_ANY}`)).toEqual({});
    expect(query('status=closed')).toEqual({ status: 'closed' });
    // "N overdue": overdue cases are open ones, so the default hides none of them
    expect(query('overdue=1')).toEqual({ open: true, overdue: true });
    // the board's columns show every status whatever the filter says
    expect(query('', true)).toEqual({});
    expect(query(`status=${STATUS_ANY}&team=t1`, true)).toEqual({ teamId: 't1' });
  });
});
