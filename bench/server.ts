/**
 * The server under load, run as a child process of bench/run.ts so that the load generator (autocannon, in the
 * parent) and the server do not share an event loop. Two modes, started the same way:
 *
 *   BENCH_SERVER=baseline  a bare node:http server that reads and JSON-parses the body and answers 201 with a
 *                          small JSON: the ceiling for this machine, Node version and load generator.
 *   BENCH_SERVER=app       the real Clearloop app (buildApp, no job worker, no logging) on the database named by
 *                          DATABASE_URL or the SQLite file in CLEARLOOP_DATA_DIR.
 *
 * Listens on 127.0.0.1 on a free port and sends { port } to the parent over IPC; on { type: 'stop' } it sends its
 * CPU time ({ type: 'cpu', user, system } in microseconds), closes cleanly (the app waits for its write batcher)
 * and exits.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openContext } from '../src/app-context.ts';
import { loadConfig } from '../src/config/env.ts';
import { buildApp } from '../src/http/app.ts';

type Stop = () => Promise<void>;

async function startBaseline(): Promise<{ port: number; stop: Stop }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"bad json"}');
        return;
      }
      const body = JSON.stringify({ ok: true, received: typeof parsed === 'object' && parsed !== null ? Object.keys(parsed).length : 0 });
      res.writeHead(201, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function startApp(): Promise<{ port: number; stop: Stop }> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const ctx = await openContext(config);
  const app = await buildApp(ctx, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    port: (app.server.address() as AddressInfo).port,
    stop: async () => {
      await app.close();
      await ctx.close();
    },
  };
}

const mode = process.env.BENCH_SERVER;
const cpuAtStart = process.cpuUsage();
const { port, stop } = mode === 'app' ? await startApp() : await startBaseline();
process.send?.({ type: 'listening', port });
process.on('message', (msg: { type?: string }) => {
  if (msg?.type === 'cpu') {
    process.send?.({ type: 'cpu', ...process.cpuUsage() });
  } else if (msg?.type === 'stop') {
    const cpu = process.cpuUsage(cpuAtStart);
    void stop().then(
      () => process.send?.({ type: 'stopped', user: cpu.user, system: cpu.system }, () => process.exit(0)),
      (err: unknown) => {
        process.stderr.write(`bench server: ${String(err)}\n`);
        process.exit(1);
      },
    );
  }
});
process.on('disconnect', () => process.exit(0));
