/**
 * Frontline feed notifications: a user linked to an employee may opt in to an email for each new response
 * attributed to them. Real database, real job queue, real SMTP server (test/smtp.ts).
 */
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace, unique } from '../harness.ts';
import { startSmtp, type TestSmtp } from '../smtp.ts';

const JOB = 'frontline.feedback_email';

describe.each(DIALECTS)('%s: feedback email to the employee it is attributed to', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let smtp: TestSmtp;
  let worker: Worker;
  let survey: string;
  const users: Record<string, { id: string; email: string; headers: Record<string, string> }> = {};

  const as = (who: string, method: 'GET' | 'PUT', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: users[who]!.headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const respond = async (body: Record<string, unknown>) => {
    const res = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string };
  };
  const mailsTo = (who: string): ParsedMail[] => smtp.messages.filter((m) => m.to && 'text' in m.to && m.to.text.includes(users[who]!.email));
  const jobsFor = async (responseId: string) => (await t.ctx.jobs.list({ name: JOB, workspaceId: ws.workspaceId, limit: 200 })).data.filter((j) => (j.payload as { responseId: string }).responseId === responseId);

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp(dialect, { SMTP_URL: smtp.url, CLEARLOOP_PUBLIC_URL: 'http://clearloop.test' });
    ws = await createWorkspace(t.ctx);
    worker = new Worker(t.ctx, { names: [JOB], workspaceIds: [ws.workspaceId] });
    survey = await createSurvey(t.app, ws.key, 'nps');
    for (const who of ['ann', 'bob', 'viewer'] as const) {
      const email = `${unique(who)}@example.com`;
      const m = await t.ctx.workspaces.addMember(ws.auth, { email, role: who === 'viewer' ? 'viewer' : 'agent', password: 'password-123' });
      const s = await login(t.app, email, 'password-123');
      users[who] = { id: m.id, email, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } };
    }
    const team = (await t.ctx.named.create(ws.auth, 'team', { name: 'Care' })).id;
    await t.ctx.named.create(ws.auth, 'employee', { name: 'Ann Agent', teamId: team, userId: users.ann!.id });
    await t.ctx.named.create(ws.auth, 'employee', { name: 'Bob Agent', teamId: team, userId: users.bob!.id });
    await t.ctx.named.create(ws.auth, 'employee', { name: 'Cy Unlinked', teamId: team });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('is off by default and shows where the emails would go', async () => {
    const res = await as('ann', 'GET', '/api/v1/feed/notifications');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ feedbackEmail: false, email: users.ann!.email, employees: [{ name: 'Ann Agent' }], emailConfigured: true, updatedAt: null });
  });

  it('rejects a bad body naming the field, and API keys (preferences belong to a user)', async () => {
    for (const [body, field] of [
      [{ feedbackEmail: 'yes' }, 'feedbackEmail'],
      [{}, 'feedbackEmail'],
      [{ feedbackEmail: true, userId: users.bob!.id }, 'userId'],
    ] as const) {
      const res = await as('ann', 'PUT', '/api/v1/feed/notifications', body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation_error', fields: [expect.objectContaining({ field })] });
    }
    const key = await call(t.app, ws.key, 'PUT', '/api/v1/feed/notifications', { feedbackEmail: true });
    expect(key.statusCode).toBe(403);
    expect(key.json().error.code).toBe('forbidden');
    // A user without an employee record has nothing attributed to them: switching on is refused, naming the field.
    const unlinked = await as('viewer', 'PUT', '/api/v1/feed/notifications', { feedbackEmail: true });
    expect(unlinked.statusCode, unlinked.body).toBe(409);
    expect(unlinked.json().error.fields[0].field).toBe('feedbackEmail');
    expect((await as('ann', 'GET', '/api/v1/feed/notifications')).json().feedbackEmail).toBe(false);
  });

  it('sends nothing while opted out', async () => {
    const r = await respond({ score: 4, comment: 'Not opted in yet', employee: 'Ann Agent' });
    await worker.drain();
    expect(await jobsFor(r.id)).toEqual([]);
    expect(mailsTo('ann')).toEqual([]);
  });

  it('opted in: one email per response, with the score and the escaped comment; others get none', async () => {
    const on = await as('ann', 'PUT', '/api/v1/feed/notifications', { feedbackEmail: true });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json()).toMatchObject({ feedbackEmail: true, updatedAt: expect.any(String) });
    // Only one's own preference: Bob's stays off (the route has no way to name another user).
    expect((await as('bob', 'GET', '/api/v1/feed/notifications')).json().feedbackEmail).toBe(false);

    const comment = 'The <script>alert("x")</script> clerk & manager were <b>rude</b>';
    const mine = await respond({ score: 3, comment, employee: 'Ann Agent' });
    const bobs = await respond({ score: 2, comment: 'Bob was late', employee: 'Bob Agent' });
    const unlinked = await respond({ score: 10, comment: 'Cy was great', employee: 'Cy Unlinked' });
    const nobody = await respond({ score: 9, comment: 'No one in particular' });
    await worker.drain();

    const mails = mailsTo('ann');
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe('New feedback attributed to you: 3 (detractor)');
    expect(mail.text).toContain(comment);
    expect(mail.text).toContain('Score: 3 out of 10 (detractor)');
    expect(mail.text).toContain(`http://clearloop.test/feed?survey=${survey}`);
    const htmlPart = String(mail.html);
    expect(htmlPart).toContain('The &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; clerk &amp; manager were &lt;b&gt;rude&lt;/b&gt;');
    expect(htmlPart).not.toContain('<script>');
    expect(htmlPart).not.toContain('<b>rude');
    expect(htmlPart).toContain('3 out of 10 (detractor)');
    expect(htmlPart).toContain(`href="http://clearloop.test/feed?survey=${survey}"`);
    const surveyName = (await call(t.app, ws.key, 'GET', `/api/v1/surveys/${survey}`)).json().name as string;
    expect(mail.text).toContain(surveyName);

    expect(mailsTo('bob')).toEqual([]);
    for (const r of [bobs, unlinked, nobody]) expect(await jobsFor(r.id)).toEqual([]);
    const sent = await t.ctx.database.db.selectFrom('feedback_email').selectAll().where('response_id', '=', mine.id).executeTakeFirstOrThrow();
    expect(sent).toMatchObject({ user_id: users.ann!.id, status: 'sent' });
  });

  it('never sends twice for one response: a re-delivered job finds the send recorded', async () => {
    const r = await respond({ score: 9, comment: 'Ann sorted it out', employee: 'Ann Agent' });
    await worker.drain();
    expect(mailsTo('ann')).toHaveLength(2);
    const [job] = await jobsFor(r.id);
    expect(job?.status).toBe('succeeded');
    // As if the worker had died before recording success: its lease ran out and the job is claimed again.
    await t.ctx.database.db.updateTable('job').set({ status: 'running', locked_by: 'gone', locked_until: new Date(Date.now() - 1000).toISOString(), finished_at: null }).where('id', '=', job!.id).execute();
    await worker.drain();
    expect((await jobsFor(r.id))[0]).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(await t.ctx.feedbackEmails.send(r.id)).toBe('skipped');
    expect(mailsTo('ann')).toHaveLength(2);
  });

  it('a batch sends one email per response; imports and back-dated responses are history, not news', async () => {
    const batch = await call(t.app, ws.key, 'POST', '/api/v1/responses', {
      responses: [
        { surveyId: survey, score: 10, comment: 'First of two', employee: 'Ann Agent' },
        { surveyId: survey, score: 8, employee: 'Ann Agent' },
        { surveyId: survey, score: 7, comment: 'Imported', employee: 'Ann Agent', channel: 'import' },
        { surveyId: survey, score: 6, comment: 'Last year', employee: 'Ann Agent', createdAt: '2025-01-15T10:00:00Z' },
      ],
    });
    expect(batch.statusCode, batch.body).toBe(201);
    await worker.drain();
    const subjects = mailsTo('ann').slice(2).map((m) => m.subject);
    expect(subjects.sort()).toEqual(['New feedback attributed to you: 10 (promoter)', 'New feedback attributed to you: 8 (passive)']);
  });

  it('stops when switched off, and for a user removed from the workspace', async () => {
    expect((await as('ann', 'PUT', '/api/v1/feed/notifications', { feedbackEmail: false })).json().feedbackEmail).toBe(false);
    await respond({ score: 5, comment: 'After switching off', employee: 'Ann Agent' });
    await worker.drain();
    expect(mailsTo('ann')).toHaveLength(4);

    expect((await as('bob', 'PUT', '/api/v1/feed/notifications', { feedbackEmail: true })).statusCode).toBe(200);
    await t.ctx.workspaces.removeMember(ws.auth, users.bob!.id);
    await respond({ score: 1, comment: 'Bob no longer works here', employee: 'Bob Agent' });
    await worker.drain();
    expect(mailsTo('bob')).toEqual([]);
  });
});
