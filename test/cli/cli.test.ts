import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppContext, createContext } from '../../src/app-context.ts';
import { loadConfig } from '../../src/config/env.ts';
import { openDatabase } from '../../src/db/create-db.ts';
import { DIALECTS, pgUrl, unique } from '../harness.ts';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/clearloop.js');

describe.each(DIALECTS)('%s: clearloop CLI', (dialect) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cl-cli-'));
  let env: NodeJS.ProcessEnv;
  const workspace = unique('Cli Co');
  let ctx: AppContext;

  const cli = async (...args: string[]) => {
    try {
      const r = await run(process.execPath, [BIN, ...args], { env, cwd: dir });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };

  beforeAll(async () => {
    env = { PATH: process.env.PATH, CLEARLOOP_DATA_DIR: path.join(dir, 'data'), ...(dialect === 'postgres' ? { DATABASE_URL: pgUrl() } : {}) };
  });
  afterAll(async () => {
    await ctx?.close();
  });

  // Nine CLI start-ups: run side by side, with room for a busy machine (each starts tsx; the commands load the app only
  // when they run, see light-startup.test.ts).
  it('prints help for every command', { timeout: 120_000 }, async () => {
    const commands = [['--help'], ['serve', '--help'], ['demo', '--help'], ['setup', '--help'], ['apikey', 'create', '--help'], ['import', 'responses', '--help'], ['export', 'responses', '--help'], ['backup', '--help'], ['migrate', '--help']];
    const results = await Promise.all(commands.map((args) => cli(...args)));
    results.forEach((r, i) => {
      expect(r.code, commands[i]!.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Usage: clearloop/);
    });
  });

  it('reports configuration problems readably', async () => {
    const r = await run(process.execPath, [BIN, 'migrate'], { env: { ...env, PORT: 'x', DATABASE_URL: 'mysql://a' } }).catch((e: { code: number; stderr: string }) => e);
    expect((r as { code: number }).code).toBe(1);
    expect((r as { stderr: string }).stderr).toMatch(/PORT[\s\S]*DATABASE_URL/);
  });

  it('sets up a workspace, creates a key, imports, exports and backs up', async () => {
    const setup = await cli('setup', '--workspace', workspace, '--email', `${unique('o')}@example.com`, '--password', 'password-123');
    expect(setup.code, setup.stderr).toBe(0);
    const again = await cli('setup', '--workspace', workspace, '--email', `${unique('o')}@example.com`, '--password', 'password-123');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);

    const key = await cli('apikey', 'create', '--workspace', workspace, '--name', 'ci', '--scope', 'write');
    expect(key.code, key.stderr).toBe(0);
    expect(key.stdout).toMatch(/^cl_[0-9a-f]{8}_\S+\n$/);
    expect((await cli('apikey', 'create', '--workspace', 'no such', '--name', 'x')).code).toBe(1);

    const database = dialect === 'postgres' ? openDatabase({ databaseUrl: pgUrl() }) : openDatabase({ sqliteFile: path.join(dir, 'data', 'clearloop.db') });
    ctx = createContext(loadConfig({ CLEARLOOP_SECRET: 'x'.repeat(40) }), database);
    const auth = await ctx.apiKeys.authenticate(key.stdout.trim());
    expect(auth).not.toBeNull();
    const survey = await ctx.surveys.create(auth!, { name: 'Imported', kind: 'nps' });

    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'Score,Comment,Email,Date,Plan\n9,Great,a@example.com,2026-01-02,Pro\n11,Too high,b@example.com,2026-01-03,Basic\n5,,c@example.com,not a date,Basic\n');
    const rejected = await cli('import', 'responses', bad, '--survey', survey.id);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toMatch(/row 3, column Score: must be an integer from 0 to 10/);
    expect(rejected.stderr).toMatch(/row 4, column Date/);
    expect(rejected.stderr.match(/row 3, column Score/g)).toHaveLength(1); // each problem once
    expect(rejected.stderr).toMatch(/Nothing was imported/);
    expect((await ctx.metrics.metrics(auth!, { surveyId: survey.id, from: '2026-01-01', to: '2026-01-31' })).total).toBe(0);

    const good = path.join(dir, 'good.csv');
    writeFileSync(good, 'Stars,Comment,Email,Date,Plan\n9,Great,a@example.com,2026-01-02,Pro\n3,"Slow, very slow",b@example.com,2026-01-03,Basic\n10,,c@example.com,2026-01-04,Basic\n');
    const noScore = await cli('import', 'responses', good, '--survey', survey.id);
    expect(noScore.stderr).toMatch(/no score column/);
    const ok = await cli('import', 'responses', good, '--survey', survey.id, '--map', 'Stars=score');
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Imported 3 of 3 rows/);
    const m = await ctx.metrics.metrics(auth!, { surveyId: survey.id, from: '2026-01-01', to: '2026-01-31', groupBy: 'property:Plan' });
    expect(m).toMatchObject({ total: 3, promoters: 2, detractors: 1 });
    expect((m.groups as { key: string }[]).map((g) => g.key).sort()).toEqual(['Basic', 'Pro']);

    // the comments analysed, as the server's job does: the export then has each comment's language
    const imported = await ctx.responses.list(auth!, { surveyId: survey.id, limit: 10 });
    await ctx.themes.analyzeResponses(auth!.workspaceId, imported.data.map((r) => r.id));
    const csv = await cli('export', 'responses', '--survey', survey.id, '--format', 'csv');
    expect(csv.code, csv.stderr).toBe(0);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.score)).toEqual(['10', '3', '9']);
    expect(rows[1]).toMatchObject({ comment: 'Slow, very slow', language: 'en', email: 'b@example.com', channel: 'import', group: 'detractor' });
    expect(rows[0]!.language).toBe(''); // no comment
    const json = await cli('export', 'responses', '--survey', survey.id, '--format', 'json');
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(3);
    expect((await cli('export', 'responses', '--survey', survey.id, '--format', 'xml')).code).toBe(1);
    const badStatus = await cli('jobs', 'list', '--status', 'done');
    expect(badStatus.code).toBe(1);
    expect(badStatus.stderr).toBe('clearloop: --status must be one of: pending, running, succeeded, failed\n');
    // a path that cannot be written: one line naming the option, no stack trace
    const noFolder = path.join(dir, 'no-such-folder', 'x.csv');
    const badOut = await cli('export', 'responses', '--survey', survey.id, '--out', noFolder);
    expect(badOut.code).toBe(1);
    expect(badOut.stderr.trim()).toBe(`clearloop: --out ${noFolder}: cannot write it (the folder ${path.dirname(noFolder)} does not exist)`);

    const backupFile = path.join(dir, 'backup.db');
    const backup = await cli('backup', backupFile);
    if (dialect === 'sqlite') {
      expect(backup.code, backup.stderr).toBe(0);
      const copy = openDatabase({ sqliteFile: backupFile });
      const n = await copy.db.selectFrom('response').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(n.n)).toBe(3);
      await copy.close();
      expect((await cli('backup', backupFile)).code).toBe(1);
      const badBackup = await cli('backup', path.join(dir, 'no-such-folder', 'b.db'));
      expect(badBackup.code).toBe(1);
      expect(badBackup.stderr).toMatch(/^clearloop: backup .*b\.db: cannot write it \(the folder .* does not exist\)\n$/);
    } else {
      expect(backup.code).toBe(1);
      expect(backup.stderr).toMatch(/pg_dump/);
    }
  }, 120_000);
});
