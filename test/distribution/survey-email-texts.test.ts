/**
 * The survey's own email texts in the emails that really go out (through a real SMTP server): the first email's
 * subject and intro, the reminder's subject, {company} filled in, HTML escaped; and a subject is one header line
 * even when a line break reached the database some other way (header injection).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { EMAIL_TEXTS } from '../../src/modules/distribution/email-i18n.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace, unique } from '../harness.ts';
import { startSmtp, type TestSmtp } from '../smtp.ts';

describe.each(DIALECTS)('%s: survey email texts in sent emails', (dialect) => {
  let t: TestApp;
  let smtp: TestSmtp;
  let ws: TestWorkspace;
  let worker: Worker;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp(dialect, { SMTP_URL: smtp.url, CLEARLOOP_PUBLIC_URL: 'http://clearloop.test', CLEARLOOP_MAIL_FROM: 'Acme <survey@acme.example>' });
    ws = await createWorkspace(t.ctx);
    await t.ctx.settings.update(ws.auth, { fatigue: { quietHours: null }, branding: { companyName: 'Acme & Co' } });
    // On the shared PostgreSQL database other test files queue sends too: only run this workspace's.
    worker = new Worker(t.ctx, { names: ['distribution.send', 'distribution.remind'], workspaceIds: [ws.workspaceId] });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** Sends the survey to a new person and returns the email received and the send's id. */
  const sendOne = async (surveyId: string, locale = 'en') => {
    const before = smtp.messages.length;
    const res = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${surveyId}/send`, { people: [{ email: `${unique('p')}@example.com`, name: 'Ann', locale }] });
    expect(res.statusCode, res.body).toBe(202);
    await worker.drain();
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    return { mail: mail!, sendId: (res.json() as { sends: { id: string }[] }).sends[0]!.id };
  };

  it('sends the survey’s subject and intro, and the reminder with its own subject, in every person’s language', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps', {
      reminderDays: 3,
      email: { subject: 'Two minutes for {company}?', intro: 'Thanks for visiting our <store>.\nIt helps us a lot.', reminderSubject: 'Last call from {company}' },
    });
    const { mail, sendId } = await sendOne(survey, 'de');
    expect(mail.subject).toBe('Two minutes for Acme & Co?');
    expect(mail.html).toContain('Thanks for visiting our &lt;store&gt;.<br>It helps us a lot.');
    expect(mail.html).not.toContain('<store>');
    expect(mail.html).not.toContain(EMAIL_TEXTS.de.intro);
    expect(mail.html).toContain('Hallo Ann'); // the rest stays in the person's language
    expect(mail.text).toContain('Thanks for visiting our <store>.\nIt helps us a lot.');

    const before = smtp.messages.length;
    expect(await t.ctx.distribution.processReminder(sendId)).toBe('success');
    const [reminder] = (await smtp.waitFor(before + 1)).slice(before);
    expect(reminder!.subject).toBe('Last call from Acme & Co');
    expect(reminder!.html).toContain('It helps us a lot.');
  });

  it('keeps the localised defaults for texts the survey leaves blank', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps', { reminderDays: 3, email: { subject: 'Our own subject' } });
    const { mail, sendId } = await sendOne(survey, 'fr');
    expect(mail.subject).toBe('Our own subject');
    expect(mail.html).toContain(EMAIL_TEXTS.fr.intro.replace(/'/g, '&#39;'));
    const before = smtp.messages.length;
    await t.ctx.distribution.processReminder(sendId);
    const [reminder] = (await smtp.waitFor(before + 1)).slice(before);
    expect(reminder!.subject).toBe(EMAIL_TEXTS.fr.reminderSubject('Acme & Co'));
  });

  it('sends a subject as one header line even if a line break got into the database', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps');
    // Written around the API's checks on purpose: the renderer must not trust the column.
    await t.ctx.database.db.updateTable('survey').set({ email_subject: 'Hello\r\nBcc: victim@example.com\r\nX-Injected: yes' }).where('id', '=', survey).execute();
    // The renderer makes it one line itself (the mail library happens to as well, which the last checks cover).
    const preview = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/preview`, { locale: 'en' });
    expect(preview.json().email.subject).toBe('Hello Bcc: victim@example.com X-Injected: yes');
    const { mail } = await sendOne(survey);
    expect(mail.subject).toBe('Hello Bcc: victim@example.com X-Injected: yes');
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.headers.has('x-injected')).toBe(false);
  });
});
