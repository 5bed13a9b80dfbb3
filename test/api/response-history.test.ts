/**
 * GET /api/v1/responses/{id}/history: the customer's other responses and their follow-up cases, newest first,
 * capped with a count of all, limited to what the caller may open (agents: their own feedback and cases); a
 * response without a person has none. Also the `personId` filter of the responses list it goes with.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace, unique } from '../harness.ts';

interface History {
  responseId: string;
  person: { id: string; email: string | null } | null;
  responses: { data: { id: string; surveyName: string; surveyKind: string; score: number | null; group: string | null; excerpt: string | null; createdAt: string }[]; total: number };
  cases: { data: { id: string; responseId: string; status: string; outcome: string | null }[]; total: number };
}

const DAY = 86_400_000;

describe.each(DIALECTS)('%s: customer history of a response', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let nps: string;
  let csat: string;
  const headers: Record<string, Record<string, string>> = {};
  const userIds: Record<string, string> = {};

  const as = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: headers[who]!, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const history = async (id: string, who = 'owner', query = ''): Promise<History> => {
    const res = await as(who, 'GET', `/api/v1/responses/${id}/history${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as History;
  };
  /** Responses of one person, `daysAgo` apart, written in a shuffled order (so newest first is the server's doing). */
  const answers = async (email: string, items: { daysAgo: number; score: number; comment?: string; employee?: string; survey?: string }[]) => {
    const res = await call(t.app, ws.key, 'POST', '/api/v1/responses', {
      responses: items.map((i) => ({
        surveyId: i.survey ?? nps,
        score: i.score,
        comment: i.comment ?? `comment ${i.daysAgo}`,
        person: { email },
        ...(i.employee ? { employee: i.employee } : {}),
        createdAt: new Date(Date.now() - i.daysAgo * DAY).toISOString(),
      })),
    });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json().data as { id: string; person: { id: string } }[]).map((r) => r.id);
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    nps = await createSurvey(t.app, ws.key, 'nps');
    csat = await createSurvey(t.app, ws.key, 'csat');
    const owner = await login(t.app, ws.ownerEmail, ws.password);
    headers.owner = { cookie: owner.cookie, 'x-csrf-token': owner.csrf };
    userIds.owner = ws.ownerId;
    for (const role of ['manager', 'agent', 'viewer'] as const) {
      const email = `${unique(role)}@example.com`;
      const m = await t.ctx.workspaces.addMember(ws.auth, { email, role, password: 'password-123' });
      userIds[role] = m.id;
      const s = await login(t.app, email, 'password-123');
      headers[role] = { cookie: s.cookie, 'x-csrf-token': s.csrf };
    }
    await t.ctx.named.create(ws.auth, 'employee', { name: 'Ann Agent', userId: userIds.agent });
    await t.ctx.named.create(ws.auth, 'employee', { name: 'Oli Other' });
  });
  afterAll(() => t.close());

  it('lists the other responses newest first, with survey, score and a comment excerpt, capped with a count', async () => {
    const email = `${unique('many')}@example.com`;
    // 25 responses, written out of date order; the response whose page is open is the 10th newest
    const days = Array.from({ length: 25 }, (_, i) => i + 1).sort((a, b) => ((a * 7) % 25) - ((b * 7) % 25));
    const long = `${'Waited on hold for ages '.repeat(12)}end`;
    const ids = await answers(
      email,
      days.map((d) => ({ daysAgo: d, score: d % 11, survey: d === 3 ? csat : nps, comment: d === 2 ? long : d === 4 ? '   ' : undefined })),
    );
    const idOf = (daysAgo: number) => ids[days.indexOf(daysAgo)]!;
    // someone else's response never shows
    await answers(`${unique('else')}@example.com`, [{ daysAgo: 1, score: 1 }]);

    const h = await history(idOf(10));
    expect(h.person?.email).toBe(email);
    expect(h.responses.total).toBe(24);
    expect(h.responses.data).toHaveLength(20);
    const expected = Array.from({ length: 25 }, (_, i) => i + 1)
      .filter((d) => d !== 10)
      .slice(0, 20)
      .map(idOf);
    expect(h.responses.data.map((r) => r.id)).toEqual(expected);
    const dates = h.responses.data.map((r) => r.createdAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(h.responses.data[0]).toMatchObject({ id: idOf(1), score: 1, group: 'detractor', excerpt: 'comment 1', surveyKind: 'nps' });
    expect(h.responses.data.find((r) => r.id === idOf(3))).toMatchObject({ surveyId: csat, surveyKind: 'csat', score: 3, group: 'neutral' });
    const cut = h.responses.data.find((r) => r.id === idOf(2))!.excerpt!;
    expect(cut.length).toBeLessThanOrEqual(161);
    // cut after a whole word of the comment, marked with an ellipsis
    expect(cut).toMatch(/^Waited on hold for ages [\w ]*\w…$/);
    expect(long.startsWith(`${cut.slice(0, -1)} `)).toBe(true);
    expect(h.responses.data.find((r) => r.id === idOf(4))!.excerpt).toBeNull();

    // limit: fewer per list, the same total; out of range is a 400 naming it
    const few = await history(idOf(10), 'owner', '?limit=3');
    expect(few.responses.data.map((r) => r.id)).toEqual(expected.slice(0, 3));
    expect(few.responses.total).toBe(24);
    for (const bad of ['0', '101', 'ten']) {
      const res = await as('owner', 'GET', `/api/v1/responses/${idOf(10)}/history?limit=${bad}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].field).toBe('limit');
    }
    // the responses list filters by person too (with paging, newest first)
    const page = await call(t.app, ws.key, 'GET', `/api/v1/responses?personId=${h.person!.id}&limit=25`);
    expect((page.json().data as { id: string }[]).map((r) => r.id)).toEqual(Array.from({ length: 25 }, (_, i) => idOf(i + 1)));
  });

  it('lists the follow-up cases about the person, newest first, with status and outcome', async () => {
    const email = `${unique('cases')}@example.com`;
    const [r1, r2, r3, current] = await answers(email, [
      { daysAgo: 30, score: 2 },
      { daysAgo: 20, score: 3 },
      { daysAgo: 10, score: 9 },
      { daysAgo: 1, score: 4 },
    ]);
    const open = async (responseId: string) => {
      const res = await as('owner', 'POST', '/api/v1/cases', { responseId });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const c1 = await open(r1!);
    const c2 = await open(r2!);
    const cNow = await open(current!);
    const settings = (await as('owner', 'GET', '/api/v1/settings')).json();
    const closed = await as('owner', 'PATCH', `/api/v1/cases/${c1}`, { status: 'closed', outcome: 'won_back', rootCause: settings.rootCauses[0] });
    expect(closed.statusCode, closed.body).toBe(200);
    const h = await history(current!);
    expect(h.responses.data.map((r) => r.id)).toEqual([r3, r2, r1]);
    // newest first (opened in this order), this response's own case included
    expect(h.cases.data.map((c) => c.id)).toEqual([cNow, c2, c1]);
    expect(h.cases.total).toBe(3);
    expect(h.cases.data[2]).toMatchObject({ responseId: r1, status: 'closed', outcome: 'won_back' });
    expect(h.cases.data[1]).toMatchObject({ responseId: r2, status: 'open', outcome: null });
    expect((await history(current!, 'owner', '?limit=2')).cases).toMatchObject({ total: 3, data: [{ id: cNow }, { id: c2 }] });
    // viewers read the same history
    expect((await history(current!, 'viewer')).cases.total).toBe(3);
  });

  it('shows an agent only their own feedback and cases, counts included, and no history of others’ responses', async () => {
    const email = `${unique('shared')}@example.com`;
    const [annOld, oliOld, annNow, oliNow, unattributed] = await answers(email, [
      { daysAgo: 9, score: 2, employee: 'Ann Agent', comment: 'Ann helped' },
      { daysAgo: 8, score: 1, employee: 'Oli Other', comment: 'Oli was rude' },
      { daysAgo: 3, score: 5, employee: 'Ann Agent' },
      { daysAgo: 2, score: 0, employee: 'Oli Other', comment: 'Still rude' },
      { daysAgo: 1, score: 6 },
    ]);
    const caseOnOli = (await as('owner', 'POST', '/api/v1/cases', { responseId: oliOld })).json().id as string;
    const caseOnAnn = (await as('owner', 'POST', '/api/v1/cases', { responseId: annOld })).json().id as string;
    // a case the agent owns, about a response not theirs: they may open it, so it shows
    const caseOwned = (await as('owner', 'POST', '/api/v1/cases', { responseId: unattributed, ownerUserId: userIds.agent })).json().id as string;

    const mine = await history(annNow!, 'agent');
    expect(mine.responses.data.map((r) => r.id)).toEqual([annOld]);
    expect(mine.responses.total).toBe(1);
    expect(JSON.stringify(mine)).not.toMatch(/rude/);
    expect(mine.cases.data.map((c) => c.id).sort()).toEqual([caseOnAnn, caseOwned].sort());
    expect(mine.cases.total).toBe(2);
    // the others' responses have no page, nor history, for the agent
    for (const id of [oliNow, unattributed]) expect((await as('agent', 'GET', `/api/v1/responses/${id}/history`)).statusCode).toBe(404);
    // a manager sees every response, and the cases of their teams and their own (none of these)
    const managers = await history(annNow!, 'manager');
    expect(managers.responses.total).toBe(4);
    expect(managers.cases.total).toBe(0);
    const owners = await history(annNow!);
    expect(owners.responses.data.map((r) => r.id)).toEqual([unattributed, oliNow, oliOld, annOld]);
    expect(owners.cases.data.map((c) => c.id).sort()).toEqual([caseOnOli, caseOnAnn, caseOwned].sort());
    // the personId filter of the list keeps the agent's scope too
    const person = owners.person!.id;
    const listed = (await as('agent', 'GET', `/api/v1/responses?personId=${person}`)).json().data as { id: string }[];
    expect(listed.map((r) => r.id)).toEqual([annNow, annOld]);
  });

  it('has no history for a response without a person, and 404 for another workspace’s response', async () => {
    const anonymous = (await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: nps, score: 3, comment: 'No name given' })).json().id as string;
    expect(await history(anonymous)).toEqual({ responseId: anonymous, person: null, responses: { data: [], total: 0 }, cases: { data: [], total: 0 } });
    // a person deleted since: the same (their responses stay, without a person)
    const email = `${unique('gone')}@example.com`;
    const [kept, other] = await answers(email, [
      { daysAgo: 2, score: 8 },
      { daysAgo: 1, score: 4 },
    ]);
    const personId = (await history(kept!)).person!.id;
    expect((await call(t.app, ws.key, 'DELETE', `/api/v1/people/${personId}`)).statusCode).toBe(204);
    expect(await history(other!)).toMatchObject({ person: null, responses: { total: 0 } });

    const elsewhere = await createWorkspace(t.ctx);
    expect((await call(t.app, elsewhere.key, 'GET', `/api/v1/responses/${kept}/history`)).statusCode).toBe(404);
    expect((await call(t.app, ws.key, 'GET', '/api/v1/responses/no-such-response/history')).statusCode).toBe(404);
    // read-only API keys may read it
    expect((await call(t.app, ws.readKey, 'GET', `/api/v1/responses/${kept}/history`)).statusCode).toBe(200);
  });
});
