/** Emailing a customer from a case when there is no mail server, or it is down: a clear 503, nothing logged. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

describe.each(DIALECTS)('%s: case contact without a working mail server', (dialect) => {
  for (const [name, env] of [
    ['no SMTP_URL', {}],
    ['SMTP server down', { SMTP_URL: 'smtp://127.0.0.1:1' }],
  ] as const) {
    describe(name, () => {
      let t: TestApp;
      let ws: TestWorkspace;
      beforeAll(async () => {
        t = await createTestApp(dialect, env);
        ws = await createWorkspace(t.ctx);
      });
      afterAll(() => t.close());

      it('answers 503 naming the problem, logs no contact, and a call can still be logged', async () => {
        const survey = await createSurvey(t.app, ws.key, 'nps');
        const r = (await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score: 2, person: { email: 'dana@example.com', name: 'Dana' } })).json();
        const c = (await call(t.app, ws.key, 'POST', '/api/v1/cases', { responseId: r.id })).json();
        // the case page learns up front whether email can go at all (it then starts on "Log a call"); a server with
        // a mail server that is down still offers email (the failure is transient)
        expect((await call(t.app, ws.key, 'GET', `/api/v1/cases/${c.id}`)).json().emailConfigured).toBe(name !== 'no SMTP_URL');
        const mail = await call(t.app, ws.key, 'POST', `/api/v1/cases/${c.id}/contact`, { kind: 'email', subject: 'Sorry', body: 'We will refund you.' });
        expect(mail.statusCode, mail.body).toBe(503);
        expect(mail.json().error.code).toBe('unavailable');
        expect(mail.json().error.message).toMatch(name === 'no SMTP_URL' ? /SMTP_URL.*log a call instead/ : /mail server did not take the email.*try again/);
        const after = (await call(t.app, ws.key, 'GET', `/api/v1/cases/${c.id}`)).json();
        expect(after.timeline.map((e: { kind: string }) => e.kind)).not.toContain('contact_email');
        expect(after.firstContactedAt ?? null).toBeNull();
        const phone = await call(t.app, ws.key, 'POST', `/api/v1/cases/${c.id}/contact`, { kind: 'call', body: 'Called Dana' });
        expect(phone.statusCode).toBe(201);
      }, 30_000);
    });
  }
});
