import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace, unique } from '../harness.ts';
import { startSmtp, type TestSmtp } from '../smtp.ts';

const LOOP_JOBS = ['alerts.evaluate', 'alerts.notify', 'cases.notify'];

describe.each(DIALECTS)('%s: closing the loop', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let smtp: TestSmtp;
  let worker: Worker;
  let hook: Server;
  let hookUrl: string;
  const hookBodies: unknown[] = [];
  let survey: string;
  const users: Record<string, { id: string; email: string; headers: Record<string, string> }> = {};
  const teams: Record<string, string> = {};
  const employees: Record<string, string> = {};

  const as = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: users[who]!.headers, ...(payload !== undefined ? { payload: payload as object } : {}) });

  beforeAll(async () => {
    smtp = await startSmtp();
    hook = createServer((req, res) => {
      let b = '';
      req.on('data', (c: Buffer) => (b += c.toString()));
      req.on('end', () => {
        hookBodies.push(JSON.parse(b));
        res.end('ok');
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    hookUrl = `http://127.0.0.1:${(hook.address() as { port: number }).port}/slack`;
    t = await createTestApp(dialect, { SMTP_URL: smtp.url, CLEARLOOP_PUBLIC_URL: 'http://clearloop.test' });
    ws = await createWorkspace(t.ctx);
    worker = new Worker(t.ctx, { names: LOOP_JOBS, workspaceIds: [ws.workspaceId] });
    survey = await createSurvey(t.app, ws.key, 'nps');
    const owner = await login(t.app, ws.ownerEmail, ws.password);
    users.owner = { id: ws.ownerId, email: ws.ownerEmail, headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf } };
    for (const role of ['manager', 'agent1', 'agent2', 'otheragent'] as const) {
      const email = `${unique(role)}@example.com`;
      const m = await t.ctx.workspaces.addMember(ws.auth, { email, role: role === 'manager' ? 'manager' : 'agent', password: 'password-123' });
      const s = await login(t.app, email, 'password-123');
      users[role] = { id: m.id, email, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } };
    }
    teams.care = (await t.ctx.named.create(ws.auth, 'team', { name: 'Care', managerUserId: users.manager!.id })).id;
    teams.field = (await t.ctx.named.create(ws.auth, 'team', { name: 'Field' })).id;
    employees.agent1 = (await t.ctx.named.create(ws.auth, 'employee', { name: 'Ann Agent', teamId: teams.care, userId: users.agent1!.id })).id;
    employees.agent2 = (await t.ctx.named.create(ws.auth, 'employee', { name: 'Bob Agent', teamId: teams.care, userId: users.agent2!.id })).id;
    employees.other = (await t.ctx.named.create(ws.auth, 'employee', { name: 'Oli Other', teamId: teams.field, userId: users.otheragent!.id })).id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
    await new Promise((r) => hook.close(r));
  });

  const respond = async (body: Record<string, unknown>) => {
    const res = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; person: { id: string } | null };
  };
  const caseOf = async (responseId: string) => t.ctx.database.db.selectFrom('followup_case').selectAll().where('response_id', '=', responseId).executeTakeFirst();

  it('opens one case per detractor for the team manager, tags it, notifies by email and Slack', async () => {
    const rule = await as('owner', 'POST', '/api/v1/alert-rules', {
      name: 'Detractors in Care',
      conditions: { scoreGroups: ['detractor'], teamIds: [teams.care] },
      actions: { openCase: { assign: 'team_manager', priority: 'high', resurveyDays: 30 }, addTags: ['needs-follow-up'], notifyEmails: ['lead@example.com'], slackWebhookUrl: hookUrl },
    });
    expect(rule.statusCode, rule.body).toBe(201);
    const before = smtp.messages.length;
    const r = await respond({ score: 2, comment: 'Nobody called back', team: 'Care', employee: 'Ann Agent', person: { email: `${unique('c')}@example.com` } });
    const passive = await respond({ score: 8, team: 'Care' });
    await worker.drain();
    const c = await caseOf(r.id);
    expect(c).toMatchObject({ owner_user_id: users.manager!.id, priority: 'high', status: 'open', initial_score: 2, employee_id: employees.agent1 });
    expect(await caseOf(passive.id)).toBeUndefined();
    expect((await call(t.app, ws.key, 'GET', `/api/v1/responses/${r.id}`)).json().tags).toEqual(['needs-follow-up']);
    // Updating the response (e.g. the comment arriving later) does not open a second case.
    await call(t.app, ws.key, 'PATCH', `/api/v1/responses/${r.id}`, { comment: 'Nobody called back, twice' });
    await worker.drain();
    expect(Number((await t.ctx.database.db.selectFrom('followup_case').select((eb) => eb.fn.countAll<number>().as('n')).where('response_id', '=', r.id).executeTakeFirstOrThrow()).n)).toBe(1);
    // The inbox list carries each case's response summary, so the dashboard needs no request per row.
    const listed = (await as('manager', 'GET', '/api/v1/cases?limit=200')).json().data.find((x: { id: string }) => x.id === c!.id);
    expect(listed.summary).toEqual({ score: 2, group: 'detractor', comment: 'Nobody called back, twice', customer: { name: null, email: expect.stringContaining('@example.com'), externalId: null } });
    const mails = (await smtp.waitFor(before + 2)).slice(before);
    expect(mails.map((m) => m.subject)).toEqual(expect.arrayContaining(['Clearloop alert: Detractors in Care', 'A follow-up case was assigned to you']));
    const slack = hookBodies.find((b) => typeof (b as { text?: string }).text === 'string' && (b as { text: string }).text.includes('Nobody called back')) as { text: string } | undefined;
    expect(slack).toBeDefined();
    // Links open the dashboard's page of the response (/responses/<id>) and of the case (/cases/<id>), not a list
    // page that ignores ?id= (see test/loop/links.test.ts).
    const alert = mails.find((m) => m.subject === 'Clearloop alert: Detractors in Care')!;
    expect(alert.text).toContain(`http://clearloop.test/responses/${r.id}\n`);
    expect(String(alert.html)).toContain(`href="http://clearloop.test/responses/${r.id}"`);
    expect(slack!.text).toContain(`<http://clearloop.test/responses/${r.id}|Open in Clearloop>`);
    expect(mails.find((m) => m.subject === 'A follow-up case was assigned to you')!.text).toContain(`Open the case: http://clearloop.test/cases/${c!.id}\n`);
    // the case page can offer email: this server has a mail server
    expect((await as('manager', 'GET', `/api/v1/cases/${c!.id}`)).json().emailConfigured).toBe(true);
    // Deadlines and escalation are scheduled through the job queue.
    const deadlines = (await t.ctx.jobs.list({ name: 'cases.deadline', limit: 200 })).data.filter((j) => (j.payload as { caseId: string }).caseId === c!.id);
    expect(deadlines.map((j) => (j.payload as { kind: string }).kind).sort()).toEqual(['first_contact', 'resolution']);
    const first = deadlines.find((j) => (j.payload as { kind: string }).kind === 'first_contact')!;
    expect(Math.abs(Date.parse(first.runAt) - Date.parse(c!.created_at) - 24 * 3_600_000)).toBeLessThan(5_000);
  });

  it('assigns round robin within a team and matches words, properties and unscored feedback', async () => {
    await as('owner', 'POST', '/api/v1/alert-rules', {
      name: 'Rude staff',
      conditions: { words: ['rude'], personProperty: { name: 'revenue', op: 'gte', value: 1000 } },
      actions: { openCase: { assign: 'round_robin', teamId: teams.care } },
    });
    const owners: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await respond({ score: 9, comment: 'The installer was RUDE to me', person: { email: `${unique('vip')}@example.com`, properties: { revenue: 5000 } } });
      await worker.drain();
      owners.push((await caseOf(r.id))?.owner_user_id ?? null);
    }
    expect(new Set(owners).size).toBe(2);
    expect(owners[0]).toBe(owners[2]);
    expect(owners[1]).toBe(owners[3]);
    const small = await respond({ score: 9, comment: 'rude', person: { email: `${unique('small')}@example.com`, properties: { revenue: 10 } } });
    await worker.drain();
    expect(await caseOf(small.id)).toBeUndefined();

    await as('owner', 'POST', '/api/v1/alert-rules', { name: 'Public complaints', conditions: { unscored: true }, actions: { openCase: { assign: 'user', userId: users.owner!.id } } });
    const feedback = await respond({ score: null, comment: 'Your shop was closed at opening time', channel: 'feedback_page' });
    await worker.drain();
    expect(await caseOf(feedback.id)).toMatchObject({ owner_user_id: users.owner!.id });
  });

  it('runs a case: contact, notes with mentions, close with outcome and root cause, re-survey', async () => {
    const r = await respond({ score: 1, team: 'Care', employee: 'Ann Agent', person: { email: `${unique('life')}@example.com` } });
    await worker.drain();
    const c = (await caseOf(r.id))!;
    const call1 = await as('manager', 'POST', `/api/v1/cases/${c.id}/contact`, { kind: 'call', body: 'Called, apologised, refund promised' });
    expect(call1.statusCode, call1.body).toBe(201);
    const mail = await as('manager', 'POST', `/api/v1/cases/${c.id}/contact`, { kind: 'email', subject: 'Sorry about your visit', body: 'Hello, we are sorry…' });
    expect(mail.statusCode, mail.body).toBe(201);
    await smtp.waitFor(1);
    expect(smtp.messages.some((m) => m.subject === 'Sorry about your visit')).toBe(true);
    const note = await as('manager', 'POST', `/api/v1/cases/${c.id}/notes`, { body: `@${users.agent1!.email} can you check the order?` });
    expect(note.json().data.mentions).toEqual([users.agent1!.id]);
    const noOutcome = await as('manager', 'PATCH', `/api/v1/cases/${c.id}`, { status: 'closed' });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json().error.fields[0].field).toBe('outcome');
    const badCause = await as('manager', 'PATCH', `/api/v1/cases/${c.id}`, { status: 'closed', outcome: 'won_back', rootCause: 'Moon phase' });
    expect(badCause.json().error.fields[0].field).toBe('rootCause');
    const closed = await as('manager', 'PATCH', `/api/v1/cases/${c.id}`, { status: 'closed', outcome: 'won_back', rootCause: 'Billing' });
    expect(closed.json()).toMatchObject({ status: 'closed', outcome: 'won_back', rootCause: 'Billing' });
    expect(closed.json().firstContactedAt).not.toBeNull();
    const full = (await as('manager', 'GET', `/api/v1/cases/${c.id}`)).json();
    expect(full.timeline.map((e: { kind: string }) => e.kind)).toEqual(['created', 'contact_call', 'contact_email', 'note', 'status']);
    expect(full.response.id).toBe(r.id);
    const resurvey = (await t.ctx.jobs.list({ name: 'cases.resurvey', limit: 200 })).data.find((j) => (j.payload as { caseId: string }).caseId === c.id)!;
    expect(Date.parse(resurvey.runAt) - Date.now()).toBeGreaterThan(29 * 86_400_000);
    await t.ctx.cases.resurvey(c.id, async (workspaceId, surveyId, personId) => {
      await t.ctx.distribution.schedule({ workspaceId, via: 'api_key', role: null, scope: 'write', userId: null, apiKeyId: null }, surveyId, { people: [{ personId }] });
    });
    const sends = (await call(t.app, ws.key, 'GET', `/api/v1/sends?personId=${r.person!.id}`)).json().data;
    expect(sends).toHaveLength(1);
  });

  it('escalates an overdue case to the owner’s manager', async () => {
    // a customer who can be reached: an anonymous answer without a comment opens no case (anonymous-cases.test.ts)
    const r = await respond({ score: 0, team: 'Care', person: { email: `${unique('esc')}@example.com` } });
    await worker.drain();
    const c = (await caseOf(r.id))!;
    await as('owner', 'PATCH', `/api/v1/cases/${c.id}`, { ownerUserId: users.agent1!.id, priority: 'normal' });
    expect(await t.ctx.cases.checkDeadline(c.id, 'first_contact')).toBe('success');
    const after = (await as('owner', 'GET', `/api/v1/cases/${c.id}`)).json();
    expect(after.escalatedAt).not.toBeNull();
    expect(after.priority).toBe('high');
    const esc = after.timeline.find((e: { kind: string }) => e.kind === 'escalated');
    expect(esc.data).toMatchObject({ deadline: 'first_contact', to: users.manager!.id });
    await as('agent1', 'POST', `/api/v1/cases/${c.id}/contact`, { kind: 'call', body: 'reached them' });
    expect(await t.ctx.cases.checkDeadline(c.id, 'first_contact')).toBe('skipped');
  });

  it('counts a later non-negative answer from the same person as won back, and reports follow-up metrics', async () => {
    const email = `${unique('wb')}@example.com`;
    const r = await respond({ score: 3, team: 'Care', person: { email } });
    await worker.drain();
    expect((await caseOf(r.id))!.won_back_at).toBeNull();
    await respond({ score: 8, person: { email } });
    await worker.drain();
    const c = (await caseOf(r.id))!;
    expect(c.won_back_at).not.toBeNull();
    const today = new Date().toISOString().slice(0, 10);
    const m = (await as('owner', 'GET', `/api/v1/cases/metrics?from=${today}&to=${today}&groupBy=owner`)).json();
    expect(m.cases).toBeGreaterThanOrEqual(5);
    expect(m.winBack.count).toBeGreaterThanOrEqual(1);
    expect(m.winBack.of).toBeGreaterThanOrEqual(m.winBack.count);
    expect(m.followedUp.of).toBe(m.cases);
    expect(m.groups.length).toBeGreaterThan(0);
  });

  it('limits agents to their own feed and cases, and managers to their teams — in the API', async () => {
    const mine = await respond({ score: 2, team: 'Care', employee: 'Ann Agent', comment: 'about Ann' });
    const other = await respond({ score: 2, team: 'Field', employee: 'Oli Other', comment: 'about Oli' });
    await as('owner', 'POST', '/api/v1/alert-rules', { name: 'All detractors', conditions: { scoreGroups: ['detractor'] }, actions: { openCase: { assign: 'none' } } });
    await worker.drain();
    const otherCase = (await caseOf(other.id))!;
    const mineCase = (await caseOf(mine.id))!;
    const agentCases = (await as('agent1', 'GET', '/api/v1/cases?limit=200')).json().data.map((c: { id: string }) => c.id);
    expect(agentCases).toContain(mineCase.id);
    expect(agentCases).not.toContain(otherCase.id);
    expect((await as('agent1', 'GET', `/api/v1/cases/${otherCase.id}`)).statusCode).toBe(404);
    expect((await as('agent1', 'PATCH', `/api/v1/cases/${otherCase.id}`, { status: 'in_progress' })).statusCode).toBe(404);
    expect((await as('agent1', 'POST', `/api/v1/cases/${mineCase.id}/notes`, { body: 'on it' })).statusCode).toBe(201);
    expect((await as('agent1', 'POST', '/api/v1/cases', { responseId: other.id })).statusCode).toBe(403);
    const managerCases = (await as('manager', 'GET', '/api/v1/cases?limit=200')).json().data.map((c: { id: string }) => c.id);
    expect(managerCases).toContain(mineCase.id);
    expect(managerCases).not.toContain(otherCase.id);
    const ownerCases = (await as('owner', 'GET', '/api/v1/cases?limit=200')).json().data.map((c: { id: string }) => c.id);
    expect(ownerCases).toEqual(expect.arrayContaining([mineCase.id, otherCase.id]));
    // the case of one response (the response page links to it), within what the caller may see
    expect((await as('owner', 'GET', `/api/v1/cases?responseId=${other.id}`)).json().data.map((c: { id: string }) => c.id)).toEqual([otherCase.id]);
    expect((await as('agent1', 'GET', `/api/v1/cases?responseId=${mine.id}`)).json().data.map((c: { id: string }) => c.id)).toEqual([mineCase.id]);
    expect((await as('agent1', 'GET', `/api/v1/cases?responseId=${other.id}`)).json().data).toEqual([]);

    const agentResponses = (await as('agent1', 'GET', '/api/v1/responses?limit=200')).json().data;
    expect(agentResponses.every((r: { employeeId: string }) => r.employeeId === employees.agent1)).toBe(true);
    expect((await as('agent1', 'GET', `/api/v1/responses/${other.id}`)).statusCode).toBe(404);
    const feed = (await as('agent1', 'GET', '/api/v1/feed')).json();
    expect(feed.employeeId).toBe(employees.agent1);
    expect(feed.data.map((r: { id: string }) => r.id)).toContain(mine.id);
    expect((await as('agent1', 'GET', `/api/v1/feed?employeeId=${employees.other}`)).statusCode).toBe(404);
    expect((await as('manager', 'GET', `/api/v1/feed?employeeId=${employees.agent2}`)).statusCode).toBe(200);
    expect((await as('manager', 'GET', `/api/v1/feed?employeeId=${employees.other}`)).statusCode).toBe(404);
    // the owner has no employee record: an empty feed saying so, not an error; a key must name the employee
    const ownerFeed = await as('owner', 'GET', '/api/v1/feed');
    expect(ownerFeed.statusCode).toBe(200);
    expect(ownerFeed.json()).toEqual({ data: [], nextCursor: null, employeeId: null });
    const keyFeed = await call(t.app, ws.key, 'GET', '/api/v1/feed');
    expect(keyFeed.statusCode).toBe(400);
    expect(keyFeed.json().error.fields).toEqual([{ field: 'employeeId', message: 'required with an API key' }]);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/feed?employeeId=${employees.agent1}`)).json().employeeId).toBe(employees.agent1);
    const summary = (await as('agent1', 'GET', `/api/v1/feed/summary?employeeId=${employees.agent1}&surveyId=${survey}`)).json();
    expect(summary.mine.total).toBeGreaterThan(0);
    expect(summary.team.total).toBeGreaterThanOrEqual(summary.mine.total);
  });

  it('ranks the scoreboard only where the count supports it, and shares praise', async () => {
    await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: Array.from({ length: 40 }, (_, i) => ({ surveyId: survey, score: i % 3 === 0 ? 6 : 10, team: 'Big', comment: i % 2 ? 'Loved the quick fix' : null })) });
    const board = (await call(t.app, ws.key, 'GET', `/api/v1/scoreboard?surveyId=${survey}&by=team`)).json();
    expect(board.minResponses).toBe(30);
    const big = board.rows.find((r: { label: string }) => r.label === 'Big');
    expect(big.rank).toBe(1);
    expect(big.total).toBe(40);
    expect(board.rows.filter((r: { total: number }) => r.total < 30).every((r: { rank: number | null }) => r.rank === null)).toBe(true);
    const praise = (await call(t.app, ws.key, 'GET', `/api/v1/praise?surveyId=${survey}`)).json().data;
    expect(praise.length).toBeGreaterThan(0);
    expect(praise.every((r: { group: string; comment: string }) => r.group === 'promoter' && r.comment)).toBe(true);
  });

  it('opens a case by hand with no owner (ownerUserId null), and refuses an empty one', async () => {
    const r = await respond({ score: 3, comment: 'opened by hand' });
    const empty = await as('owner', 'POST', '/api/v1/cases', { responseId: r.id, ownerUserId: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].field).toBe('ownerUserId');
    const opened = await as('owner', 'POST', '/api/v1/cases', { responseId: r.id, ownerUserId: null });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json().ownerUserId).toBeNull();
  });

  it('validates rules', async () => {
    const bad = await as('owner', 'POST', '/api/v1/alert-rules', { name: 'x', conditions: {}, actions: {} });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toBe('actions');
    const noUser = await as('owner', 'POST', '/api/v1/alert-rules', { name: 'x', conditions: {}, actions: { openCase: { assign: 'user' } } });
    expect(noUser.json().error.fields[0].field).toBe('actions/openCase/userId');
    expect((await as('agent1', 'POST', '/api/v1/alert-rules', { name: 'x', conditions: {}, actions: { addTags: ['a'] } })).statusCode).toBe(403);
    const other = await createWorkspace(t.ctx);
    const rules = (await call(t.app, other.key, 'GET', '/api/v1/alert-rules')).json().data;
    expect(rules).toEqual([]);
  });
});

describe('weekly digest time', () => {
  it('is the next Monday 07:00 UTC', async () => {
    const { nextDigestTime } = await import('../../src/modules/frontline/digest.service.ts');
    expect(nextDigestTime(new Date('2026-11-23T06:59:00Z')).toISOString()).toBe('2026-11-23T07:00:00.000Z'); // a Monday
    expect(nextDigestTime(new Date('2026-11-23T07:00:00Z')).toISOString()).toBe('2026-11-30T07:00:00.000Z');
    expect(nextDigestTime(new Date('2026-11-26T12:00:00Z')).toISOString()).toBe('2026-11-30T07:00:00.000Z');
  });
});

describe.each(DIALECTS)('%s: weekly digest', (dialect) => {
  it('emails each team manager a trend chart drawn on the server, praise and case counts', async () => {
    const smtp = await startSmtp();
    const t = await createTestApp(dialect, { SMTP_URL: smtp.url });
    try {
      const ws = await createWorkspace(t.ctx);
      const mgr = await t.ctx.workspaces.addMember(ws.auth, { email: `${unique('mgr')}@example.com`, name: 'Mia Manager', role: 'manager', password: 'password-123' });
      const night = await t.ctx.named.create(ws.auth, 'team', { name: 'Night shift', managerUserId: mgr.id });
      const survey = await createSurvey(t.app, ws.key, 'nps');
      await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: [{ surveyId: survey, score: 10, team: 'Night shift', comment: 'Wonderful night staff' }, { surveyId: survey, score: 3, team: 'Night shift' }] });
      await t.ctx.digests.ensureScheduled();
      await t.ctx.digests.ensureScheduled();
      const weekly = (await t.ctx.jobs.list({ name: 'frontline.weekly', status: 'pending', limit: 50 })).data;
      expect(new Set(weekly.map((j) => j.runAt)).size).toBe(weekly.length); // one per week, never twice
      await t.ctx.digests.fanOut();
      await new Worker(t.ctx, { names: ['frontline.digest'], workspaceIds: [ws.workspaceId] }).drain();
      const mails = await smtp.waitFor(1);
      const digest = mails.find((m) => m.to && 'text' in m.to && m.to.text.includes(mgr.email))!;
      expect(digest.subject).toBe('Your weekly feedback digest');
      expect(String(digest.html)).toContain('<svg');
      expect(String(digest.html)).toContain('Night shift: NPS, last 12 weeks');
      expect(String(digest.html)).toContain('Wonderful night staff');
      expect(digest.text).toMatch(/NPS 0 ± \d+ from 2 responses/);
      // "Open the inbox": the cases page filtered to the team, with the parameter the page reads (team, not teamId)
      expect(String(digest.html)).toContain(`<a href="${t.ctx.config.publicUrl}/cases?team=${night.id}">Open the inbox</a>`);
      expect(digest.text).toContain(`${t.ctx.config.publicUrl}/cases?team=${night.id}`);
    } finally {
      await t.close();
      await smtp.close();
    }
  });
});
