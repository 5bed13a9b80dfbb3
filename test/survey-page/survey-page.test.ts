/**
 * Hosted survey pages over real databases: languages, the no-JavaScript flow, validation, broken/expired links,
 * closed surveys, one-click links that scanners fetch, public links with their rate limit, branding and headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';
import { LIMITS, signRef } from '../../src/modules/survey-page/survey-page.routes.ts';
import { mainOf, personalLink, post, responsesOf } from './helpers.ts';

const EXTRA_QUESTIONS = [
  { id: 'topic', type: 'single_choice', label: 'What was it about?', options: ['Delivery', 'Billing', 'Support'], required: true },
  { id: 'tags', type: 'multiple_choice', label: 'Which apply?', options: ['Fast', 'Friendly', 'Cheap'] },
  { id: 'ease', type: 'rating', label: 'How easy was ordering?', min: 1, max: 5 },
  { id: 'more', type: 'text', label: 'Anything else?' },
];

describe.each(DIALECTS)('%s: hosted survey page', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;

  beforeAll(async () => {
    t = await createTestApp(dialect, { CLEARLOOP_PUBLIC_URL: 'http://clearloop.test' });
    ws = await createWorkspace(t.ctx);
    await t.ctx.settings.update(ws.auth, { branding: { companyName: 'Acme <b>Ltd</b>', color: '#2563eb' }, fatigue: { quietHours: null } });
  });
  afterAll(() => t.close());

  const count = async (surveyId: string) => (await responsesOf(t.app, ws.key, `surveyId=${surveyId}`)).length;

  it('renders the score step in English, Spanish, French and German, picking the language in the documented order', async () => {
    // A workspace whose settings were never saved has no language of its own: the browser's decides.
    const fresh = await createWorkspace(t.ctx);
    const survey = await createSurvey(t.app, fresh.key, 'nps');
    const cases: [Record<string, string>, string | undefined, string, string, string][] = [
      [{}, undefined, 'en', 'Next', 'How likely are you to recommend us'],
      [{ locale: 'de' }, 'fr', 'de', 'Weiter', 'Wie wahrscheinlich ist es'],
      [{}, 'es-ES,es;q=0.9', 'es', 'Siguiente', '¿Qué probabilidad hay'],
      [{}, 'it, fr;q=0.8, en;q=0.5', 'fr', 'Suivant', 'Quelle est la probabilité'],
    ];
    for (const [person, accept, lang, next, question] of cases) {
      const { path } = await personalLink(t.app, fresh.key, survey, person);
      const res = await t.app.inject({ method: 'GET', url: path, headers: accept ? { 'accept-language': accept } : {} });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`<html lang="${lang}">`);
      expect(res.body).toContain(next);
      expect(res.body).toContain(question);
      // Accessible score group: a fieldset with the question as its legend, one labelled radio per score.
      expect(res.body).toMatch(/<fieldset id="score"[^>]*>\s*<legend><h1>/);
      expect((res.body.match(/type="radio" name="score"/g) ?? []).length).toBe(11);
    }
    // The survey's language beats the browser's; the workspace's beats the browser's too.
    const fr = await createSurvey(t.app, ws.key, 'csat', { locale: 'fr' });
    const frLink = await personalLink(t.app, ws.key, fr);
    const frPage = await t.app.inject({ method: 'GET', url: frLink.path, headers: { 'accept-language': 'de' } });
    expect(frPage.body).toContain('<html lang="fr">');
    expect(frPage.body).toContain('Très satisfait');
    const other = await createWorkspace(t.ctx);
    await t.ctx.settings.update(other.auth, { locale: 'es' });
    const esSurvey = await createSurvey(t.app, other.key, 'ces');
    const esLink = await personalLink(t.app, other.key, esSurvey);
    const esPage = await t.app.inject({ method: 'GET', url: esLink.path, headers: { 'accept-language': 'de' } });
    expect(esPage.body).toContain('<html lang="es">');
    expect(esPage.body).toContain('Totalmente de acuerdo');
    expect((esPage.body.match(/type="radio" name="score"/g) ?? []).length).toBe(7);
  });

  it('works without JavaScript: score, then the follow-up for that score with extra questions, then thank-you; one response, updated', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps', {
      questions: EXTRA_QUESTIONS,
      followUp: { negative: 'What went wrong?', positive: 'What did you love?' },
      thankYou: { message: 'Thanks a lot!', linkUrl: 'https://reviews.example/acme', linkLabel: 'Review us', linkTones: ['positive'] },
    });
    const { path, sendId } = await personalLink(t.app, ws.key, survey);
    const first = await t.app.inject({ method: 'GET', url: path });
    expect(first.body).toContain('name="step" value="score"');
    expect(await count(survey)).toBe(0);

    const scored = await post(t.app, path, { step: 'score', score: 4 });
    expect(scored.statusCode, scored.body).toBe(200);
    expect(scored.body).toContain('What went wrong?');
    expect(scored.body).toContain('What was it about?');
    expect(scored.body).toMatch(/value="4"[^>]* checked/);
    const afterScore = await responsesOf(t.app, ws.key, `surveyId=${survey}`);
    expect(afterScore).toHaveLength(1);
    expect(afterScore[0]).toMatchObject({ score: 4, comment: null, channel: 'link' });

    const done = await post(t.app, path, { step: 'details', score: 4, comment: 'The parcel came late.\r\nTwice.', q_topic: 'Delivery', q_tags: ['Fast', 'Cheap'], q_ease: 2, q_more: 'no' });
    expect(done.statusCode, done.body).toBe(200);
    expect(mainOf(done.body)).toContain('Thanks a lot!');
    expect(done.body).not.toContain('Review us'); // the review link is for promoters only
    const after = await responsesOf(t.app, ws.key, `surveyId=${survey}`);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: afterScore[0]!.id, score: 4, comment: 'The parcel came late.\nTwice.', answers: { topic: 'Delivery', tags: ['Fast', 'Cheap'], ease: 2, more: 'no' } });
    expect((await call(t.app, ws.key, 'GET', `/api/v1/sends/${sendId}`)).json()).toMatchObject({ status: 'responded', responseId: after[0]!.id });

    // A later visit shows the saved score and may change it; an empty comment keeps the one given.
    const again = await t.app.inject({ method: 'GET', url: path });
    expect(again.body).toMatch(/value="4"[^>]* checked/);
    const changed = await post(t.app, path, { step: 'details', score: 10, comment: '', q_topic: 'Support' });
    expect(changed.statusCode).toBe(200);
    expect(changed.body).toContain('href="https://reviews.example/acme"');
    expect(changed.body).toContain('Review us');
    const final = await responsesOf(t.app, ws.key, `surveyId=${survey}`);
    expect(final).toHaveLength(1);
    expect(final[0]).toMatchObject({ score: 10, comment: 'The parcel came late.\nTwice.', answers: { topic: 'Support' } });
  });

  it('re-renders the form with clear messages on invalid input (never a 500), recording nothing invalid', async () => {
    const survey = await createSurvey(t.app, ws.key, 'csat', { questions: EXTRA_QUESTIONS });
    const { path } = await personalLink(t.app, ws.key, survey);
    for (const score of ['', '6', '0', 'abc', '3.5', '-1']) {
      const res = await post(t.app, path, { step: 'score', score });
      expect(res.statusCode, `score=${score}`).toBe(400);
      expect(res.body).toContain('Please choose a score from 1 to 5.');
      expect(res.body).toContain('id="error-summary"');
      expect(res.body).toContain('aria-invalid="true"');
    }
    expect((await post(t.app, path, { step: 'details' })).statusCode).toBe(400);
    expect(await count(survey)).toBe(0);

    const long = await post(t.app, path, { step: 'details', score: 2, comment: 'x'.repeat(10_001), q_topic: 'Billing' });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('Please keep this under 10,000 characters.');
    expect(long.body).toMatch(/value="2"[^>]* checked/); // the form keeps what was entered
    const missing = await post(t.app, path, { step: 'details', score: 2, comment: 'ok' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Please answer this question.');
    expect(missing.body).toContain('>ok</textarea>');
    const badChoice = await post(t.app, path, { step: 'details', score: 2, q_topic: 'Nope', q_tags: ['Fast', 'Evil'], q_ease: 9 });
    expect(badChoice.statusCode).toBe(400);
    expect((badChoice.body.match(/Please choose one of the options shown\./g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(await count(survey)).toBe(0);

    const ok = await post(t.app, path, { step: 'details', score: 2, comment: 'x'.repeat(10_000), q_topic: 'Billing' });
    expect(ok.statusCode).toBe(200);
    expect(await count(survey)).toBe(1);
    // Bodies beyond 64 KB are refused with a page, not stored.
    const huge = await post(t.app, path, { step: 'details', score: 2, comment: 'y'.repeat(70_000) });
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toMatch(/text\/html/);
    expect(huge.body).toContain('too long');
  });

  it('shows friendly pages for tampered, unknown and expired links and for closed surveys', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const { path, sendId } = await personalLink(t.app, ws.key, survey, { locale: 'de' });
    const [body, sig] = path.slice(3).split('.');
    for (const bad of [`/s/${body}.${sig!.slice(0, -2)}xx`, '/s/garbage', `/s/${body}`]) {
      const res = await t.app.inject({ method: 'GET', url: bad });
      expect(res.statusCode, bad).toBe(404);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('This link does not work');
      expect((await post(t.app, bad, { step: 'score', score: 5 })).statusCode).toBe(404);
    }
    // Expired: the send's expiry passed (a token signed for a past expiry).
    const secret = (await t.ctx.database.db.selectFrom('workspace').select('signing_secret').where('id', '=', ws.workspaceId).executeTakeFirstOrThrow()).signing_secret!;
    const expired = t.ctx.distribution.token(secret, 's', { id: sendId, expires_at: '2020-01-01T00:00:00.000Z' });
    const exp = await t.app.inject({ method: 'GET', url: `/s/${expired}?score=9` });
    expect(exp.statusCode).toBe(410);
    expect(exp.body).toContain('This link has expired');
    expect(exp.body).toContain('Acme &lt;b&gt;Ltd&lt;/b&gt;'); // still in the workspace's look
    expect((await post(t.app, `/s/${expired}`, { step: 'score', score: 9 })).statusCode).toBe(410);

    // Closed survey: polite page in the person's language; nothing recorded.
    await call(t.app, ws.key, 'PATCH', `/api/v1/surveys/${survey}`, { status: 'closed' });
    const closed = await t.app.inject({ method: 'GET', url: path });
    expect(closed.statusCode).toBe(410);
    expect(closed.body).toContain('Diese Umfrage ist beendet');
    const closedPost = await post(t.app, path, { step: 'score', score: 9 });
    expect(closedPost.statusCode).toBe(410);
    expect((await post(t.app, path, { auto: '1', score: 9 })).statusCode).toBe(410);
    expect(await count(survey)).toBe(0);
  });

  it('one-click links: a scanner GET of every score records nothing; the page preselects the score and arms the save', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const { path } = await personalLink(t.app, ws.key, survey);
    for (let s = 0; s <= 10; s++) {
      for (const method of ['GET', 'HEAD'] as const) {
        const res = await t.app.inject({ method, url: `${path}?score=${s}`, headers: { 'user-agent': 'Mozilla/5.0 (compatible; SafeLinks scanner)' } });
        expect(res.statusCode).toBe(200);
        if (method === 'GET') {
          expect(res.body).toMatch(new RegExp(`value="${s}"[^>]* checked`));
          expect(res.body).toContain(`data-autosave="${s}"`);
          expect(res.body).toContain('Thanks for your rating!');
          expect(res.body).toContain(s >= 9 ? 'What did we do especially well?' : s >= 7 ? 'What is the most important reason' : 'What could we have done better?');
        }
      }
    }
    expect(await count(survey)).toBe(0);
    // An out-of-range score in the URL is ignored: the score step.
    const odd = await t.app.inject({ method: 'GET', url: `${path}?score=99` });
    expect(odd.body).toContain('name="step" value="score"');
    expect(odd.body).not.toMatch(/ checked[ >]/);

    // The page script's save (what a person's browser sends) records the score; once saved, it is not re-armed.
    const saved = await post(t.app, path, { auto: '1', score: 8 });
    expect(saved.statusCode).toBe(204);
    expect(saved.body).toBe('');
    expect((await responsesOf(t.app, ws.key, `surveyId=${survey}`)).map((r) => r.score)).toEqual([8]);
    expect((await t.app.inject({ method: 'GET', url: `${path}?score=8` })).body).not.toContain('data-autosave="');
    expect((await post(t.app, path, { auto: '1', score: 42 })).statusCode).toBe(400);
  });

  it('sends strict security headers and escapes admin-provided text; the logo must be https', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps', {
      question: 'Would you <script>alert(1)</script> recommend "us"?',
      questions: [{ id: 'x', type: 'single_choice', label: '<img src=x onerror=alert(1)>', options: ['<b>a</b>', 'b'] }],
      followUp: { default: '</textarea><script>alert(2)</script>' },
    });
    const { path } = await personalLink(t.app, ws.key, survey);
    const res = await t.app.inject({ method: 'GET', url: `${path}?score=5` });
    const csp = String(res.headers['content-security-policy']);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
    // The only scripts and styles are ours, carrying the nonce.
    expect(res.body.match(/<script[^>]*>/g)).toEqual([`<script nonce="${nonce}">`]);
    expect(res.body).toContain('Would you &lt;script&gt;alert(1)&lt;/script&gt; recommend &quot;us&quot;?');
    expect(res.body).toContain('&lt;/textarea&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(res.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(res.body).not.toContain('<img src=x');
    expect(res.body).toContain('Acme &lt;b&gt;Ltd&lt;/b&gt;');

    for (const [logoUrl, shown] of [
      ['https://cdn.example/logo.png', true],
      ['http://cdn.example/logo.png', false],
      ['javascript:alert(1)', false],
    ] as const) {
      await t.ctx.settings.update(ws.auth, { branding: { logoUrl, color: 'red;}body{display:none' } });
      const page = await t.app.inject({ method: 'GET', url: path });
      expect(page.body.includes(`<img src="${logoUrl}"`), logoUrl).toBe(shown);
      expect(page.body).not.toContain('display:none');
      expect(page.body).toContain('--accent:#2563eb'); // an invalid colour falls back to the default
    }
    await t.ctx.settings.update(ws.auth, { branding: { logoUrl: null, color: '#ffd700' } });
    const yellow = await t.app.inject({ method: 'GET', url: path });
    // A light brand colour gets dark text on buttons and a darkened shade for text on white.
    expect(yellow.body).toContain('--accent:#ffd700;--on-accent:#000000');
    expect(yellow.body).not.toContain('--ink:#ffd700');
    await t.ctx.settings.update(ws.auth, { branding: { color: '#2563eb' } });
  });

  it('public link: only when enabled; score creates an anonymous response, the follow-up updates it through a signed reference', async () => {
    const off = await createSurvey(t.app, ws.key, 'nps');
    expect((await t.app.inject({ method: 'GET', url: `/s/p/${off}` })).statusCode).toBe(404);
    expect((await post(t.app, `/s/p/${off}`, { step: 'score', score: 9 })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/s/p/not-a-survey' })).statusCode).toBe(404);

    const survey = await createSurvey(t.app, ws.key, 'nps', { publicLink: true, questions: [EXTRA_QUESTIONS[3]] });
    const page = await t.app.inject({ method: 'GET', url: `/s/p/${survey}`, headers: { 'accept-language': 'fr-FR' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="fr">'); // saving branding does not pin a language: the browser's decides
    await t.ctx.settings.update(ws.auth, { locale: 'de' });
    const pinned = await t.app.inject({ method: 'GET', url: `/s/p/${survey}`, headers: { 'accept-language': 'fr-FR' } });
    expect(pinned.body).toContain('<html lang="de">'); // a chosen workspace language comes before the browser's
    await t.ctx.settings.update(ws.auth, { locale: null });
    const fresh = await createWorkspace(t.ctx);
    const frPage = await t.app.inject({ method: 'GET', url: `/s/p/${await createSurvey(t.app, fresh.key, 'nps', { publicLink: true })}`, headers: { 'accept-language': 'fr-FR' } });
    expect(frPage.body).toContain('<html lang="fr">');
    expect(page.body).toContain('action="/s/p/');
    const scored = await post(t.app, `/s/p/${survey}`, { step: 'score', score: 9 });
    expect(scored.statusCode).toBe(200);
    const ref = /name="ref" value="([^"]+)"/.exec(scored.body)?.[1];
    expect(ref).toBeTruthy();
    const created = await responsesOf(t.app, ws.key, `surveyId=${survey}`);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ score: 9, channel: 'link', person: null });

    const done = await post(t.app, `/s/p/${survey}`, { step: 'details', ref: ref!, score: 10, comment: 'Great service', q_more: 'thanks' });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Thank you!');
    const updated = await responsesOf(t.app, ws.key, `surveyId=${survey}`);
    expect(updated).toHaveLength(1);
    expect(updated[0]).toMatchObject({ id: created[0]!.id, score: 10, comment: 'Great service', answers: { more: 'thanks' } });

    // A tampered or foreign reference updates nothing.
    const secret = (await t.ctx.database.db.selectFrom('workspace').select('signing_secret').where('id', '=', ws.workspaceId).executeTakeFirstOrThrow()).signing_secret!;
    for (const bad of [`${ref!.slice(0, -3)}abc`, signRef('another-secret', survey, created[0]!.id), signRef(secret, off, created[0]!.id), signRef(secret, survey, created[0]!.id, Date.now() - 48 * 3600_000)]) {
      const res = await post(t.app, `/s/p/${survey}`, { step: 'details', ref: bad, score: 0, comment: 'hijack' });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('This form has expired');
    }
    // One-click on a public link preselects, records nothing; its "Send" creates one response with everything.
    const oneClick = await t.app.inject({ method: 'GET', url: `/s/p/${survey}?score=3` });
    expect(oneClick.body).toMatch(/value="3"[^>]* checked/);
    expect(oneClick.body).not.toContain('data-autosave="');
    expect(await count(survey)).toBe(1);
    await post(t.app, `/s/p/${survey}`, { step: 'details', score: 3, comment: 'meh' });
    const all = await responsesOf(t.app, ws.key, `surveyId=${survey}`);
    expect(all.map((r) => [r.score, r.comment]).sort()).toEqual([
      [10, 'Great service'],
      [3, 'meh'],
    ]);

    await call(t.app, ws.key, 'PATCH', `/api/v1/surveys/${survey}`, { status: 'closed' });
    expect((await t.app.inject({ method: 'GET', url: `/s/p/${survey}` })).statusCode).toBe(410);
  });

  it('rate limits public-link answers per client (429 page after the limit)', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps', { publicLink: true });
    const statuses: number[] = [];
    for (let i = 0; i < LIMITS.publicPost + 2; i++) statuses.push((await post(t.app, `/s/p/${survey}`, { step: 'score', score: 7 }, { 'accept-language': 'de' })).statusCode);
    expect(statuses.slice(0, LIMITS.publicPost).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(LIMITS.publicPost)).toEqual([429, 429]);
    const limited = await post(t.app, `/s/p/${survey}`, { step: 'score', score: 7 }, { 'accept-language': 'de' });
    expect(limited.headers['content-type']).toMatch(/text\/html/);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.body).toContain('Zu viele Versuche');
    expect(await count(survey)).toBe(LIMITS.publicPost);
    // Another client is not affected.
    const other = await t.app.inject({ method: 'POST', url: `/s/p/${survey}`, remoteAddress: '10.1.2.3', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'step=score&score=7' });
    expect(other.statusCode).toBe(200);
  });
});
