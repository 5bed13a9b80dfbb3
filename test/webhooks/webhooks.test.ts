import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

describe.each(DIALECTS)('%s: outgoing webhooks', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let receiver: Server;
  let base: string;
  const received: Received[] = [];
  let worker: Worker;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers, body });
        res.statusCode = req.url?.startsWith('/fail') ? 500 : 200;
        res.end(req.url?.startsWith('/fail') ? 'nope' : 'ok');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    worker = new Worker(t.ctx, { names: ['webhook.deliver'], workspaceIds: [ws.workspaceId] });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((r) => receiver.close(r));
  });

  const session = async () => {
    const { login } = await import('../harness.ts');
    const s = await login(t.app, ws.ownerEmail, ws.password);
    return { cookie: s.cookie, 'x-csrf-token': s.csrf };
  };

  it('delivers signed response.created and response.updated events and logs them', async () => {
    const h = await session();
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: h, payload: { url: `${base}/ok`, events: ['response.created', 'response.updated'] } });
    expect(created.statusCode, created.body).toBe(201);
    const hook = created.json();
    expect(hook.secret).toMatch(/^whsec_/);
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const r = (await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score: 2, comment: 'slow' })).json();
    await call(t.app, ws.key, 'PATCH', `/api/v1/responses/${r.id}`, { comment: 'slow, but fixed' });
    await worker.drain();
    const mine = received.filter((x) => x.path === '/ok');
    expect(mine).toHaveLength(2);
    const verifier = new Webhook(hook.secret);
    const events = mine.map((m) => verifier.verify(m.body, m.headers as Record<string, string>) as { type: string; data: { id: string; comment: string } });
    expect(events.map((e) => e.type).sort()).toEqual(['response.created', 'response.updated']);
    expect(events.every((e) => e.data.id === r.id)).toBe(true);
    expect(events.find((e) => e.type === 'response.updated')!.data.comment).toBe('slow, but fixed');
    // A tampered body fails verification.
    expect(() => verifier.verify(mine[0]!.body.replace('slow', 'fast'), mine[0]!.headers as Record<string, string>)).toThrow();
    const log = (await t.app.inject({ method: 'GET', url: `/api/v1/webhooks/${hook.id}/deliveries`, headers: h })).json().data;
    expect(log).toHaveLength(2);
    expect(log.every((d: { status: string; responseStatus: number }) => d.status === 'succeeded' && d.responseStatus === 200)).toBe(true);
    // A rejected batch writes no delivery.
    await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: [{ surveyId: survey, score: 5 }, { surveyId: survey, score: 50 }] });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/webhooks/${hook.id}/deliveries`, headers: h })).json().data).toHaveLength(2);
    await t.app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${hook.id}`, headers: h });
  });

  it('retries failures with backoff, then disables a webhook that keeps failing', async () => {
    const h = await session();
    const hook = (await t.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: h, payload: { url: `${base}/fail`, events: ['response.created'] } })).json();
    const survey = await createSurvey(t.app, ws.key, 'nps');
    await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score: 9 });
    await worker.drain();
    const [first] = (await t.app.inject({ method: 'GET', url: `/api/v1/webhooks/${hook.id}/deliveries`, headers: h })).json().data;
    expect(first).toMatchObject({ status: 'pending', attempts: 1, responseStatus: 500, error: 'answered HTTP 500', responseBody: 'nope' });
    const job = (await t.ctx.jobs.list({ name: 'webhook.deliver', status: 'pending', limit: 200 })).data.find((j) => (j.payload as { deliveryId: string }).deliveryId === first.id)!;
    expect(job.attempts).toBe(1);
    expect(Date.parse(job.runAt) - Date.now()).toBeGreaterThan(15_000); // 30 s ± 25%

    // Five deliveries that fail for good in a row disable the webhook.
    for (let i = 0; i < 5; i++) {
      const r = (await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score: i })).json();
      const d = await t.ctx.database.db.selectFrom('webhook_delivery').select('id').where('webhook_id', '=', hook.id).where('payload', 'like', `%${r.id}%`).executeTakeFirstOrThrow();
      await expect(t.ctx.webhooks.deliver(d.id, 8, true)).rejects.toThrow(/HTTP 500/);
    }
    const after = (await t.app.inject({ method: 'GET', url: `/api/v1/webhooks/${hook.id}`, headers: h })).json();
    expect(after).toMatchObject({ enabled: false, consecutiveFailures: 5 });
    expect(after.disabledReason).toMatch(/5 deliveries failed/);
    const before = await t.ctx.database.db.selectFrom('webhook_delivery').select((eb) => eb.fn.countAll<number>().as('n')).where('webhook_id', '=', hook.id).executeTakeFirstOrThrow();
    await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score: 10 });
    const later = await t.ctx.database.db.selectFrom('webhook_delivery').select((eb) => eb.fn.countAll<number>().as('n')).where('webhook_id', '=', hook.id).executeTakeFirstOrThrow();
    expect(Number(later.n)).toBe(Number(before.n));
    const reenabled = (await t.app.inject({ method: 'PATCH', url: `/api/v1/webhooks/${hook.id}`, headers: h, payload: { enabled: true, url: `${base}/ok` } })).json();
    expect(reenabled).toMatchObject({ enabled: true, consecutiveFailures: 0, disabledReason: null });
    const ping = await t.app.inject({ method: 'POST', url: `/api/v1/webhooks/${hook.id}/test`, headers: h });
    expect(ping.statusCode).toBe(202);
    await worker.drain();
    // The test event arrives (deliveries still queued from before may arrive around it, now that the URL works).
    expect(received.some((r) => r.path === '/ok' && (JSON.parse(r.body) as { type: string }).type === 'webhook.test')).toBe(true);
  }, 30_000);

  it('a link survey’s comment arrives as response.updated after the score’s response.created; an edited webhook follows its new URL and events', async () => {
    const h = await session();
    // The dashboard's default: both events (a webhook on response.created alone would never see the comment).
    const hook = (await t.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: h, payload: { url: `${base}/link-survey`, events: ['response.created', 'response.updated'] } })).json();
    const survey = await createSurvey(t.app, ws.key, 'nps', { status: 'active' });
    const sent = (await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, { people: [{ email: 'linked@example.com' }], channel: 'link' })).json();
    const token = String(sent.sends[0].link).split('/s/')[1]!;
    await t.ctx.distribution.answerLink(token, { score: 4 }); // the score button
    await t.ctx.distribution.answerLink(token, { comment: 'Support never called back' }); // the comment, a moment later
    await worker.drain();
    const events = received.filter((r) => r.path === '/link-survey').map((r) => JSON.parse(r.body) as { type: string; data: { score: number; comment: string | null } });
    // (delivered by concurrent jobs: in either order)
    expect(events.map((e) => e.type).sort()).toEqual(['response.created', 'response.updated']);
    expect(events.find((e) => e.type === 'response.created')!.data).toMatchObject({ score: 4, comment: null });
    expect(events.find((e) => e.type === 'response.updated')!.data).toMatchObject({ score: 4, comment: 'Support never called back' });

    // Editing (what the webhooks page's Edit form sends): a new URL and only response.updated; the secret stays.
    const edited = await t.app.inject({ method: 'PATCH', url: `/api/v1/webhooks/${hook.id}`, headers: h, payload: { url: `${base}/edited`, events: ['response.updated'] } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ url: `${base}/edited`, events: ['response.updated'], enabled: true });
    const noEvents = await t.app.inject({ method: 'PATCH', url: `/api/v1/webhooks/${hook.id}`, headers: h, payload: { events: [] } });
    expect(noEvents.statusCode).toBe(400);
    const r = (await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score: 8 })).json();
    await call(t.app, ws.key, 'PATCH', `/api/v1/responses/${r.id}`, { comment: 'fine' });
    await worker.drain();
    const after = received.filter((x) => x.path === '/edited');
    expect(after.map((x) => (JSON.parse(x.body) as { type: string }).type)).toEqual(['response.updated']);
    expect(() => new Webhook(hook.secret).verify(after[0]!.body, after[0]!.headers as Record<string, string>)).not.toThrow();
    expect(received.filter((x) => x.path === '/link-survey')).toHaveLength(2);
    await t.app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${hook.id}`, headers: h });
  });

  it('validates input and keeps webhooks to their workspace and to admins', async () => {
    const h = await session();
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: h, payload: { url: 'ftp://example.com/x', events: ['response.created'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toBe('url');
    const badEvent = await t.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: h, payload: { url: 'https://example.com/x', events: ['everything'] } });
    expect(badEvent.statusCode).toBe(400);
    expect((await call(t.app, ws.key, 'GET', '/api/v1/webhooks')).statusCode).toBe(403); // API keys cannot read secrets' owners
    const hook = (await t.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: h, payload: { url: 'https://example.com/x', events: ['response.created'] } })).json();
    const other = await createWorkspace(t.ctx);
    const { login } = await import('../harness.ts');
    const o = await login(t.app, other.ownerEmail, other.password);
    const oh = { cookie: o.cookie, 'x-csrf-token': o.csrf };
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/webhooks/${hook.id}`, headers: oh })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/webhooks/${hook.id}/deliveries`, headers: oh })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${hook.id}`, headers: oh })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/webhooks', headers: oh })).json().data).toEqual([]);
  });
});
