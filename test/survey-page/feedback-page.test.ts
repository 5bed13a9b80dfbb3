/**
 * The public feedback page over real databases: submissions land in the responses inbox unscored; honeypot,
 * size limits, stored-XSS safety, rate limit, unknown workspaces, and the race-safe feedback-page survey.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_LIMITS, feedbackSurvey } from '../../src/modules/feedback-page/feedback-page.routes.ts';
import { call, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';
import { mainOf, post, responsesOf } from './helpers.ts';

const XSS = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

describe.each(DIALECTS)('%s: public feedback page', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let slug: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    slug = (await t.ctx.database.db.selectFrom('workspace').select('slug').where('id', '=', ws.workspaceId).executeTakeFirstOrThrow()).slug;
    await t.ctx.settings.update(ws.auth, { branding: { companyName: 'Acme', color: '#0f766e' }, locale: 'en' });
  });
  afterAll(() => t.close());

  const inbox = (key = ws.key) => responsesOf(t.app, key, 'channel=feedback_page');
  /** A workspace of its own, so that the per-client rate limit of one test does not reach another. */
  const site = async () => {
    const w = await createWorkspace(t.ctx);
    const s = (await t.ctx.database.db.selectFrom('workspace').select('slug').where('id', '=', w.workspaceId).executeTakeFirstOrThrow()).slug;
    return { key: w.key, slug: s };
  };

  it('shows the form in the workspace language and look; an unknown workspace gets a 404 page', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/f/${slug}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="en">');
    expect(mainOf(res.body)).toContain('Share your feedback with Acme');
    for (const type of ['complaint', 'praise', 'question', 'idea']) expect(res.body).toContain(`name="type" value="${type}"`);
    expect(res.body).toContain('maxlength="5000"');
    expect(res.body).toContain('--accent:#0f766e');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const missing = await t.app.inject({ method: 'GET', url: '/f/no-such-workspace-here', headers: { 'accept-language': 'es' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Página no encontrada');
    expect((await post(t.app, '/f/no-such-workspace-here', { type: 'idea', message: 'hi' })).statusCode).toBe(404);

    const other = await createWorkspace(t.ctx);
    await t.ctx.settings.update(other.auth, { locale: 'de' });
    const otherSlug = (await t.ctx.database.db.selectFrom('workspace').select('slug').where('id', '=', other.workspaceId).executeTakeFirstOrThrow()).slug;
    const de = await t.app.inject({ method: 'GET', url: `/f/${otherSlug}`, headers: { 'accept-language': 'fr' } });
    expect(de.body).toContain('<html lang="de">');
    expect(de.body).toContain('Eine Beschwerde');
  });

  it('stores a submission as an unscored response in the inbox, on the feedback-page survey (not listed with surveys)', async () => {
    const res = await post(t.app, `/f/${slug}`, { type: 'complaint', message: 'My order never arrived.', name: 'Bea', email: 'Bea@Example.com', phone: '+1 555 0100', website: '' });
    expect(res.statusCode, res.body).toBe(200);
    expect(mainOf(res.body)).toContain('Thank you for your message');
    const [r] = await inbox();
    expect(r).toMatchObject({ score: null, comment: 'My order never arrived.', channel: 'feedback_page', properties: { feedbackType: 'complaint' } });
    expect(r!.person).toMatchObject({ email: 'bea@example.com', name: 'Bea' });
    const survey = (await call(t.app, ws.key, 'GET', `/api/v1/surveys/${r!.surveyId}`)).json();
    expect(survey).toMatchObject({ purpose: 'feedback_page', kind: 'nps', name: 'Public feedback page' });
    const listed = (await call(t.app, ws.key, 'GET', '/api/v1/surveys?limit=100')).json().data.map((s: { id: string }) => s.id);
    expect(listed).not.toContain(r!.surveyId);

    // Anonymous praise without contact details: no person; the same survey.
    expect((await post(t.app, `/f/${slug}`, { type: 'praise', message: 'Lovely staff', name: 'Anon' })).statusCode).toBe(200);
    const all = await inbox();
    expect(all).toHaveLength(2);
    const praise = all.find((x) => x.comment === 'Lovely staff')!;
    expect(praise).toMatchObject({ score: null, person: null, surveyId: r!.surveyId, properties: { feedbackType: 'praise', name: 'Anon' } });
    // the inbox filtered by type: the complaints to triage apart from the praise
    const ofType = async (type: string) => (await call(t.app, ws.key, 'GET', `/api/v1/responses?feedbackType=${type}`)).json().data.map((x: { comment: string }) => x.comment);
    expect(await ofType('complaint')).toEqual(['My order never arrived.']);
    expect(await ofType('praise')).toEqual(['Lovely staff']);
    expect(await ofType('idea')).toEqual([]);
    const badType = await call(t.app, ws.key, 'GET', '/api/v1/responses?feedbackType=rant');
    expect(badType.statusCode).toBe(400);
    expect(badType.json().error.fields[0].field).toMatch(/feedbackType/);
    // Unscored feedback does not move NPS.
    expect((await call(t.app, ws.key, 'GET', '/api/v1/responses?channel=feedback_page&group=promoter')).json().data).toHaveLength(0);
  });

  it('honeypot: a filled hidden field gets the thank-you page and nothing is stored', async () => {
    const before = (await inbox()).length;
    const res = await post(t.app, `/f/${slug}`, { type: 'idea', message: 'Buy cheap pills', website: 'http://spam.example' });
    expect(res.statusCode).toBe(200);
    expect(mainOf(res.body)).toContain('Thank you for your message');
    expect(await inbox()).toHaveLength(before);
    // The honeypot is hidden from people: off-screen, out of the tab order, hidden from assistive technology.
    const page = await t.app.inject({ method: 'GET', url: `/f/${slug}` });
    expect(page.body).toMatch(/<div class="hp" aria-hidden="true">.*name="website" tabindex="-1"/);
  });

  it('validates with clear messages and size limits (4xx, nothing stored)', async () => {
    const { key, slug } = await site();
    const before = (await inbox(key)).length;
    const noType = await post(t.app, `/f/${slug}`, { message: 'hello' });
    expect(noType.statusCode).toBe(400);
    expect(noType.body).toContain('Please choose what your message is about.');
    expect(noType.body).toContain('>hello</textarea>');
    const empty = await post(t.app, `/f/${slug}`, { type: 'question', message: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Please write your message.');
    expect(empty.body).toMatch(/value="question" checked/);
    const long = await post(t.app, `/f/${slug}`, { type: 'question', message: 'x'.repeat(5_001) });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('Please keep this under 5,000 characters.');
    const badEmail = await post(t.app, `/f/${slug}`, { type: 'question', message: 'hi', email: 'not-an-email' });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.body).toContain('Please enter a valid email address');
    const longName = await post(t.app, `/f/${slug}`, { type: 'question', message: 'hi', name: 'n'.repeat(201) });
    expect(longName.statusCode).toBe(400);
    const badType = await post(t.app, `/f/${slug}`, { type: 'rant', message: 'hi' });
    expect(badType.statusCode).toBe(400);
    const huge = await post(t.app, `/f/${slug}`, { type: 'idea', message: 'z'.repeat(70_000) });
    expect(huge.statusCode).toBe(413);
    expect(huge.body).toContain('Your message is too long');
    const notForm = await t.app.inject({ method: 'POST', url: `/f/${slug}`, headers: { 'content-type': 'application/xml' }, payload: '<x/>' });
    expect(notForm.statusCode).toBeGreaterThanOrEqual(400);
    expect(notForm.statusCode).toBeLessThan(500);
    expect(await inbox(key)).toHaveLength(before);
    expect((await post(t.app, `/f/${slug}`, { type: 'question', message: 'x'.repeat(5_000) })).statusCode).toBe(200);
  });

  it('never renders a script payload unescaped; the API returns it as plain text', async () => {
    const { key, slug } = await site();
    const bad = await post(t.app, `/f/${slug}`, { message: XSS, name: XSS, email: 'x@example.com', phone: XSS.slice(0, 50) });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toContain('<script>alert');
    expect(bad.body).not.toContain('<img src=x');
    expect(bad.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const ok = await post(t.app, `/f/${slug}`, { type: 'idea', message: XSS, name: XSS });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).not.toContain('<script>alert');
    const stored = (await inbox(key)).find((r) => r.comment === XSS);
    expect(stored).toBeDefined();
    expect(stored!.properties).toMatchObject({ feedbackType: 'idea', name: XSS });
    const raw = await call(t.app, key, 'GET', '/api/v1/responses?channel=feedback_page');
    expect(raw.headers['content-type']).toMatch(/application\/json/);
  });

  it('creates the feedback-page survey once, even when first submissions race', async () => {
    const fresh = await createWorkspace(t.ctx);
    const ids = await Promise.all(Array.from({ length: 8 }, () => feedbackSurvey(t.ctx, fresh.workspaceId)));
    expect(new Set(ids).size).toBe(1);
    const rows = await t.ctx.database.db.selectFrom('survey').select('id').where('workspace_id', '=', fresh.workspaceId).where('purpose', '=', 'feedback_page').execute();
    expect(rows).toHaveLength(1);
    // Another workspace gets its own.
    const another = await createWorkspace(t.ctx);
    expect(await feedbackSurvey(t.ctx, another.workspaceId)).not.toBe(ids[0]);
  });

  it('rate limits submissions per client (429 page after the limit)', async () => {
    const { key, slug: freshSlug } = await site();
    const statuses: number[] = [];
    for (let i = 0; i < FEEDBACK_LIMITS.post + 1; i++) statuses.push((await post(t.app, `/f/${freshSlug}`, { type: 'idea', message: `idea ${i}` })).statusCode);
    expect(statuses.slice(0, FEEDBACK_LIMITS.post).every((s) => s === 200)).toBe(true);
    const limited = await post(t.app, `/f/${freshSlug}`, { type: 'idea', message: 'one more' });
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain('Too many attempts');
    expect(await inbox(key)).toHaveLength(FEEDBACK_LIMITS.post);
  });
});
