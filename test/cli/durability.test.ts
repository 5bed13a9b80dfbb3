/**
 * A response answered with 2xx survives a kill -9 of the server that follows at once: the server answers only
 * after the transaction holding the response has committed.
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

function startServer(env: NodeJS.ProcessEnv): Promise<{ proc: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [BIN, 'serve', '--no-worker'], { env: { ...env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 20_000);
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, url: m[1]! });
      }
    });
    proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

describe.each(DIALECTS)('%s: durability', (dialect) => {
  it('keeps every acknowledged response across kill -9', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cl-kill-'));
    const env = { PATH: process.env.PATH, CLEARLOOP_DATA_DIR: dir, ...(dialect === 'postgres' ? { DATABASE_URL: pgUrl() } : {}) };
    const workspace = unique('Durable');
    await run(process.execPath, [BIN, 'setup', '--workspace', workspace, '--email', `${unique('d')}@example.com`, '--password', 'password-123'], { env });
    const key = (await run(process.execPath, [BIN, 'apikey', 'create', '--workspace', workspace, '--name', 'k'], { env })).stdout.trim();
    const auth = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };

    let { proc, url } = await startServer(env);
    const survey = (await (await fetch(`${url}/api/v1/surveys`, { method: 'POST', headers: auth, body: JSON.stringify({ name: 'S', kind: 'nps' }) })).json()) as { id: string };

    // Fire 200 requests; kill the server the moment the 20th acknowledgement arrives, with the rest in flight.
    const acked: string[] = [];
    let killed = false;
    const requests = Array.from({ length: 200 }, (_, i) =>
      fetch(`${url}/api/v1/responses`, { method: 'POST', headers: auth, body: JSON.stringify({ surveyId: survey.id, score: i % 11, comment: `r${i}`, team: `T${i % 3}` }) })
        .then(async (res) => {
          if (res.status === 201) {
            const body = (await res.json()) as { id: string };
            acked.push(body.id);
            if (acked.length >= 20 && !killed) {
              killed = true;
              proc.kill('SIGKILL');
            }
          }
        })
        .catch(() => undefined),
    );
    await Promise.all(requests);
    expect(killed).toBe(true);
    await new Promise((r) => (proc.exitCode !== null || proc.signalCode !== null ? r(null) : proc.once('exit', r)));

    ({ proc, url } = await startServer(env));
    try {
      const stored = new Set<string>();
      let cursor: string | null = null;
      do {
        const page = (await (await fetch(`${url}/api/v1/responses?surveyId=${survey.id}&limit=200${cursor ? `&cursor=${cursor}` : ''}`, { headers: auth })).json()) as {
          data: { id: string }[];
          nextCursor: string | null;
        };
        for (const r of page.data) stored.add(r.id);
        cursor = page.nextCursor;
      } while (cursor);
      const missing = acked.filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      // Metric buckets were committed with the responses: counts match what is stored.
      const m = (await (await fetch(`${url}/api/v1/metrics?surveyId=${survey.id}`, { headers: auth })).json()) as { total: number };
      expect(m.total).toBe(stored.size);
    } finally {
      proc.kill('SIGKILL');
    }
  }, 90_000);
});
