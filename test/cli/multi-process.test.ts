/**
 * Several stateless Clearloop processes against one PostgreSQL database: concurrent writes through both keep
 * every response and exactly consistent metric aggregates.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DIALECTS, pgUrl, unique } from '../harness.ts';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/clearloop.js');

function serve(env: NodeJS.ProcessEnv): Promise<{ proc: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [BIN, 'serve', '--no-worker'], { env: { ...env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) resolve({ proc, url: m[1]! });
    });
    proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

describe.skipIf(!DIALECTS.includes('postgres'))('postgres: two server processes, one database', () => {
  it('keeps all responses and consistent aggregates under concurrent writes', async () => {
    const env = { PATH: process.env.PATH, CLEARLOOP_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'cl-mp-')), DATABASE_URL: pgUrl() };
    const workspace = unique('Multi');
    await run(process.execPath, [BIN, 'setup', '--workspace', workspace, '--email', `${unique('m')}@example.com`, '--password', 'password-123'], { env });
    const key = (await run(process.execPath, [BIN, 'apikey', 'create', '--workspace', workspace, '--name', 'k'], { env })).stdout.trim();
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    const [a, b] = await Promise.all([serve(env), serve(env)]);
    try {
      const survey = (await (await fetch(`${a.url}/api/v1/surveys`, { method: 'POST', headers, body: JSON.stringify({ name: 'S', kind: 'nps' }) })).json()) as { id: string };
      const N = 300;
      const statuses = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          fetch(`${(i % 2 ? a : b).url}/api/v1/responses`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              surveyId: survey.id,
              score: (i * 7) % 11,
              team: `Team ${i % 4}`, // both processes create the same new teams at the same moment
              person: { email: `p${i % 50}@example.com` },
              createdAt: new Date(Date.UTC(2026, 5, 1 + (i % 20))).toISOString(),
            }),
          }).then((r) => r.status),
        ),
      );
      expect(statuses.filter((s) => s !== 201)).toEqual([]);
      const q = `surveyId=${survey.id}&from=2026-06-01&to=2026-06-30&groupBy=team`;
      const m = (await (await fetch(`${b.url}/api/v1/metrics?${q}`, { headers })).json()) as { total: number; groups: { label: string; total: number }[]; distribution: Record<string, number> };
      expect(m.total).toBe(N);
      expect(m.groups.map((g) => g.label).sort()).toEqual(['Team 0', 'Team 1', 'Team 2', 'Team 3']);
      expect(m.groups.reduce((s, g) => s + g.total, 0)).toBe(N);
      const expected: Record<string, number> = {};
      for (let i = 0; i < N; i++) expected[String((i * 7) % 11)] = (expected[String((i * 7) % 11)] ?? 0) + 1;
      expect(m.distribution).toEqual(expected);
      const people = (await (await fetch(`${a.url}/api/v1/people?limit=200`, { headers })).json()) as { data: unknown[] };
      expect(people.data).toHaveLength(50);
    } finally {
      a.proc.kill('SIGKILL');
      b.proc.kill('SIGKILL');
    }
  }, 90_000);
});
