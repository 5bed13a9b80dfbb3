/**
 * A case's re-survey is a survey email, so it follows the send API's rule: a server without a mail server (no
 * SMTP_URL) refuses it up front with a 409 naming SMTP_URL and writes nothing — by hand (POST
 * /api/v1/cases/{id}/resurvey) or when the re-survey planned on closing comes due (the cases.resurvey job). With the
 * in-process SMTP server the same calls send the survey to the customer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import type { AppError } from '../../src/shared/errors.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace, unique } from '../harness.ts';
import { startSmtp, type TestSmtp } from '../smtp.ts';

const system = (workspaceId: string) => ({ workspaceId, via: 'api_key' as const, role: null, scope: 'write' as const, userId: null, apiKeyId: null });

describe.each(DIALECTS)('%s: re-survey and the mail server', (dialect) => {
  for (const withSmtp of [false, true]) {
    describe(withSmtp ? 'with a mail server' : 'without SMTP_URL', () => {
      let t: TestApp;
      let ws: TestWorkspace;
      let smtp: TestSmtp | null = null;
      let survey: string;
      let viewer: { cookie: string; csrf: string };

      beforeAll(async () => {
        smtp = withSmtp ? await startSmtp() : null;
        t = await createTestApp(dialect, smtp ? { SMTP_URL: smtp.url } : {});
        ws = await createWorkspace(t.ctx);
        // no quiet hours: the email goes out whatever time the test runs
        await t.ctx.settings.update(ws.auth, { fatigue: { quietHours: null } });
        survey = await createSurvey(t.app, ws.key, 'nps');
        const email = `${unique('viewer')}@example.com`;
        await t.ctx.workspaces.addMember(ws.auth, { email, role: 'viewer', password: 'password-123' });
        viewer = await login(t.app, email, 'password-123');
      });
      afterAll(async () => {
        await t.close();
        await smtp?.close();
      });

      /** A case opened by hand on a detractor's response; `person` as the response gives it. */
      const openCase = async (person: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) => {
        const r = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score: 2, ...(person ? { person } : {}) });
        expect(r.statusCode, r.body).toBe(201);
        const c = await call(t.app, ws.key, 'POST', '/api/v1/cases', { responseId: r.json().id, ...extra });
        expect(c.statusCode, c.body).toBe(201);
        return c.json() as { id: string; personId: string | null; updatedAt: string };
      };

      /** Everything a re-survey could write: people, sends, jobs, timeline events, and the case's own row. */
      const written = async (caseId: string) => {
        const db = t.ctx.database.db;
        const n = async (table: 'person' | 'survey_send' | 'job' | 'case_event') =>
          Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', ws.workspaceId).executeTakeFirstOrThrow()).n);
        const row = await db.selectFrom('followup_case').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
        return { people: await n('person'), sends: await n('survey_send'), jobs: await n('job'), events: await n('case_event'), row };
      };

      const resurvey = (caseId: string, key = ws.key) => call(t.app, key, 'POST', `/api/v1/cases/${caseId}/resurvey`);

      /** The closing re-survey's job, as loop.jobs.ts runs it. */
      const runResurveyJob = (caseId: string) =>
        t.ctx.cases.resurvey(caseId, async (workspaceId, surveyId, personId) => {
          await t.ctx.distribution.schedule(system(workspaceId), surveyId, { people: [{ personId }], properties: { resurvey: true } });
        });

      if (!withSmtp) {
        it('refuses a re-survey by hand with the send API’s 409 naming SMTP_URL, writing nothing', async () => {
          const c = await openCase({ email: `${unique('ann')}@example.com`, name: 'Ann' });
          expect((await call(t.app, ws.key, 'GET', `/api/v1/cases/${c.id}`)).json().emailConfigured).toBe(false);
          const before = await written(c.id);
          const res = await resurvey(c.id);
          expect(res.statusCode, res.body).toBe(409);
          expect(res.json().error.code).toBe('conflict');
          expect(res.json().error.message).toMatch(/^email is not configured on this server: set SMTP_URL/);
          // the same refusal as the send API's
          const send = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, { people: [{ personId: c.personId }] });
          expect(send.statusCode).toBe(409);
          expect(res.json().error.message.split(', or ')[0]).toBe(send.json().error.message.split(', or ')[0]);
          expect(await written(c.id)).toEqual(before);
        });

        it('refuses the closing re-survey when it comes due, writing nothing (the job can be retried once email is set up)', async () => {
          const c = await openCase({ email: `${unique('ben')}@example.com` }, { resurveyDays: 30 });
          const closed = await call(t.app, ws.key, 'PATCH', `/api/v1/cases/${c.id}`, { status: 'closed', outcome: 'no_reply', rootCause: 'Billing' });
          expect(closed.statusCode, closed.body).toBe(200);
          const jobs = (await t.ctx.jobs.list({ name: 'cases.resurvey', limit: 200 })).data.filter((j) => (j.payload as { caseId: string }).caseId === c.id);
          expect(jobs).toHaveLength(1); // planned on closing all the same: SMTP_URL may be set within the 30 days
          const before = await written(c.id);
          const err = (await runResurveyJob(c.id).then(
            () => null,
            (e: unknown) => e,
          )) as AppError | null;
          expect(err?.status).toBe(409);
          expect(err?.message).toMatch(/SMTP_URL/);
          expect(await written(c.id)).toEqual(before);
        });

        it('still answers 403 to those who may not work cases and 404 to an unknown case first', async () => {
          const c = await openCase({ email: `${unique('cy')}@example.com` });
          expect((await resurvey(c.id, ws.readKey)).statusCode).toBe(403);
          const asViewer = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${c.id}/resurvey`, headers: { cookie: viewer.cookie, 'x-csrf-token': viewer.csrf } });
          expect(asViewer.statusCode).toBe(403);
          expect((await resurvey('no-such-case')).statusCode).toBe(404);
        });
      } else {
        it('sends the survey again by hand: a send for the customer, a timeline event, and the email', async () => {
          const email = `${unique('dana')}@example.com`;
          const c = await openCase({ email, name: 'Dana' });
          expect((await call(t.app, ws.key, 'GET', `/api/v1/cases/${c.id}`)).json().emailConfigured).toBe(true);
          const res = await resurvey(c.id);
          expect(res.statusCode, res.body).toBe(201);
          const event = res.json() as { kind: string; data: { sendId: string; status: string } };
          expect(event).toMatchObject({ kind: 'resurvey', data: { status: 'scheduled' } });
          const send = (await call(t.app, ws.key, 'GET', `/api/v1/sends/${event.data.sendId}`)).json();
          expect(send).toMatchObject({ surveyId: survey, personId: c.personId, channel: 'email', status: 'scheduled' });
          const timeline = (await call(t.app, ws.key, 'GET', `/api/v1/cases/${c.id}`)).json().timeline as { kind: string; data: { sendId?: string } }[];
          expect(timeline.at(-1)).toMatchObject({ kind: 'resurvey', data: { sendId: event.data.sendId } });
          const worker = new Worker(t.ctx, { names: ['distribution.send'], workspaceIds: [ws.workspaceId] });
          await worker.drain();
          const mails = await smtp!.waitFor(1);
          expect(mails.some((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text.includes(email)))).toBe(true);
          expect((await call(t.app, ws.key, 'GET', `/api/v1/sends/${event.data.sendId}`)).json().status).toBe('sent');
        });

        it('runs the closing re-survey when it comes due', async () => {
          const c = await openCase({ email: `${unique('eve')}@example.com` }, { resurveyDays: 30 });
          expect((await call(t.app, ws.key, 'PATCH', `/api/v1/cases/${c.id}`, { status: 'closed', outcome: 'no_reply', rootCause: 'Billing' })).statusCode).toBe(200);
          const before = await written(c.id);
          expect(await runResurveyJob(c.id)).toBe('success');
          const after = await written(c.id);
          expect(after.sends).toBe(before.sends + 1);
          expect(after.events).toBe(before.events + 1);
        });

        it('refuses, writing nothing, a customer it cannot email: no address, unsubscribed', async () => {
          const noEmail = await openCase({ externalId: unique('crm') });
          const gone = await openCase({ email: `${unique('gone')}@example.com` });
          await t.ctx.database.db.updateTable('person').set({ unsubscribed_at: new Date().toISOString() }).where('id', '=', gone.personId!).execute();
          for (const [c, why] of [
            [noEmail, /no email address/],
            [gone, /unsubscribed/],
          ] as const) {
            const before = await written(c.id);
            const res = await resurvey(c.id);
            expect(res.statusCode, res.body).toBe(409);
            expect(res.json().error.message).toMatch(why);
            expect(await written(c.id)).toEqual(before);
          }
        });
      }
    });
  }
});
