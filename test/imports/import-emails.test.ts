/**
 * A responses CSV with a malformed email: the row is reported naming the file's email column (the people CSV already
 * was), not imported with a person whose "email" nobody can write to. Blank email cells still mean "no email".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

describe.each(DIALECTS)('%s: email addresses in CSV imports', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let worker: Worker;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    worker = new Worker(t.ctx, { names: ['import.run'] });
  });
  afterAll(() => t.close());

  it('reports a response row whose email is not an address, by row and by the file’s column', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const csv = 'Score,Customer Email\n9,ann@r.example\n7,not-an-email\n8,\n6,bob @r.example\n';
    const res = await call(t.app, ws.key, 'POST', '/api/v1/imports', { kind: 'responses', surveyId: survey, fileName: 'r.csv', csv });
    expect(res.statusCode, res.body).toBe(201);
    const imp = res.json();
    expect(imp.status).toBe('invalid');
    expect(imp.problems).toEqual([
      { row: 3, column: 'Customer Email', message: expect.stringContaining('email address') },
      { row: 5, column: 'Customer Email', message: expect.stringContaining('email address') },
    ]);
    await worker.drain();
    expect((await call(t.app, ws.key, 'GET', `/api/v1/responses?surveyId=${survey}`)).json().data).toEqual([]);

    // skipInvalid: the good rows (one without an email) are imported, the bad ones are left out
    const skip = (await call(t.app, ws.key, 'POST', '/api/v1/imports', { kind: 'responses', surveyId: survey, fileName: 'r.csv', csv, skipInvalid: true })).json();
    expect(skip.status).toBe('queued');
    await worker.drain();
    expect((await call(t.app, ws.key, 'GET', `/api/v1/imports/${skip.id}`)).json()).toMatchObject({ status: 'done', importedRows: 2 });
    const people = (await call(t.app, ws.key, 'GET', '/api/v1/people?q=not-an-email')).json().data;
    expect(people).toEqual([]);
  });

  it('the people CSV uses the same check (a dot in the domain, at most 254 characters)', async () => {
    const long = `${'a'.repeat(250)}@x.io`;
    const csv = `email,name\nok@example.com,Ok\nroot@localhost,Local\n${long},Long\n`;
    const imp = (await call(t.app, ws.key, 'POST', '/api/v1/imports', { kind: 'people', fileName: 'p.csv', csv })).json();
    expect(imp.status).toBe('invalid');
    expect(imp.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [3, 'email'],
      [4, 'email'],
    ]);
  });
});
