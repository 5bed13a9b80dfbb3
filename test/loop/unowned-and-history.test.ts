/**
 * Alert rules and who hears of a new case: a case whose rule found no owner (no team, a team without a manager,
 * nobody to take turns) is announced to the team's manager or else the owners and admins, and its timeline says
 * why; the inbox filters unassigned cases. Imported and back-dated responses are history: rules leave them alone
 * unless a rule includes them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, login, type TestApp, unique } from '../harness.ts';
import { startSmtp, type TestSmtp } from '../smtp.ts';

const LOOP_JOBS = ['alerts.evaluate', 'alerts.notify', 'cases.notify'];
const DAY = 86_400_000;

describe.each(DIALECTS)('%s: unowned cases and history', (dialect) => {
  let t: TestApp;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp(dialect, { SMTP_URL: smtp.url, CLEARLOOP_PUBLIC_URL: 'http://clearloop.test' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** A workspace of its own (its rules fire on every response), the owner's session, a worker for its jobs. */
  async function setup() {
    const ws = await createWorkspace(t.ctx);
    const worker = new Worker(t.ctx, { names: LOOP_JOBS, workspaceIds: [ws.workspaceId] });
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const s = await login(t.app, ws.ownerEmail, ws.password);
    const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf };
    const rule = async (body: Record<string, unknown>) => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/alert-rules', headers, payload: body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string };
    };
    const respond = async (body: Record<string, unknown>) => {
      const res = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, ...body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string };
    };
    const caseOf = (responseId: string) => t.ctx.database.db.selectFrom('followup_case').selectAll().where('response_id', '=', responseId).executeTakeFirst();
    const created = async (caseId: string) => {
      const full = (await call(t.app, ws.key, 'GET', `/api/v1/cases/${caseId}`)).json() as { timeline: { kind: string; data: Record<string, unknown> }[] };
      return full.timeline.find((e) => e.kind === 'created')!.data;
    };
    return { ws, worker, survey, rule, respond, caseOf, created };
  }

  const mailsTo = (email: string, subject: string) => smtp.messages.filter((m) => m.subject === subject && m.to && 'text' in m.to && m.to.text.includes(email));

  describe('a case nobody is assigned to', () => {
    let env: Awaited<ReturnType<typeof setup>>;
    let admin: { id: string; email: string };
    let manager: { id: string; email: string };
    const teams: Record<string, string> = {};
    const cases: Record<string, string> = {};

    beforeAll(async () => {
      env = await setup();
      const { ws } = env;
      admin = { email: `${unique('admin')}@example.com`, id: '' };
      admin.id = (await t.ctx.workspaces.addMember(ws.auth, { email: admin.email, role: 'admin', password: 'password-123' })).id;
      manager = { email: `${unique('mgr')}@example.com`, id: '' };
      manager.id = (await t.ctx.workspaces.addMember(ws.auth, { email: manager.email, role: 'manager', password: 'password-123' })).id;
      teams.managed = (await t.ctx.named.create(ws.auth, 'team', { name: 'Managed', managerUserId: manager.id })).id;
      teams.orphan = (await t.ctx.named.create(ws.auth, 'team', { name: 'Orphan' })).id;
      // a team with a manager but no employee linked to a user: nobody to take turns
      teams.empty = (await t.ctx.named.create(ws.auth, 'team', { name: 'Empty', managerUserId: manager.id })).id;
      // rules run in the order they were made; the first to open a case wins (one case per response)
      await env.rule({ name: 'Quiet ones', conditions: { words: ['quiet'] }, actions: { openCase: { assign: 'none' } } });
      await env.rule({ name: 'Take turns', conditions: { words: ['turns'] }, actions: { openCase: { assign: 'round_robin', teamId: teams.empty } } });
      await env.rule({ name: 'Detractors to the team manager', conditions: { scoreGroups: ['detractor'] }, actions: { openCase: { assign: 'team_manager' } } });
      const open = async (key: string, body: Record<string, unknown>) => {
        const r = await env.respond({ score: 2, person: { email: `${unique(key)}@example.com` }, ...body });
        await env.worker.drain();
        cases[key] = (await env.caseOf(r.id))!.id;
      };
      await open('managed', { team: 'Managed', comment: 'slow' });
      await open('orphan', { team: 'Orphan', comment: 'slow' });
      await open('noTeam', { comment: 'slow' });
      await open('turns', { team: 'Managed', comment: 'waited for our turns' });
      await open('quiet', { team: 'Orphan', comment: 'quiet please' });
    });

    it('goes to the team manager when there is one, as before', async () => {
      expect((await t.ctx.database.db.selectFrom('followup_case').select('owner_user_id').where('id', '=', cases.managed!).executeTakeFirstOrThrow()).owner_user_id).toBe(manager.id);
      const data = await env.created(cases.managed!);
      expect(data.ownerUserId).toBe(manager.id);
      expect(data.noOwner).toBeUndefined();
    });

    it('is announced to the owners and admins when the team has no manager, or there is no team, and the timeline says so', async () => {
      const both = [env.ws.ownerId, admin.id].sort();
      const orphan = await env.created(cases.orphan!);
      expect(orphan).toMatchObject({ ownerUserId: null, noOwner: 'no_manager', noOwnerTeamId: teams.orphan });
      expect((orphan.notified as string[]).sort()).toEqual(both);
      const noTeam = await env.created(cases.noTeam!);
      expect(noTeam).toMatchObject({ ownerUserId: null, noOwner: 'no_team', noOwnerTeamId: null });
      expect((noTeam.notified as string[]).sort()).toEqual(both);

      const subject = 'A new follow-up case has no owner';
      await smtp.waitFor(1);
      await expect.poll(() => mailsTo(env.ws.ownerEmail, subject).length, { timeout: 10_000 }).toBe(2);
      expect(mailsTo(admin.email, subject)).toHaveLength(2);
      const orphanMail = mailsTo(admin.email, subject).find((m) => m.text?.includes(`/cases/${cases.orphan}`))!;
      expect(orphanMail.text).toContain('nobody was assigned: the team "Orphan" has no manager');
      expect(orphanMail.text).toContain(`Open the case: http://clearloop.test/cases/${cases.orphan}\n`);
      expect(orphanMail.text).toContain('http://clearloop.test/cases?owner=none');
      expect(mailsTo(admin.email, subject).find((m) => m.text?.includes(`/cases/${cases.noTeam}`))!.text).toContain('the response has no team');
    });

    it("tells the team's manager when nobody in the team can take a turn", async () => {
      const data = await env.created(cases.turns!);
      expect(data).toMatchObject({ ownerUserId: null, noOwner: 'no_team_members', noOwnerTeamId: teams.empty, notified: [manager.id] });
      await expect.poll(() => mailsTo(manager.email, 'A new follow-up case has no owner').length, { timeout: 10_000 }).toBe(1);
      expect(mailsTo(manager.email, 'A new follow-up case has no owner')[0]!.text).toContain('no employee of the team "Empty" is linked to a user');
    });

    it('stays quiet when the rule assigns nobody on purpose', async () => {
      const data = await env.created(cases.quiet!);
      expect(data.ownerUserId).toBeNull();
      expect(data.noOwner).toBeUndefined();
      expect(data.notified).toBeUndefined();
      expect(smtp.messages.some((m) => m.text?.includes(`/cases/${cases.quiet}`))).toBe(false);
    });

    it('is found with the Unassigned filter (unassigned=true), validated', async () => {
      const ids = async (query: string) => {
        const res = await call(t.app, env.ws.key, 'GET', `/api/v1/cases?limit=200&${query}`);
        expect(res.statusCode, res.body).toBe(200);
        return (res.json().data as { id: string }[]).map((c) => c.id).sort();
      };
      expect(await ids('unassigned=true')).toEqual([cases.orphan, cases.noTeam, cases.turns, cases.quiet].sort());
      expect(await ids('unassigned=false')).toEqual([cases.managed]);
      expect(await ids(`unassigned=true&teamId=${teams.orphan}`)).toEqual([cases.orphan, cases.quiet].sort());
      for (const query of [`unassigned=true&ownerUserId=${manager.id}`, 'unassigned=true&mine=true', 'unassigned=perhaps']) {
        const res = await call(t.app, env.ws.key, 'GET', `/api/v1/cases?${query}`);
        expect(res.statusCode, query).toBe(400);
        expect(JSON.stringify(res.json().error.fields), query).toContain('unassigned');
      }
    });
  });

  describe('imported and back-dated responses', () => {
    it('open no case and notify no one, unless a rule includes them', async () => {
      const env = await setup();
      await env.rule({ name: 'Detractors', conditions: { scoreGroups: ['detractor'] }, actions: { openCase: { assign: 'user', userId: env.ws.ownerId }, notifyEmails: ['lead@example.com'] } });
      const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
      const imported = await env.respond({ score: 1, channel: 'import', comment: 'imported today' });
      const monthOld = await env.respond({ score: 1, channel: 'email', createdAt: ago(30), comment: 'a month ago' });
      const eightDays = await env.respond({ score: 1, createdAt: ago(8), comment: 'eight days ago' });
      const recent = await env.respond({ score: 1, createdAt: ago(6), comment: 'six days ago' });
      const live = await env.respond({ score: 1, comment: 'just now' });
      await env.worker.drain();
      expect(await env.caseOf(imported.id)).toBeUndefined();
      expect(await env.caseOf(monthOld.id)).toBeUndefined();
      expect(await env.caseOf(eightDays.id)).toBeUndefined();
      expect(await env.caseOf(recent.id)).toMatchObject({ owner_user_id: env.ws.ownerId });
      expect(await env.caseOf(live.id)).toMatchObject({ owner_user_id: env.ws.ownerId });
      // only the two new responses were emailed to the rule's address
      const notified = (await t.ctx.jobs.list({ name: 'alerts.notify', workspaceId: env.ws.workspaceId, limit: 200 })).data
        .map((j) => (j.payload as { payload: { response: { id: string } } }).payload.response.id)
        .filter((id) => [imported.id, monthOld.id, eightDays.id, recent.id, live.id].includes(id));
      expect(notified.sort()).toEqual([recent.id, live.id].sort());

      // changing an old response later does not make it news
      expect((await call(t.app, env.ws.key, 'PATCH', `/api/v1/responses/${monthOld.id}`, { comment: 'a month ago, still unhappy' })).statusCode).toBe(200);
      await env.worker.drain();
      expect(await env.caseOf(monthOld.id)).toBeUndefined();

      // a rule may include them
      const history = await env.rule({ name: 'Old complaints', conditions: { words: ['lawyer'], includeImported: true }, actions: { openCase: { assign: 'none', priority: 'low' } } });
      const old = await env.respond({ score: 0, channel: 'import', createdAt: ago(40), comment: 'I called my lawyer' });
      await env.worker.drain();
      expect(await env.caseOf(old.id)).toMatchObject({ rule_id: history.id, priority: 'low' });
      const saved = (await call(t.app, env.ws.key, 'GET', `/api/v1/alert-rules/${history.id}`)).json();
      expect(saved.conditions.includeImported).toBe(true);
    });

    it('validates includeImported', async () => {
      const env = await setup();
      const s = await login(t.app, env.ws.ownerEmail, env.ws.password);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/alert-rules',
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
        payload: { name: 'x', conditions: { includeImported: 'yes' }, actions: { addTags: ['x'] } },
      });
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().error.fields)).toContain('includeImported');
    });
  });
});
