/**
 * Cases nobody can work: a response that leaves no way to reach the customer (no person, or a person with neither
 * email nor phone) and no comment opens no case unless the rule's openCase says `includeAnonymous` — the public
 * survey link and the widget take anonymous answers, and each would otherwise be a High case "call back within a
 * day" with nobody to call. With a comment it still opens one, without a first-contact deadline. And the timeline
 * says someone "was told" of an unowned case only when an email could go (SMTP_URL).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, login, type TestApp, unique } from '../harness.ts';

const LOOP_JOBS = ['alerts.evaluate', 'alerts.notify'];
const HOUR = 3_600_000;

describe.each(DIALECTS)('%s: anonymous responses and cases', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    // no SMTP_URL: this server cannot send email (the demo's state)
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  async function setup() {
    const ws = await createWorkspace(t.ctx);
    const worker = new Worker(t.ctx, { names: LOOP_JOBS, workspaceIds: [ws.workspaceId] });
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const s = await login(t.app, ws.ownerEmail, ws.password);
    const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf };
    const rule = (body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/v1/alert-rules', headers, payload: body });
    const respond = async (body: Record<string, unknown>) => {
      const res = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, ...body });
      expect(res.statusCode, res.body).toBe(201);
      await worker.drain();
      return (res.json() as { id: string }).id;
    };
    const caseOf = (responseId: string) => t.ctx.database.db.selectFrom('followup_case').selectAll().where('response_id', '=', responseId).executeTakeFirst();
    const tagsOf = async (responseId: string) => JSON.parse((await t.ctx.database.db.selectFrom('response').select('tags').where('id', '=', responseId).executeTakeFirstOrThrow()).tags) as string[];
    const full = async (caseId: string) => {
      const res = await call(t.app, ws.key, 'GET', `/api/v1/cases/${caseId}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { noContact: string | null; firstContactDueAt: string; resolutionDueAt: string; timeline: { kind: string; data: Record<string, unknown> }[] };
    };
    const deadlineJobs = async (caseId: string) =>
      (await t.ctx.jobs.list({ name: 'cases.deadline', workspaceId: ws.workspaceId, limit: 200 })).data.map((j) => j.payload as { caseId: string; kind: string }).filter((p) => p.caseId === caseId).map((p) => p.kind).sort();
    return { ws, rule, respond, caseOf, tagsOf, full, deadlineJobs };
  }

  describe('the demo rule "Detractors: call back within a day"', () => {
    let env: Awaited<ReturnType<typeof setup>>;

    beforeAll(async () => {
      env = await setup();
      const res = await env.rule({
        name: 'Detractors: call back within a day',
        conditions: { scoreGroups: ['detractor'] },
        actions: { openCase: { assign: 'team_manager', priority: 'high' }, addTags: ['detractor'] },
      });
      expect(res.statusCode, res.body).toBe(201);
    });

    it('opens no case on an anonymous score without a comment, and still runs its other actions', async () => {
      const silent = await env.respond({ score: 5 });
      expect(await env.caseOf(silent)).toBeUndefined();
      expect(await env.tagsOf(silent)).toEqual(['detractor']);
      // a blank comment is no comment
      expect(await env.caseOf(await env.respond({ score: 2, comment: '   ' }))).toBeUndefined();
      // a person known only by an id in another system cannot be called back either
      expect(await env.caseOf(await env.respond({ score: 2, person: { externalId: unique('ext') } }))).toBeUndefined();
    });

    it('opens a case on an anonymous answer with a comment, without a first-contact deadline, and says why', async () => {
      const before = Date.now();
      const c = (await env.caseOf(await env.respond({ score: 3, comment: 'The app crashes at checkout' })))!;
      expect(c).toBeDefined();
      expect(c.priority).toBe('high');
      // no separate first-contact deadline: it is the resolution one (72 h), so only resolution can be late
      expect(c.first_contact_due_at).toBe(c.resolution_due_at);
      expect(Date.parse(c.resolution_due_at) - before).toBeGreaterThan(71 * HOUR);
      expect(await env.deadlineJobs(c.id)).toEqual(['resolution']);
      const view = await env.full(c.id);
      expect(view.noContact).toBe('anonymous');
      expect(view.timeline.find((e) => e.kind === 'created')!.data.noContact).toBe('anonymous');

      const noDetails = (await env.caseOf(await env.respond({ score: 1, comment: 'Never again', person: { name: 'Sam', externalId: unique('ext') } })))!;
      expect((await env.full(noDetails.id)).noContact).toBe('no_contact_details');
      expect(noDetails.first_contact_due_at).toBe(noDetails.resolution_due_at);
    });

    it('still opens a case, with its 24-hour first contact, when there is an email or a phone, even without a comment', async () => {
      for (const person of [{ email: `${unique('p')}@example.com` }, { phone: '+44 20 7946 0000', externalId: unique('ext') }]) {
        const before = Date.now();
        const c = (await env.caseOf(await env.respond({ score: 4, person })))!;
        expect(c, JSON.stringify(person)).toBeDefined();
        expect(Date.parse(c.first_contact_due_at) - before).toBeLessThan(25 * HOUR);
        expect(c.first_contact_due_at < c.resolution_due_at).toBe(true);
        expect(await env.deadlineJobs(c.id)).toEqual(['first_contact', 'resolution']);
        expect((await env.full(c.id)).noContact).toBeNull();
      }
    });
  });

  it('opens cases on anonymous answers without a comment when the rule says includeAnonymous, and checks the option', async () => {
    const env = await setup();
    const bad = await env.rule({ name: 'All detractors', conditions: { scoreGroups: ['detractor'] }, actions: { openCase: { assign: 'none', includeAnonymous: 'yes' } } });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('includeAnonymous');
    const res = await env.rule({ name: 'All detractors', conditions: { scoreGroups: ['detractor'] }, actions: { openCase: { assign: 'none', includeAnonymous: true } } });
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as { actions: { openCase: { includeAnonymous: boolean } } }).actions.openCase.includeAnonymous).toBe(true);
    const c = (await env.caseOf(await env.respond({ score: 0 })))!;
    expect(c).toBeDefined();
    expect(c.first_contact_due_at).toBe(c.resolution_due_at);
    expect((await env.full(c.id)).noContact).toBe('anonymous');
  });

  it('names whom an unowned case would be announced to, not "told", when this server cannot send email', async () => {
    const env = await setup();
    const res = await env.rule({ name: 'Detractors', conditions: { scoreGroups: ['detractor'] }, actions: { openCase: { assign: 'team_manager' } } });
    expect(res.statusCode, res.body).toBe(201);
    const c = (await env.caseOf(await env.respond({ score: 2, comment: 'slow', person: { email: `${unique('p')}@example.com` } })))!;
    const created = (await env.full(c.id)).timeline.find((e) => e.kind === 'created')!.data;
    expect(created).toMatchObject({ ownerUserId: null, noOwner: 'no_team', notified: [], wouldNotify: [env.ws.ownerId] });

    // an escalation without a mail server says so too
    await t.ctx.cases.checkDeadline(c.id, 'first_contact');
    const escalated = (await env.full(c.id)).timeline.find((e) => e.kind === 'escalated')!.data;
    expect(escalated).toMatchObject({ deadline: 'first_contact', emailed: false });
  });
});
