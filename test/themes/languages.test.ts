import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_LANGUAGES } from '../../src/db/tables.ts';
import { Worker } from '../../src/jobs/worker.ts';
import { LANGUAGES } from '../../src/modules/themes/engine/index.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace } from '../harness.ts';

it('stores the languages the engine reads', () => {
  expect([...COMMENT_LANGUAGES]).toEqual([...LANGUAGES]);
});

describe.each(DIALECTS)('%s: comments read in the survey page language', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let worker: Worker;
  const mine: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    worker = new Worker(t.ctx, { names: ['themes.analyze', 'themes.reanalyze', 'alerts.evaluate'], workspaceIds: mine });
    mine.push(ws.workspaceId);
  });
  afterAll(() => t.close());

  it('uses the survey locale as the language hint: "Super Service." is German praise on a German page', async () => {
    expect((await call(t.app, ws.key, 'PUT', '/api/v1/themes/taxonomy', { starter: 'telecom' })).statusCode).toBe(200);
    const german = await createSurvey(t.app, ws.key, 'nps', { locale: 'de' });
    const english = await createSurvey(t.app, ws.key, 'nps');
    const posted = await call(t.app, ws.key, 'POST', '/api/v1/responses', {
      responses: [
        { surveyId: german, score: 10, comment: 'Super Service.' },
        { surveyId: english, score: 10, comment: 'Super Service.' },
        { surveyId: english, score: 1, comment: 'Die Rechnung war falsch und niemand hat zurückgerufen.' },
      ],
    });
    expect(posted.statusCode, posted.body).toBeLessThan(300);
    await worker.drain();
    const rows = await t.ctx.database.db
      .selectFrom('response_analysis')
      .innerJoin('response', 'response.id', 'response_analysis.response_id')
      .select(['response.survey_id', 'response.comment', 'response_analysis.sentiment', 'response_analysis.themes'])
      .where('response_analysis.workspace_id', '=', ws.workspaceId)
      .execute();
    const of = (survey: string, comment: string) => rows.find((r) => r.survey_id === survey && r.comment === comment)!;
    expect(of(german, 'Super Service.').sentiment).toBe('positive');
    expect(of(english, 'Super Service.').sentiment).toBe('neutral');
    // a clearly German comment is read as German on an English page too
    const de = of(english, 'Die Rechnung war falsch und niemand hat zurückgerufen.');
    expect(de.sentiment).toBe('negative');
    expect(JSON.parse(de.themes)).toContain('billing');
  });

  it('stores the language each comment was read in, shows it with the response and filters the list by it', async () => {
    const french = await createSurvey(t.app, ws.key, 'nps', { locale: 'fr' });
    const posted = await call(t.app, ws.key, 'POST', '/api/v1/responses', {
      responses: [
        { surveyId: french, score: 2, comment: "Le technicien n'est jamais venu et personne ne répond." },
        { surveyId: french, score: 10, comment: 'Service parfait' },
        { surveyId: french, score: 9, comment: 'Great service!' },
        { surveyId: french, score: 7 },
        { surveyId: french, score: 6, comment: '   ' },
      ],
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const ids = (posted.json() as { data: { id: string; language: unknown }[] }).data.map((r) => r.id);
    // the answer to the write comes before the analysis
    for (const r of posted.json().data) expect(r.language).toBeNull();
    await worker.drain();

    const stored = await t.ctx.database.db.selectFrom('response_analysis').select(['response_id', 'language']).where('response_id', 'in', ids).execute();
    const lang = new Map(stored.map((r) => [r.response_id, r.language]));
    expect([lang.get(ids[0]!), lang.get(ids[1]!), lang.get(ids[2]!)]).toEqual(['fr', 'fr', 'en']);
    // no comment (or only spaces): no analysis, and no language
    expect(lang.has(ids[3]!)).toBe(false);
    expect(lang.has(ids[4]!)).toBe(false);

    const get = async (id: string) => (await call(t.app, ws.key, 'GET', `/api/v1/responses/${id}`)).json();
    expect((await get(ids[0]!)).language).toBe('fr');
    expect((await get(ids[2]!)).language).toBe('en');
    expect((await get(ids[3]!)).language).toBeNull();
    expect((await get(ids[4]!)).language).toBeNull();

    const list = async (query: string) => {
      const res = await call(t.app, ws.readKey, 'GET', `/api/v1/responses?surveyId=${french}&limit=50&${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { data: { id: string; language: string | null }[] }).data;
    };
    const fr = await list('language=fr');
    expect(fr.map((r) => r.id).sort()).toEqual([ids[0]!, ids[1]!].sort());
    for (const r of fr) expect(r.language).toBe('fr');
    expect((await list('language=en')).map((r) => r.id)).toEqual([ids[2]!]);
    expect(await list('language=de')).toEqual([]);
    // with the other filters
    expect((await list('language=fr&group=detractor')).map((r) => r.id)).toEqual([ids[0]!]);
    expect((await list('language=fr&q=parfait')).map((r) => r.id)).toEqual([ids[1]!]);
    const all = await list('');
    expect(all).toHaveLength(5);
    expect(all.filter((r) => r.language === null).map((r) => r.id).sort()).toEqual([ids[3]!, ids[4]!].sort());

    // a comment removed later: the language goes with its analysis
    const patched = await call(t.app, ws.key, 'PATCH', `/api/v1/responses/${ids[1]}`, { comment: null });
    expect(patched.statusCode, patched.body).toBe(200);
    await worker.drain();
    expect((await get(ids[1]!)).language).toBeNull();
    expect((await list('language=fr')).map((r) => r.id)).toEqual([ids[0]!]);
  });

  it("breaks a theme's mentions down by the language of the comments", async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps', { locale: 'fr' });
    const posted = await call(t.app, ws.key, 'POST', '/api/v1/responses', {
      responses: [
        { surveyId: survey, score: 1, comment: "Le technicien n'est jamais venu, deux fois." },
        { surveyId: survey, score: 3, comment: 'The engineer never turned up.' },
        { surveyId: survey, score: 9, comment: 'Great price, thanks.' },
      ],
    });
    expect(posted.statusCode, posted.body).toBe(201);
    await worker.drain();
    const res = await call(t.app, ws.readKey, 'GET', `/api/v1/themes/installation?surveyId=${survey}`);
    expect(res.statusCode, res.body).toBe(200);
    const byLanguage = (res.json() as { byLanguage: { id: string; label: string; count: number; share: number }[] }).byLanguage;
    // French: 1 of its 1 comment mentions it (100 %); English: 1 of 2 (50 %)
    expect(byLanguage.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'en', label: 'English', count: 1, share: 50 },
      { id: 'fr', label: 'French', count: 1, share: 100 },
    ]);
  });

  it('answers 400 naming `language` for a language it does not read', async () => {
    for (const value of ['xx', 'fr-FR', 'EN', '']) {
      const res = await call(t.app, ws.key, 'GET', `/api/v1/responses?language=${encodeURIComponent(value)}`);
      expect(res.statusCode, `${value}: ${res.body}`).toBe(400);
      expect(res.json().error.fields, value).toEqual([{ field: 'language', message: 'must be one of: en, es, fr, de' }]);
    }
  });

  it('gives comments analysed before languages were stored their language on the next re-analysis', async () => {
    const spanish = await createSurvey(t.app, ws.key, 'nps', { locale: 'es' });
    const posted = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: spanish, score: 3, comment: 'Pésima atención, nadie me ayuda con la factura.' });
    expect(posted.statusCode, posted.body).toBe(201);
    const id = posted.json().id as string;
    await worker.drain();
    // as a row written before the column existed
    await t.ctx.database.db.updateTable('response_analysis').set({ language: null }).where('response_id', '=', id).execute();
    expect((await call(t.app, ws.key, 'GET', `/api/v1/responses/${id}`)).json().language).toBeNull();
    const owner = await login(t.app, ws.ownerEmail, ws.password);
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/themes/taxonomy',
      headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf },
      payload: { starter: 'telecom' },
    });
    expect(put.statusCode, put.body).toBe(200);
    await worker.drain();
    expect((await call(t.app, ws.key, 'GET', `/api/v1/responses/${id}`)).json().language).toBe('es');
    expect((await call(t.app, ws.key, 'GET', `/api/v1/responses?language=es`)).json().data.map((r: { id: string }) => r.id)).toEqual([id]);
  });
});
