import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

describe.each(DIALECTS)('%s: CSV imports from the dashboard', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let worker: Worker;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    worker = new Worker(t.ctx, { names: ['import.run'] });
  });
  afterAll(() => t.close());

  it('previews the detected mapping', async () => {
    const res = await call(t.app, ws.key, 'POST', '/api/v1/imports/preview', { kind: 'people', csv: 'E-mail,Full Name,Plan\na@example.com,Ann,Pro\n' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().columns).toEqual([
      { name: 'E-mail', field: 'email' },
      { name: 'Full Name', field: 'name' },
      { name: 'Plan', field: 'property:Plan' },
    ]);
    expect(res.json().totalRows).toBe(1);
    // the usual names of a score column in other tools' exports are detected
    for (const header of ['Likelihood', 'Likelihood to recommend', 'CSAT', 'CES score']) {
      const r = await call(t.app, ws.key, 'POST', '/api/v1/imports/preview', { kind: 'responses', csv: `${header},Comment\n9,Fine\n` });
      expect(r.json().columns[0], header).toEqual({ name: header, field: 'score' });
    }
  });

  it('reports problems by row and column and imports nothing', async () => {
    const csv = 'email,name,time_zone\nok@example.com,Ok,Europe/Paris\nnot-an-email,Bad,Europe/Paris\nz@example.com,Zed,Moon/Base\n';
    const res = await call(t.app, ws.key, 'POST', '/api/v1/imports', { kind: 'people', fileName: 'people.csv', csv });
    expect(res.statusCode, res.body).toBe(201);
    const imp = res.json();
    expect(imp.status).toBe('invalid');
    expect(imp.problems).toEqual([
      { row: 3, column: 'email', message: '"not-an-email" is not an email address' },
      { row: 4, column: 'time_zone', message: expect.stringContaining('Moon/Base') },
    ]);
    await worker.drain();
    expect((await call(t.app, ws.key, 'GET', '/api/v1/people?email=ok@example.com')).json().data).toEqual([]);
  });

  it('imports people in the background with progress, accounts and properties', async () => {
    const lines = ['email,name,account,locale,time_zone,Plan'];
    for (let i = 0; i < 1200; i++) lines.push(`p${i}@import.example,Person ${i},${i % 3 === 0 ? 'Globex' : ''},fr,Europe/Paris,${i % 2 ? 'Pro' : 'Basic'}`);
    const res = await call(t.app, ws.key, 'POST', '/api/v1/imports', { kind: 'people', fileName: 'people.csv', csv: lines.join('\n') });
    const imp = res.json();
    expect(imp).toMatchObject({ status: 'queued', totalRows: 1200, progress: 0 });
    await worker.drain();
    const done = (await call(t.app, ws.key, 'GET', `/api/v1/imports/${imp.id}`)).json();
    expect(done).toMatchObject({ status: 'done', processedRows: 1200, importedRows: 1200, progress: 100 });
    const p = (await call(t.app, ws.key, 'GET', '/api/v1/people?email=p3@import.example')).json().data[0];
    expect(p).toMatchObject({ name: 'Person 3', locale: 'fr', timeZone: 'Europe/Paris', properties: { Plan: 'Pro' } });
    const acc = (await call(t.app, ws.key, 'GET', '/api/v1/accounts?name=Globex')).json().data;
    expect(acc).toHaveLength(1);
    expect(p.accountId).toBe(acc[0].id);
    // Importing again updates rather than duplicates.
    const again = (await call(t.app, ws.key, 'POST', '/api/v1/imports', { kind: 'people', fileName: 'people.csv', csv: 'email,name\np3@import.example,Renamed\n' })).json();
    await worker.drain();
    expect((await call(t.app, ws.key, 'GET', `/api/v1/imports/${again.id}`)).json().status).toBe('done');
    expect((await call(t.app, ws.key, 'GET', '/api/v1/people?email=p3@import.example')).json().data[0].name).toBe('Renamed');
  });

  it('imports responses with a column mapping, and skips invalid rows when asked', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const csv = 'Likelihood,Why,Email,When\n9,Great,a@r.example,2026-02-01\n12,Too high,b@r.example,2026-02-02\n4,Meh,c@r.example,2026-02-03\n';
    const missing = await call(t.app, ws.key, 'POST', '/api/v1/imports', { kind: 'responses', fileName: 'r.csv', csv });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields[0].field).toBe('surveyId');
    const res = await call(t.app, ws.key, 'POST', '/api/v1/imports', { kind: 'responses', surveyId: survey, fileName: 'r.csv', csv, mapping: { Likelihood: 'score', Why: 'comment', When: 'createdAt' }, skipInvalid: true });
    const imp = res.json();
    expect(imp.status).toBe('queued');
    expect(imp.problems).toEqual([{ row: 3, column: 'Likelihood', message: 'must be an integer from 0 to 10 for a nps survey' }]);
    await worker.drain();
    expect((await call(t.app, ws.key, 'GET', `/api/v1/imports/${imp.id}`)).json()).toMatchObject({ status: 'done', importedRows: 2 });
    const m = (await call(t.app, ws.key, 'GET', `/api/v1/metrics?surveyId=${survey}&from=2026-02-01&to=2026-02-28`)).json();
    expect(m).toMatchObject({ total: 2, promoters: 1, detractors: 1 });
  });

  it('rejects bad uploads with 4xx', async () => {
    expect((await call(t.app, ws.key, 'POST', '/api/v1/imports', { kind: 'people', fileName: 'x.csv', csv: '' })).statusCode).toBe(400);
    expect((await call(t.app, ws.key, 'POST', '/api/v1/imports', { kind: 'cats', fileName: 'x.csv', csv: 'a' })).statusCode).toBe(400);
    const noHeader = (await call(t.app, ws.key, 'POST', '/api/v1/imports', { kind: 'people', fileName: 'x.csv', csv: 'colour,size\nred,3\n' })).json();
    expect(noHeader.status).toBe('invalid');
    expect(noHeader.problems[0]).toMatchObject({ row: 1, column: '(header)' });
    expect((await call(t.app, ws.readKey, 'POST', '/api/v1/imports', { kind: 'people', fileName: 'x.csv', csv: 'email\na@b.example\n' })).statusCode).toBe(403);
    const other = await createWorkspace(t.ctx);
    const imp = (await call(t.app, ws.key, 'GET', '/api/v1/imports')).json().data[0];
    expect((await call(t.app, other.key, 'GET', `/api/v1/imports/${imp.id}`)).statusCode).toBe(404);
  });
});
