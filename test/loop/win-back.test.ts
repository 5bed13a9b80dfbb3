/**
 * The win-back rate agrees with the outcomes recorded on cases. Glossary: win-back = a detractor who was followed up
 * and later answered 7 or more, or renewed. So a case on a negative answer counts as won back when a later answer
 * from the same person is no longer negative, or when it was closed with the outcome "won back" (the agent's record,
 * e.g. the customer renewed) — once if both. The counts below are worked out by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowupCaseRow } from '../../src/db/tables.ts';
import { Worker } from '../../src/jobs/worker.ts';
import { caseMetrics } from '../../src/modules/loop/case.service.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace, unique } from '../harness.ts';

function row(over: Partial<FollowupCaseRow>): FollowupCaseRow {
  const at = '2025-06-01T10:00:00.000Z';
  return {
    id: unique('case'),
    workspace_id: 'ws',
    response_id: unique('resp'),
    rule_id: null,
    person_id: null,
    team_id: null,
    employee_id: null,
    owner_user_id: null,
    priority: 'normal',
    status: 'open',
    outcome: null,
    root_cause: null,
    initial_score: 3,
    first_contact_due_at: '2025-06-02T10:00:00.000Z',
    resolution_due_at: '2025-06-04T10:00:00.000Z',
    first_contacted_at: null,
    resolved_at: null,
    closed_at: null,
    escalated_at: null,
    resurvey_days: null,
    won_back_at: null,
    win_back_response_id: null,
    created_at: at,
    updated_at: at,
    ...over,
  };
}

const closed = (outcome: FollowupCaseRow['outcome']) => ({ status: 'closed' as const, outcome, root_cause: 'Billing', closed_at: '2025-06-03T10:00:00.000Z', resolved_at: '2025-06-03T10:00:00.000Z' });

describe('win-back rate (caseMetrics)', () => {
  it('counts a later answer of 7+ or the outcome "won back", once, among cases on negative answers', () => {
    const rows = [
      row({ initial_score: 2, won_back_at: '2025-06-20T10:00:00.000Z' }), // later answered 9: won back
      row({ initial_score: 3, ...closed('won_back') }), // renewed, recorded by the agent: won back
      row({ initial_score: 0, won_back_at: '2025-06-20T10:00:00.000Z', ...closed('won_back') }), // both: counted once
      row({ initial_score: 5, ...closed('not_recoverable') }), // lost
      row({ initial_score: 6 }), // still open
      row({ initial_score: 1, ...closed('no_reply') }), // no reply
      row({ initial_score: 8, ...closed('won_back') }), // a passive: not a detractor, in neither count
      row({ initial_score: null, ...closed('won_back') }), // unscored feedback: in neither count
    ];
    const m = caseMetrics(rows, () => 'nps');
    // negative (0–6): 6 cases; won back: the first three
    expect(m.winBack).toEqual({ count: 3, of: 6, percent: 50 });
    expect(m.outcomes).toEqual({ won_back: 4, not_recoverable: 1, no_reply: 1, no_action_needed: 0 });
    expect(m.cases).toBe(8);
  });

  it('reads negative per survey kind (CSAT 1–2, CES 1–3)', () => {
    const csat = [row({ initial_score: 2, ...closed('won_back') }), row({ initial_score: 3, ...closed('won_back') }), row({ initial_score: 1 })];
    expect(caseMetrics(csat, () => 'csat').winBack).toEqual({ count: 1, of: 2, percent: 50 });
    const ces = [row({ initial_score: 3, ...closed('won_back') }), row({ initial_score: 4, ...closed('won_back') }), row({ initial_score: 1 }), row({ initial_score: 2 })];
    expect(caseMetrics(ces, () => 'ces').winBack).toEqual({ count: 1, of: 3, percent: 33.3 });
  });
});

describe.each(DIALECTS)('%s: win-back rate through the API', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let worker: Worker;
  let survey: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    worker = new Worker(t.ctx, { names: ['alerts.evaluate'], workspaceIds: [ws.workspaceId] });
    survey = await createSurvey(t.app, ws.key, 'nps');
    const s = await login(t.app, ws.ownerEmail, ws.password);
    // cases on detractors whose comment says "bad"; later answers carry no comment, so they open none
    const rule = await t.app.inject({
      method: 'POST',
      url: '/api/v1/alert-rules',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload: { name: 'Bad detractors', conditions: { scoreGroups: ['detractor'], words: ['bad'] }, actions: { openCase: { assign: 'none' } } },
    });
    expect(rule.statusCode, rule.body).toBe(201);
  });
  afterAll(() => t.close());

  const respond = async (score: number, email: string, comment?: string) => {
    const res = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score, person: { email }, ...(comment ? { comment } : {}) });
    expect(res.statusCode, res.body).toBe(201);
    await worker.drain();
    return (res.json() as { id: string }).id;
  };
  const caseOf = async (responseId: string) => (await t.ctx.database.db.selectFrom('followup_case').select('id').where('response_id', '=', responseId).executeTakeFirstOrThrow()).id;
  const close = async (caseId: string, outcome: string) => {
    const res = await call(t.app, ws.key, 'PATCH', `/api/v1/cases/${caseId}`, { status: 'closed', outcome, rootCause: 'Billing' });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { wonBack: boolean; wonBackAt: string | null };
  };

  it('agrees with the outcomes: "Won back" cases count, as do later answers of 7+', async () => {
    const p = (n: number) => `${unique(`wb${n}`)}@example.com`;
    const people = [p(1), p(2), p(3), p(4), p(5), p(6)];
    const c1 = await caseOf(await respond(2, people[0]!, 'bad service')); // answers 9 later
    const c2 = await caseOf(await respond(3, people[1]!, 'bad bill')); // renewed: closed "won back"
    const c3 = await caseOf(await respond(0, people[2]!, 'bad everything')); // answers 8 later and closed "won back"
    const c4 = await caseOf(await respond(5, people[3]!, 'bad')); // closed "not recoverable"
    await caseOf(await respond(6, people[4]!, 'bad wait')); // open
    const c6 = await caseOf(await respond(1, people[5]!, 'bad line')); // answers 4 later: still negative
    // a passive's case closed "won back" by hand: not a detractor, counted in neither
    const passive = (await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score: 8, person: { email: p(7) } })).json() as { id: string };
    const c7 = (await call(t.app, ws.key, 'POST', '/api/v1/cases', { responseId: passive.id })).json() as { id: string };

    await respond(9, people[0]!);
    await respond(8, people[2]!);
    await respond(4, people[5]!);
    expect(await close(c2, 'won_back')).toMatchObject({ wonBack: true, wonBackAt: null });
    expect(await close(c3, 'won_back')).toMatchObject({ wonBack: true });
    expect(await close(c4, 'not_recoverable')).toMatchObject({ wonBack: false });
    await close(c7.id, 'won_back');
    expect((await call(t.app, ws.key, 'GET', `/api/v1/cases/${c1}`)).json()).toMatchObject({ wonBack: true, outcome: null });
    expect((await call(t.app, ws.key, 'GET', `/api/v1/cases/${c6}`)).json()).toMatchObject({ wonBack: false });

    const today = new Date().toISOString().slice(0, 10);
    const m = (await call(t.app, ws.key, 'GET', `/api/v1/cases/metrics?from=${today}&to=${today}`)).json();
    // 7 cases; on negative answers: c1…c6 (6); won back: c1 (answered 9), c2 (outcome), c3 (both, once) = 3
    expect(m.cases).toBe(7);
    expect(m.winBack).toEqual({ count: 3, of: 6, percent: 50 });
    expect(m.outcomes).toMatchObject({ won_back: 3, not_recoverable: 1 });
    // without a range: the last 90 days, as /api/v1/metrics
    const byDefault = await call(t.app, ws.key, 'GET', '/api/v1/cases/metrics');
    expect(byDefault.statusCode).toBe(200);
    expect(byDefault.json()).toMatchObject({ cases: 7, winBack: { count: 3, of: 6 } });
    const reversed = await call(t.app, ws.key, 'GET', '/api/v1/cases/metrics?from=2026-03-01&to=2026-02-01');
    expect(reversed.json().error.fields).toEqual([{ field: 'from', message: 'must not be after to' }]);

    // reopening a case clears its outcome, and with it the win-back it recorded
    expect((await call(t.app, ws.key, 'PATCH', `/api/v1/cases/${c2}`, { status: 'open' })).json()).toMatchObject({ wonBack: false, outcome: null });
    expect((await call(t.app, ws.key, 'GET', `/api/v1/cases/metrics?from=${today}&to=${today}`)).json().winBack).toEqual({ count: 2, of: 6, percent: 33.3 });
  });
});
