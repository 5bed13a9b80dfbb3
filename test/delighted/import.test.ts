/** Import of Delighted's response export: the service on both databases, and the `clearloop import delighted` command. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext } from '../../src/app-context.ts';
import { registerImportDelightedCommand } from '../../src/cli/commands/import-delighted.ts';
import { registerImportCommand } from '../../src/cli/commands/import.ts';
import { loadConfig } from '../../src/config/env.ts';
import { importDelightedCsv, mapDelightedColumns, parseDelightedTime } from '../../src/modules/delighted/delighted-csv.ts';
import { toDelightedId } from '../../src/modules/delighted/delighted-ids.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, pgUrl, type TestApp, type TestWorkspace, unique } from '../harness.ts';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const EXPORT = path.join(FIXTURES, 'delighted-export.csv');
const INVALID = path.join(FIXTURES, 'delighted-export-invalid.csv');

interface View {
  id: string;
  score: number;
  comment: string | null;
  channel: string;
  createdAt: string;
  properties: Record<string, unknown>;
  person: { email: string | null; name: string | null } | null;
}

describe('Delighted export columns and times', () => {
  it('recognises Delighted headers, "Properties: X" columns and other columns as properties', () => {
    const m = mapDelightedColumns(['Response ID', 'Score', 'comment', 'Response timestamp', 'Email', 'Permalink', 'Properties: Plan', 'Region', 'Tags']);
    expect([...m.values()]).toEqual(['responseId', 'score', 'comment', 'createdAt', 'email', 'drop', 'property:Plan', 'property:Region', 'tags']);
  });
  it('reads the time formats of Delighted exports (without a zone: UTC)', () => {
    expect(parseDelightedTime('2024-03-05 14:22:01 -0800')).toBe('2024-03-05T22:22:01.000Z');
    expect(parseDelightedTime('2024-03-05 14:22:01 +05:30')).toBe('2024-03-05T08:52:01.000Z');
    expect(parseDelightedTime('2024-03-06 08:15:00 UTC')).toBe('2024-03-06T08:15:00.000Z');
    expect(parseDelightedTime('2024-04-01 12:00:00')).toBe('2024-04-01T12:00:00.000Z');
    expect(parseDelightedTime('1709913600')).toBe('2024-03-08T16:00:00.000Z');
    expect(parseDelightedTime('2024-03-07T10:30:00Z')).toBe('2024-03-07T10:30:00.000Z');
    expect(parseDelightedTime('someday')).toBeNull();
  });
});

describe.each(DIALECTS)('%s: importing a Delighted response export', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  const responses = async (surveyId: string) =>
    ((await call(t.app, ws.key, 'GET', `/api/v1/responses?surveyId=${surveyId}&limit=200`)).json() as { data: View[] }).data.sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  it('keeps the original times, the people and the properties; a re-run imports nothing twice', async () => {
    const surveyId = await createSurvey(t.app, ws.key, 'nps');
    const progress: number[] = [];
    const report = await importDelightedCsv(t.ctx, ws.auth, { file: EXPORT, surveyId, onProgress: (n) => progress.push(n) });
    expect(report).toEqual({ rows: 6, imported: 6, skippedExisting: 0, problems: [] });
    expect(progress.reduce((a, b) => a + b, 0)).toBe(6);

    const got = await responses(surveyId);
    expect(got.map((r) => [r.createdAt, r.score])).toEqual([
      ['2024-03-05T22:22:01.000Z', 10],
      ['2024-03-06T00:01:44.000Z', 6],
      ['2024-03-06T08:15:00.000Z', 9],
      ['2024-03-07T10:30:00.000Z', 0],
      ['2024-03-08T16:00:00.000Z', 8],
      ['2024-04-01T12:00:00.000Z', 7],
    ]);
    expect(got.every((r) => r.channel === 'import')).toBe(true);
    expect(got[0]).toMatchObject({
      comment: 'Fantastic support, they fixed it in minutes!',
      person: { email: 'ann.lee@example.com', name: 'Ann Lee' },
      properties: {
        delighted_response_id: '884213',
        delighted_person_id: '51101',
        delighted_source: 'Email',
        delighted_tags: 'praise, support',
        delighted_notes: 'Called back on 3/6',
        Plan: 'Pro',
        Country: 'US',
        'Purchase Experience': 'Web',
      },
    });
    expect(got[0]!.properties).not.toHaveProperty('Permalink');
    expect(got[1]!.comment).toBe('Shipping took two weeks.\nThe box was damaged, too.');
    expect(got[2]!.person).toMatchObject({ email: 'carol@example.com', name: 'Carol Díaz' });
    expect(got[3]!.comment).toBe('Won\'t buy again — "worst" experience');
    // No email (an SMS survey): no person, name and phone kept as properties.
    expect(got[4]!.person).toBeNull();
    expect(got[4]!.properties).toMatchObject({ delighted_name: 'Eve Park', delighted_phone: '+14155550123', delighted_source: 'SMS' });
    // Ann answered twice: one person.
    expect(got[5]!.person?.email).toBe('ann.lee@example.com');
    const people = (await call(t.app, ws.key, 'GET', '/api/v1/people?email=ann.lee@example.com')).json() as { data: { id: string }[] };
    expect(people.data).toHaveLength(1);

    // Metrics see the history on its original days.
    const metrics = (await call(t.app, ws.key, 'GET', `/api/v1/metrics?surveyId=${surveyId}&from=2024-03-01&to=2024-04-30`)).json();
    expect(metrics).toMatchObject({ total: 6, promoters: 2, passives: 2, detractors: 2 });

    // Through the Delighted API (with a key naming this survey): tags and notes as Delighted showed them.
    const { key } = await t.ctx.apiKeys.createForWorkspace(ws.workspaceId, `old integration survey:${surveyId}`, 'read');
    const res = await t.app.inject({ method: 'GET', url: '/delighted/v1/survey_responses.json?expand[]=notes&per_page=100', headers: { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` } });
    expect(res.statusCode, res.body).toBe(200);
    const first = (res.json() as Record<string, unknown>[])[0]!;
    expect(first).toMatchObject({ score: 10, created_at: Date.parse('2024-03-05T22:22:01Z') / 1000, tags: ['praise', 'support'], notes: [{ text: 'Called back on 3/6' }] });
    expect(first.person_properties).toMatchObject({ Plan: 'Pro', delighted_response_id: '884213' });
    expect(first.person_properties).not.toHaveProperty('delighted_tags');

    const again = await importDelightedCsv(t.ctx, ws.auth, { file: EXPORT, surveyId });
    expect(again).toEqual({ rows: 6, imported: 0, skippedExisting: 6, problems: [] });
    expect(await responses(surveyId)).toHaveLength(6);
  });

  it('reports problems by row and column and writes nothing, unless told to skip invalid rows', async () => {
    const surveyId = await createSurvey(t.app, ws.key, 'nps');
    const report = await importDelightedCsv(t.ctx, ws.auth, { file: INVALID, surveyId });
    expect(report.imported).toBe(0);
    expect(report.problems).toEqual([
      { row: 3, column: 'Score', message: expect.stringMatching(/0 to 10/) },
      { row: 4, column: 'Score', message: 'is empty' },
      { row: 5, column: 'Created', message: '"someday" is not a date' },
      { row: 6, column: 'Response ID', message: '990001 appears twice in the file' },
    ]);
    expect(await responses(surveyId)).toHaveLength(0);

    const partial = await importDelightedCsv(t.ctx, ws.auth, { file: INVALID, surveyId, skipInvalid: true });
    expect(partial.imported).toBe(1);
    expect((await responses(surveyId)).map((r) => r.comment)).toEqual(['Great']);
  });

  it('refuses a file that is not a Delighted export', async () => {
    const surveyId = await createSurvey(t.app, ws.key, 'nps');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cl-delighted-')), 'orders.csv');
    writeFileSync(file, 'order,total\nA-1,12.50\n');
    const report = await importDelightedCsv(t.ctx, ws.auth, { file, surveyId });
    expect(report.imported).toBe(0);
    expect(report.problems[0]).toMatchObject({ row: 1, column: '(header)' });
  });

  it('runs as `clearloop import delighted FILE --survey ID`', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cl-delighted-'));
    const saved = { ...process.env };
    process.env.CLEARLOOP_DATA_DIR = path.join(dir, 'data');
    if (dialect === 'postgres') process.env.DATABASE_URL = pgUrl();
    else delete process.env.DATABASE_URL;
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    try {
      const ctx = await openContext(loadConfig());
      let surveyId: string;
      let workspaceId: string;
      try {
        const { workspace, userId } = await ctx.workspaces.createWithOwner({ workspace: unique('cli'), email: `${unique('o')}@example.com`, password: 'password-123' });
        workspaceId = workspace.id;
        surveyId = (await ctx.surveys.create({ workspaceId, via: 'session', role: 'owner', scope: 'write', userId, apiKeyId: null }, { name: 'History', kind: 'nps' })).id;
      } finally {
        await ctx.close();
      }
      const program = new Command('clearloop').exitOverride();
      registerImportCommand(program);
      registerImportDelightedCommand(program);
      process.stdout.write = ((chunk: string) => {
        out.push(String(chunk));
        return true;
      }) as typeof process.stdout.write;
      await program.parseAsync(['import', 'delighted', EXPORT, '--survey', surveyId], { from: 'user' });
      process.stdout.write = write;
      expect(out.join('')).toBe('Imported 6 of 6 rows.\n');

      const check = await openContext(loadConfig());
      try {
        const rows = await check.database.db.selectFrom('response').select(['created_at', 'channel']).where('survey_id', '=', surveyId).orderBy('created_at').execute();
        expect(rows.map((r) => r.created_at)[0]).toBe('2024-03-05T22:22:01.000Z');
        expect(rows).toHaveLength(6);
        expect(toDelightedId(workspaceId)).toMatch(/^\d+$/);
      } finally {
        await check.close();
      }
    } finally {
      process.stdout.write = write;
      process.env = saved;
    }
  });

  it('adds `delighted` under the existing `import` command (or creates it)', () => {
    const program = new Command('clearloop');
    registerImportCommand(program);
    registerImportDelightedCommand(program);
    const imports = program.commands.filter((c) => c.name() === 'import');
    expect(imports).toHaveLength(1);
    const sub = imports[0]!.commands.find((c) => c.name() === 'delighted')!;
    expect(sub.options.map((o) => o.long)).toEqual(['--survey', '--skip-invalid']);
    expect(sub.helpInformation()).toMatch(/Usage: clearloop import delighted \[options\] <file>/);
    const alone = new Command('clearloop');
    registerImportDelightedCommand(alone);
    expect(alone.commands.map((c) => c.name())).toEqual(['import']);
  });
});
