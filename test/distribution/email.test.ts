import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { LinkError } from '../../src/modules/distribution/distribution.service.ts';
import { lockSurveying } from '../../src/modules/distribution/last-surveyed.ts';
import { renderSurveyEmail } from '../../src/modules/distribution/survey-email.ts';
import { SCALE, scoreGroup, SURVEY_KINDS } from '../../src/modules/surveys/score-groups.ts';
import { SESSION_COOKIE } from '../../src/modules/auth/session.service.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace, unique } from '../harness.ts';
import { startSmtp, type TestSmtp } from '../smtp.ts';

const DIST_JOBS = ['distribution.send', 'distribution.remind'];

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('survey email score buttons', () => {
  it('look alike for every score of every kind (no colour contradicts or hints at a score group), the number readable at ≥ 4.5:1', () => {
    const styles = new Map<string, string[]>();
    for (const kind of SURVEY_KINDS) {
      const { html } = renderSurveyEmail({
        locale: 'en',
        kind,
        question: 'How likely?',
        company: 'Acme',
        color: '#1d4ed8',
        logoUrl: null,
        personName: null,
        surveyUrl: 'http://clearloop.test/s/token',
        unsubscribeUrl: 'http://clearloop.test/u/token',
        reminder: false,
      });
      const buttons = [...html.matchAll(/<a href="[^"]*\?score=(\d+)" style="([^"]*)"/g)].map((m) => ({ score: Number(m[1]), style: m[2]! }));
      expect(buttons.map((b) => b.score)).toEqual(Array.from({ length: SCALE[kind].max - SCALE[kind].min + 1 }, (_, i) => SCALE[kind].min + i));
      for (const b of buttons) styles.set(b.style, [...(styles.get(b.style) ?? []), `${kind} ${b.score} (${scoreGroup(kind, b.score)})`]);
    }
    // One look for all: NPS 6 (detractor) no longer amber, 8 (passive) no longer green, CSAT 3 (neutral) no longer red.
    expect([...styles.values()].map((scores) => scores.length)).toEqual([11 + 5 + 7]);
    const style = [...styles.keys()][0]!;
    const colour = (prop: string) => new RegExp(`(?:^|;)${prop}:(#[0-9a-f]{6})`, 'i').exec(style)?.[1] ?? '';
    const background = colour('background');
    const text = colour('color');
    expect(background).toMatch(/^#/);
    expect(text).toMatch(/^#/);
    expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
    // The button's edge stands out from the white card (non-text contrast, WCAG 1.4.11).
    const border = /border:1px solid (#[0-9a-f]{6})/i.exec(style)?.[1] ?? '';
    expect(contrast(border, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});

/** The raw value of a header (mailparser turns List-* headers into objects). */
function rawHeader(mail: { headerLines: readonly { key: string; line: string }[] }, name: string): string {
  const line = mail.headerLines.find((h) => h.key === name)?.line ?? '';
  return line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, '').trim();
}

describe.each(DIALECTS)('%s: survey emails, links, unsubscribes, bounces and fatigue', (dialect) => {
  let t: TestApp;
  let smtp: TestSmtp;
  let ws: TestWorkspace;
  let worker: Worker;
  const mine: string[] = [];

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp(dialect, { SMTP_URL: smtp.url, CLEARLOOP_PUBLIC_URL: 'http://clearloop.test', CLEARLOOP_MAIL_FROM: 'Acme <survey@acme.example>' });
    ws = await createWorkspace(t.ctx);
    mine.push(ws.workspaceId); // read-only keys cannot, write keys cannot either: checked below
    await t.ctx.settings.update(ws.auth, { fatigue: { quietHours: null, minDaysBetweenSurveys: 90 }, branding: { companyName: 'Acme' } });
    // On the shared PostgreSQL database other test files queue sends too: only run this file's workspaces.
    worker = new Worker(t.ctx, { names: DIST_JOBS, workspaceIds: mine });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const send = async (surveyId: string, body: unknown) => {
    const res = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${surveyId}/send`, body);
    expect(res.statusCode, res.body).toBe(202);
    await worker.drain();
    return res.json() as { sends: { id: string; personId: string; link: string }[] };
  };
  const sendStatus = async (id: string) => (await call(t.app, ws.key, 'GET', `/api/v1/sends/${id}`)).json();

  it('emails one-click score buttons with signed links and RFC 8058 unsubscribe headers', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps', { reminderDays: 3 });
    const before = smtp.messages.length;
    const email = `${unique('ann')}@example.com`;
    const { sends } = await send(survey, { people: [{ email, name: 'Ann', locale: 'de' }], properties: { orderId: 'A-1' } });
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail!.to && 'text' in mail!.to ? mail!.to.text : '').toContain(email);
    expect(mail!.subject).toMatch(/Acme/);
    expect(mail!.html).toContain('Hallo Ann'); // the person's language
    const links = [...String(mail!.html).matchAll(/href="(http:\/\/clearloop\.test\/s\/[^"?]+)\?score=(\d+)"/g)];
    expect(links.map((m) => m[2])).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(new Set(links.map((m) => m[1])).size).toBe(1);
    expect(rawHeader(mail!, 'list-unsubscribe')).toMatch(/<http:\/\/clearloop\.test\/u\/[^>]+>/);
    expect(rawHeader(mail!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const s = await sendStatus(sends[0]!.id);
    expect(s.status).toBe('sent');
    const listed = (await call(t.app, ws.key, 'GET', `/api/v1/sends?surveyId=${survey}`)).json().data[0];
    expect(listed.person).toMatchObject({ email, name: 'Ann' });
    expect(s.sentAt).not.toBeNull();

    // Answering through the link records one response, updated by later visits.
    const token = links[0]![1]!.split('/s/')[1]!;
    const first = await t.ctx.distribution.answerLink(token, { score: 3 });
    expect(first).toMatchObject({ score: 3, channel: 'email', properties: { orderId: 'A-1' } });
    expect(first.person?.email).toBe(email);
    const second = await t.ctx.distribution.answerLink(token, { comment: 'Delivery was late' });
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ score: 3, comment: 'Delivery was late' });
    expect((await sendStatus(sends[0]!.id)).status).toBe('responded');
    // A responded send gets no reminder.
    expect(await t.ctx.distribution.processReminder(sends[0]!.id)).toBe('skipped');
  });

  it('rejects tampered, foreign and expired links', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const { sends } = await send(survey, { people: [{ email: `${unique('x')}@example.com` }], channel: 'link' });
    const token = sends[0]!.link.split('/s/')[1]!;
    const [body, sig] = token.split('.');
    await expect(t.ctx.distribution.resolveLink(`${body}.${sig!.slice(0, -2)}xx`)).rejects.toBeInstanceOf(LinkError);
    const payload = JSON.parse(Buffer.from(body!, 'base64url').toString()) as { e: number };
    const forged = Buffer.from(JSON.stringify({ ...payload, e: payload.e + 1 })).toString('base64url');
    await expect(t.ctx.distribution.resolveLink(`${forged}.${sig}`)).rejects.toThrow(/not valid/);
    await t.ctx.database.db.updateTable('survey_send').set({ expires_at: '2020-01-01T00:00:00.000Z' }).where('id', '=', sends[0]!.id).execute();
    const expired = t.ctx.distribution.token((await t.ctx.database.db.selectFrom('workspace').select('signing_secret').where('id', '=', ws.workspaceId).executeTakeFirstOrThrow()).signing_secret!, 's', {
      id: sends[0]!.id,
      expires_at: '2020-01-01T00:00:00.000Z',
    });
    await expect(t.ctx.distribution.resolveLink(expired)).rejects.toThrow(/expired/);
    // A link of one workspace signed with another workspace's secret is invalid.
    const other = await createWorkspace(t.ctx);
    const otherSecret = (await t.ctx.database.db.selectFrom('workspace').select('signing_secret').where('id', '=', other.workspaceId).executeTakeFirstOrThrow()).signing_secret!;
    const crossSigned = t.ctx.distribution.token(otherSecret, 's', { id: sends[0]!.id, expires_at: '2099-01-01T00:00:00.000Z' });
    await expect(t.ctx.distribution.resolveLink(crossSigned)).rejects.toThrow(/not valid/);
  });

  it('unsubscribes with one click (RFC 8058 POST) and never sends to that person again; GET alone changes nothing', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const email = `${unique('unsub')}@example.com`;
    const before = smtp.messages.length;
    await send(survey, { people: [{ email }] });
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    const url = /<([^>]+)>/.exec(rawHeader(mail!, 'list-unsubscribe'))![1]!;
    const path = new URL(url).pathname;
    const get = await t.app.inject({ method: 'GET', url: path });
    expect(get.statusCode, `${path} ${get.body}`).toBe(200);
    expect(get.body).toContain('<form method="post"');
    const person = (await call(t.app, ws.key, 'GET', `/api/v1/people?email=${encodeURIComponent(email)}`)).json().data[0];
    expect(person.unsubscribedAt).toBeNull();
    const post = await t.app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(post.statusCode, post.body).toBe(200);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/people/${person.id}`)).json().unsubscribedAt).not.toBeNull();
    const unsubs = (await call(t.app, ws.key, 'GET', '/api/v1/unsubscribes')).json().data;
    expect(unsubs.map((u: { email: string }) => u.email)).toContain(email);
    const again = await send(await createSurvey(t.app, ws.key, 'nps'), { people: [{ personId: person.id }] });
    expect(await sendStatus(again.sends[0]!.id)).toMatchObject({ status: 'skipped', skipReason: 'unsubscribed' });
    expect((await t.app.inject({ method: 'GET', url: '/u/garbage' })).statusCode).toBe(404);
  });

  it('records bounces from permanent SMTP failures and from the bounce webhook', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const bouncing = `bounce-${unique('b')}@example.com`;
    const { sends } = await send(survey, { people: [{ email: bouncing }] });
    expect(await sendStatus(sends[0]!.id)).toMatchObject({ status: 'failed' });
    const person = (await call(t.app, ws.key, 'GET', `/api/v1/people?email=${bouncing}`)).json().data[0];
    expect(person.bouncedAt).not.toBeNull();
    const reported = `${unique('gone')}@example.com`;
    const hook = await call(t.app, ws.key, 'POST', '/api/v1/bounces', { email: reported, detail: 'mailbox does not exist' });
    expect(hook.statusCode).toBe(204);
    expect((await call(t.app, ws.key, 'POST', '/api/v1/bounces', { email: 'nonsense' })).statusCode).toBe(400);
    expect((await call(t.app, ws.readKey, 'POST', '/api/v1/bounces', { email: reported })).statusCode).toBe(403);
    const later = await send(await createSurvey(t.app, ws.key, 'nps'), { people: [{ email: reported }, { personId: person.id }] });
    for (const s of later.sends) expect(await sendStatus(s.id)).toMatchObject({ status: 'skipped', skipReason: 'bounced' });
    const bounces = (await call(t.app, ws.key, 'GET', '/api/v1/bounces')).json().data.map((b: { email: string }) => b.email);
    expect(bounces).toEqual(expect.arrayContaining([bouncing, reported]));
  });

  it('retries transient SMTP failures through the job queue', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const res = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, { people: [{ email: `tempfail-${unique('t')}@example.com` }] });
    await new Worker(t.ctx, { names: DIST_JOBS, workspaceIds: mine }).drain();
    const s = await sendStatus(res.json().sends[0].id);
    expect(s.status).toBe('scheduled');
    expect(s.error).toMatch(/try again later/i);
    const jobs = (await call(t.app, ws.key, 'GET', '/api/v1/jobs?name=distribution.send&status=pending')).json().data;
    const job = jobs.find((j: { payload: { sendId: string } }) => j.payload.sendId === s.id);
    expect(job.attempts).toBe(1);
    expect(job.lastError).toMatch(/try again later/i);
    expect(Date.parse(job.runAt)).toBeGreaterThan(Date.now());
  });

  it('sets a send back to scheduled when the email cannot even be built, and sends it on the retry', async () => {
    // The send is reserved as "sent" before its email is built; a failure before the mail server answers (here: the
    // workspace's signing secret unreadable, so no link can be signed) must not leave it "sent" with nothing sent.
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const email = `${unique('build')}@example.com`;
    const res = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, { people: [{ email }] });
    const sendId = res.json().sends[0].id as string;
    const db = t.ctx.database.db;
    const { signing_secret } = await db.selectFrom('workspace').select('signing_secret').where('id', '=', ws.workspaceId).executeTakeFirstOrThrow();
    await db.updateTable('workspace').set({ signing_secret: '' }).where('id', '=', ws.workspaceId).execute();
    try {
      await worker.drain();
    } finally {
      await db.updateTable('workspace').set({ signing_secret }).where('id', '=', ws.workspaceId).execute();
    }
    expect(await sendStatus(sendId)).toMatchObject({ status: 'scheduled', sentAt: null, error: expect.stringMatching(/workspace/) });
    const before = smtp.messages.length;
    await db.updateTable('job').set({ run_at: new Date().toISOString() }).where('name', '=', 'distribution.send').where('workspace_id', '=', ws.workspaceId).where('status', '=', 'pending').execute();
    await worker.drain();
    expect(await sendStatus(sendId)).toMatchObject({ status: 'sent', error: null });
    const mails = (await smtp.waitFor(before + 1)).slice(before);
    expect(mails.some((m) => (m.to && 'text' in m.to ? m.to.text : '').includes(email))).toBe(true);
  });

  it.runIf(dialect === 'postgres')('makes personal links under the per-workspace lock that email decisions take', async () => {
    // Several processes share PostgreSQL: a link made while an email to the same person is being decided must wait
    // for that decision (and be seen by the next), or both invitations pass the "recently surveyed" rule. (The
    // foreign-key check of the link's insert waits for the workspace row too; the explicit lock does not rely on it.)
    const survey = await createSurvey(t.app, ws.key, 'nps');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = t.ctx.database.db.transaction().execute(async (trx) => {
      await lockSurveying(trx, 'postgres', ws.workspaceId);
      locked();
      await held;
    });
    await isLocked;
    let answered = false;
    const request = call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, { people: [{ email: `${unique('lock')}@example.com` }], channel: 'link' }).then((r) => {
      answered = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(answered).toBe(false);
    release();
    await holder;
    expect((await request).statusCode).toBe(202);
  });

  it('applies the fatigue rules and records each skip with its reason', async () => {
    const w = await createWorkspace(t.ctx);
    mine.push(w.workspaceId);
    const s1 = await createSurvey(t.app, w.key, 'nps');
    const s2 = await createSurvey(t.app, w.key, 'csat');
    const go = async (surveyId: string, body: unknown) => {
      const res = await call(t.app, w.key, 'POST', `/api/v1/surveys/${surveyId}/send`, body);
      expect(res.statusCode, res.body).toBe(202);
      await worker.drain();
      return Promise.all((res.json().sends as { id: string }[]).map(async (x) => (await call(t.app, w.key, 'GET', `/api/v1/sends/${x.id}`)).json()));
    };
    await t.ctx.settings.update(w.auth, { fatigue: { quietHours: null, minDaysBetweenSurveys: 90, samplingPercent: 100, dailySendCap: null } });
    const email = `${unique('f')}@example.com`;
    expect((await go(s1, { people: [{ email }] }))[0].status).toBe('sent');
    expect((await go(s2, { people: [{ email }] }))[0]).toMatchObject({ status: 'skipped', skipReason: 'recently_surveyed' });

    await t.ctx.settings.update(w.auth, { fatigue: { samplingPercent: 0 } });
    expect((await go(s1, { people: [{ email: `${unique('f')}@example.com` }] }))[0]).toMatchObject({ skipReason: 'sampled_out' });

    // One email already went out today in this workspace, so a cap of 3 leaves room for two more.
    await t.ctx.settings.update(w.auth, { fatigue: { samplingPercent: 100, dailySendCap: 3 } });
    const capped = await go(s1, { people: [1, 2, 3].map(() => ({ email: `${unique('cap')}@example.com` })) });
    expect(capped.map((x) => x.status).sort()).toEqual(['sent', 'sent', 'skipped']);
    expect(capped.find((x) => x.status === 'skipped').skipReason).toBe('daily_cap');

    // Quiet hours all day long: the send waits (stays scheduled, later) instead of going out.
    await t.ctx.settings.update(w.auth, { fatigue: { dailySendCap: null, quietHours: { start: 0, end: 23 } } });
    const [deferred] = await go(s1, { people: [{ email: `${unique('q')}@example.com`, timeZone: 'Asia/Tokyo' }] });
    expect(deferred.status).toBe('scheduled');
    expect(Date.parse(deferred.scheduledAt)).toBeGreaterThan(Date.now());

    expect((await call(t.app, w.key, 'PATCH', '/api/v1/settings', { fatigue: { samplingPercent: 50 } })).statusCode).toBe(403); // API keys do not manage settings
    const bad = await call(t.app, w.key, 'PATCH', '/api/v1/settings', { fatigue: { samplingPercent: 150 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('fatigue/samplingPercent');
  });

  it('counts link sends as surveying the person, but not towards the daily email cap', async () => {
    const w = await createWorkspace(t.ctx);
    mine.push(w.workspaceId);
    await t.ctx.settings.update(w.auth, { fatigue: { quietHours: null, minDaysBetweenSurveys: 90, samplingPercent: 100, dailySendCap: null } });
    const s1 = await createSurvey(t.app, w.key, 'nps');
    const s2 = await createSurvey(t.app, w.key, 'csat');
    const go = async (surveyId: string, body: Record<string, unknown>) => {
      const res = await call(t.app, w.key, 'POST', `/api/v1/surveys/${surveyId}/send`, body);
      expect(res.statusCode, res.body).toBe(202);
      await worker.drain();
      return Promise.all((res.json().sends as { id: string }[]).map(async (x) => (await call(t.app, w.key, 'GET', `/api/v1/sends/${x.id}`)).json()));
    };
    // A personal link made for a person surveys them: an email within the window is skipped, no mail goes out.
    const email = `${unique('linked')}@example.com`;
    expect((await go(s1, { people: [{ email }], channel: 'link' }))[0]).toMatchObject({ status: 'sent', channel: 'link' });
    const before = smtp.messages.length;
    expect((await go(s2, { people: [{ email }] }))[0]).toMatchObject({ status: 'skipped', skipReason: 'recently_surveyed' });
    // So does an answered link (status responded).
    const answered = `${unique('answered')}@example.com`;
    const [link] = await go(s1, { people: [{ email: answered }], channel: 'link' });
    await t.ctx.distribution.answerLink(String(link.link).split('/s/')[1]!, { score: 9 });
    expect((await go(s2, { people: [{ email: answered }] }))[0]).toMatchObject({ status: 'skipped', skipReason: 'recently_surveyed' });
    // Outside the window the person is asked again.
    await t.ctx.database.db.updateTable('survey_send').set({ sent_at: new Date(Date.now() - 91 * 86_400_000).toISOString() }).where('workspace_id', '=', w.workspaceId).where('channel', '=', 'link').execute();
    expect((await go(s2, { people: [{ email: answered }] }))[0]).toMatchObject({ status: 'sent' });
    await smtp.waitFor(before + 1);
    expect(smtp.messages.length).toBe(before + 1);

    // The daily cap counts emails: links made today leave it untouched (one email went out above).
    await go(s1, { people: [1, 2, 3].map(() => ({ email: `${unique('l')}@example.com` })), channel: 'link' });
    await t.ctx.settings.update(w.auth, { fatigue: { dailySendCap: 2 } });
    const capped = await go(s2, { people: [1, 2].map(() => ({ email: `${unique('cap')}@example.com` })) });
    expect(capped.map((x) => x.status).sort()).toEqual(['sent', 'skipped']);
    expect(capped.find((x) => x.status === 'skipped').skipReason).toBe('daily_cap');
  });

  it('marks a send failed when its job fails for good, and scheduled again when the job is retried', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const res = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, { people: [{ email: `tempfail-${unique('down')}@example.com` }] });
    const sendId = res.json().sends[0].id as string;
    const jobOf = async () => (await t.ctx.jobs.list({ name: 'distribution.send', workspaceId: ws.workspaceId, limit: 200 })).data.find((j) => (j.payload as { sendId: string }).sendId === sendId)!;
    const job = await jobOf();
    // Two attempts instead of six, run back to back instead of over half an hour.
    await t.ctx.database.db.updateTable('job').set({ max_attempts: 2 }).where('id', '=', job.id).execute();
    await worker.drain();
    expect(await sendStatus(sendId)).toMatchObject({ status: 'scheduled', error: expect.stringMatching(/try again later/i) });
    await t.ctx.database.db.updateTable('job').set({ run_at: new Date().toISOString() }).where('id', '=', job.id).execute();
    await worker.drain();
    expect(await jobOf()).toMatchObject({ status: 'failed', attempts: 2 });
    expect(await sendStatus(sendId)).toMatchObject({ status: 'failed', error: expect.stringMatching(/try again later/i) });

    // Retried (as `clearloop jobs retry` does): scheduled again, and failed again once the retry fails too.
    const retried = await call(t.app, ws.key, 'POST', `/api/v1/jobs/${job.id}/retry`);
    expect(retried.json()).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await sendStatus(sendId)).toMatchObject({ status: 'scheduled' });
    await t.ctx.database.db.updateTable('job').set({ max_attempts: 1 }).where('id', '=', job.id).execute();
    await worker.drain();
    expect(await jobOf()).toMatchObject({ status: 'failed', attempts: 1 });
    expect(await sendStatus(sendId)).toMatchObject({ status: 'failed' });
    // A retry of a job that is not failed changes nothing.
    await t.ctx.database.db.updateTable('job').set({ status: 'succeeded' }).where('id', '=', job.id).execute();
    await call(t.app, ws.key, 'POST', `/api/v1/jobs/${job.id}/retry`);
    expect(await sendStatus(sendId)).toMatchObject({ status: 'failed' });
  });

  it('schedules for later, lets a scheduled send be cancelled, and sends one reminder', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps', { reminderDays: 2 });
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const later = (await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, { people: [{ email: `${unique('l')}@example.com` }], at })).json();
    await worker.drain();
    expect((await sendStatus(later.sends[0].id)).status).toBe('scheduled');
    expect((await call(t.app, ws.key, 'POST', `/api/v1/sends/${later.sends[0].id}/cancel`)).json().status).toBe('cancelled');
    expect((await call(t.app, ws.key, 'POST', `/api/v1/sends/${later.sends[0].id}/cancel`)).statusCode).toBe(409);

    const before = smtp.messages.length;
    const now = await send(await createSurvey(t.app, ws.key, 'nps', { reminderDays: 2 }), { people: [{ email: `${unique('r')}@example.com` }] });
    await smtp.waitFor(before + 1);
    const reminderJob = (await t.ctx.jobs.list({ name: 'distribution.remind', workspaceId: ws.workspaceId, limit: 200 })).data.find((j) => (j.payload as { sendId: string }).sendId === now.sends[0]!.id)!;
    expect(Date.parse(reminderJob.runAt) - Date.now()).toBeGreaterThan(47 * 3600_000);
    expect(await t.ctx.distribution.processReminder(now.sends[0]!.id)).toBe('success');
    const [, reminder] = (await smtp.waitFor(before + 2)).slice(before);
    expect(reminder!.subject).toMatch(/reminder/i);
    expect(await t.ctx.distribution.processReminder(now.sends[0]!.id)).toBe('skipped'); // only once
  });

  it('validates send requests', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const cases: [unknown, string][] = [
      [{}, 'people'],
      [{ people: [{ name: 'No address' }] }, 'people/0/email'],
      [{ people: [{ personId: 'nope' }] }, 'people/0/personId'],
      [{ people: [{ email: 'a@b.example' }], at: 'tomorrow' }, 'at'],
      [{ people: [{ email: 'a@b.example', timeZone: 'Mars/Olympus' }] }, 'timeZone'],
      [{ filter: {} }, 'filter'],
    ];
    for (const [body, field] of cases) {
      const res = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.message, JSON.stringify(body)).toContain(field);
    }
    await call(t.app, ws.key, 'PATCH', `/api/v1/surveys/${survey}`, { status: 'draft' });
    expect((await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, { people: [{ email: 'a@b.example' }] })).statusCode).toBe(409);
  });
});

describe.each(DIALECTS)('%s: survey preview', (dialect) => {
  it('renders the email with unsaved edits, escaping them', async () => {
    const t = await createTestApp(dialect);
    try {
      const w = await createWorkspace(t.ctx);
      const survey = await createSurvey(t.app, w.key, 'nps');
      const res = await call(t.app, w.key, 'POST', `/api/v1/surveys/${survey}/preview`, { locale: 'fr', draft: { question: 'Recommanderiez-vous <b>Acme</b> ?', kind: 'csat' } });
      expect(res.statusCode, res.body).toBe(200);
      const { email } = res.json();
      expect(email.html).toContain('Recommanderiez-vous &lt;b&gt;Acme&lt;/b&gt; ?');
      expect(email.html).not.toContain('<b>Acme</b>');
      expect([...email.html.matchAll(/\?score=(\d+)/g)].map((m: RegExpMatchArray) => m[1])).toEqual(['1', '2', '3', '4', '5']);
      expect(email.subject).toMatch(/Comment/);
      const { page } = res.json();
      expect(page.html).toContain('<html lang="fr">');
      expect(page.html).toContain('Recommanderiez-vous &lt;b&gt;Acme&lt;/b&gt; ?');
      expect(page.html).not.toContain('<script');
      const details = (await call(t.app, w.key, 'POST', `/api/v1/surveys/${survey}/preview`, { score: 2, draft: { followUp: { negative: 'What went wrong?' } } })).json();
      expect(details.page.html).toContain('What went wrong?');
      expect((await call(t.app, w.key, 'POST', `/api/v1/surveys/${survey}/preview`, { locale: 'xx' })).statusCode).toBe(400);
    } finally {
      await t.close();
    }
  });
});

describe.each(DIALECTS)('%s: sending without a mail server (no SMTP_URL)', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  beforeAll(async () => {
    t = await createTestApp(dialect, { CLEARLOOP_PUBLIC_URL: 'http://clearloop.test' });
    ws = await createWorkspace(t.ctx);
  });
  afterAll(() => t.close());

  /** Rows of the workspace that a send request writes: people, sends and jobs. */
  const written = async () => {
    const db = t.ctx.database.db;
    const n = async (table: 'person' | 'survey_send' | 'job') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', ws.workspaceId).executeTakeFirstOrThrow()).n);
    return { people: await n('person'), sends: await n('survey_send'), jobs: await n('job') };
  };

  it('refuses email sends up front with 409 naming SMTP_URL, writing nothing; personal links still work', async () => {
    expect(t.ctx.mailer.configured).toBe(false);
    const survey = await createSurvey(t.app, ws.key, 'nps', { status: 'active' });
    await call(t.app, ws.key, 'POST', '/api/v1/people', { email: `${unique('known')}@example.com` });
    const before = await written();
    const bodies: unknown[] = [
      { people: [{ email: `${unique('new')}@example.com`, name: 'New Person' }] }, // email is the default channel
      { people: [{ email: `${unique('new')}@example.com` }], channel: 'email', at: new Date(Date.now() + 3_600_000).toISOString() },
      { filter: { all: true }, channel: 'email' },
    ];
    for (const body of bodies) {
      const res = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'conflict', message: expect.stringContaining('SMTP_URL'), fields: [{ field: 'channel' }] });
      expect(await written(), JSON.stringify(body)).toEqual(before); // no person created, no send, no job
    }
    // Who may not send at all is told that first; an unknown survey is still a 404.
    expect((await call(t.app, ws.readKey, 'POST', `/api/v1/surveys/${survey}/send`, { people: [{ email: 'a@b.example' }] })).statusCode).toBe(403);
    expect((await call(t.app, ws.key, 'POST', '/api/v1/surveys/nope/send', { people: [{ email: 'a@b.example' }] })).statusCode).toBe(404);

    const email = `${unique('linked')}@example.com`;
    const links = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, { people: [{ email, name: 'Lin', externalId: 'crm-7' }], channel: 'link' });
    expect(links.statusCode, links.body).toBe(202);
    const [made] = links.json().sends;
    expect(made).toMatchObject({ channel: 'link', status: 'sent', link: expect.stringMatching(/^http:\/\/clearloop\.test\/s\//), person: { email, name: 'Lin', externalId: 'crm-7' } });
    const after = await written();
    expect(after).toMatchObject({ people: before.people + 1, sends: before.sends + 1, jobs: before.jobs });
  });
});

describe.each(DIALECTS)('%s: who sees personal links', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  beforeAll(async () => {
    t = await createTestApp(dialect, { CLEARLOOP_PUBLIC_URL: 'http://clearloop.test' });
    ws = await createWorkspace(t.ctx);
  });
  afterAll(() => t.close());

  it('gives links, with the person’s name, email and external id, only to those who may make them (write access)', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps', { status: 'active' });
    const email = `${unique('p')}@example.com`;
    const made = (await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, { people: [{ email, name: 'Pat', externalId: 'ext-1' }], channel: 'link' })).json().sends[0];
    const link = made.link as string;
    expect(link).toMatch(/^http:\/\/clearloop\.test\/s\//);

    const listed = (await call(t.app, ws.key, 'GET', `/api/v1/sends?surveyId=${survey}`)).json().data[0];
    expect(listed).toMatchObject({ id: made.id, link, person: { id: made.personId, email, name: 'Pat', externalId: 'ext-1' } });
    expect((await call(t.app, ws.key, 'GET', `/api/v1/sends/${made.id}`)).json()).toMatchObject({ link, person: { email, name: 'Pat', externalId: 'ext-1' } });

    // A read-only key and a viewer read the sends, but not the links (which let anyone answer as the person).
    const readListed = (await call(t.app, ws.readKey, 'GET', `/api/v1/sends?surveyId=${survey}`)).json().data[0];
    expect(readListed).toMatchObject({ id: made.id, link: null, person: { email } });
    expect((await call(t.app, ws.readKey, 'GET', `/api/v1/sends/${made.id}`)).json()).toMatchObject({ id: made.id, link: null });
    const viewerEmail = `${unique('viewer')}@example.com`;
    await t.ctx.workspaces.addMember(ws.auth, { email: viewerEmail, role: 'viewer', password: 'correct horse battery' });
    const viewer = await login(t.app, viewerEmail, 'correct horse battery');
    const asViewer = await t.app.inject({ method: 'GET', url: `/api/v1/sends?surveyId=${survey}`, headers: { cookie: viewer.cookie } });
    expect(asViewer.statusCode).toBe(200);
    expect(asViewer.json().data[0]).toMatchObject({ id: made.id, link: null });
    // A manager may make links, so sees them.
    const managerEmail = `${unique('manager')}@example.com`;
    const manager = await t.ctx.workspaces.addMember(ws.auth, { email: managerEmail, role: 'manager', password: 'correct horse battery' });
    const session = await t.ctx.sessions.create(manager.id, ws.workspaceId);
    const asManager = await t.app.inject({ method: 'GET', url: `/api/v1/sends?surveyId=${survey}`, headers: { cookie: `${SESSION_COOKIE}=${session.token}` } });
    expect(asManager.json().data[0].link).toBe(link);
  });
});
