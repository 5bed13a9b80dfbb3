/**
 * npm run bench -- [--count N] [--database sqlite|postgres] [--duration S] [--rounds R] [--quick] [--keep]
 *
 * One run measures, against a fresh database:
 *   1. batch import: rows/s of ctx.responses.ingest(auth, 1,000 items, { batch: true }), which also seeds the
 *      database with --count responses spread over two years;
 *   2. metrics latency at that count: GET /api/v1/metrics through app.inject (in process, sequential), 200 timed
 *      requests per query after 20 warm-up requests;
 *   3. single-item ingestion: POST /api/v1/responses at 50 connections with autocannon (in this process) against
 *      the app in a child process on a loopback port, as a ratio to a bare node:http server started the same way.
 * Prints a table with the targets (stdout; progress goes to stderr), writes .bench/last.json and always exits 0.
 * See docs/performance.md.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { type AppContext, openContext } from '../src/app-context.ts';
import { progressBar } from '../src/cli/progress.ts';
import { loadConfig } from '../src/config/env.ts';
import { buildApp } from '../src/http/app.ts';
import type { Auth } from '../src/modules/auth/policy.ts';
import { addDays, toDay } from '../src/modules/metrics/periods.ts';
import { HistoryGenerator, liveResponse, prng } from './data.ts';
import { runThemesBench, type ThemesBenchResult } from './themes.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, '.bench');
const PG_ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BATCH = 1000;
const CONNECTIONS = 50;
const METRIC_RUNS = 200;
const METRIC_WARMUP = 20;
const TARGET_RATIO = 0.35;
const TARGET_P95_MS = 50;

// ---------------------------------------------------------------------------------------------------- options

interface Options {
  database: 'sqlite' | 'postgres';
  count: number;
  duration: number;
  quick: boolean;
  keep: boolean;
  skipThemes: boolean;
  rounds: number;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string' },
      database: { type: 'string', default: 'sqlite' },
      duration: { type: 'string' },
      quick: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'skip-themes': { type: 'boolean', default: false },
      rounds: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(
      'Usage: npm run bench -- [--count N] [--database sqlite|postgres] [--duration S] [--rounds R] [--quick] [--keep]\n' +
        '  --count N      responses to seed (default 1,000,000; 50,000 with --quick)\n' +
        '  --database D   sqlite (default; a fresh file under .bench/) or postgres (a fresh database, dropped afterwards)\n' +
        '  --duration S   seconds of each HTTP load phase (default 10; 3 with --quick)\n' +
        '  --rounds R     alternating baseline/app load rounds; the ratio is their median (default 3; 1 with --quick)\n' +
        '  --quick        smoke run: --count 50000 --duration 3 --rounds 1\n' +
        '  --keep         keep the SQLite file / PostgreSQL database afterwards\n' +
        '  --skip-themes  leave out the text-analytics phase (quicker runs while working on ingestion)\n' +
        '  BENCH_PG_ADMIN_URL  server to create the PostgreSQL database on (default postgres://postgres@127.0.0.1:5432/postgres)\n',
    );
    process.exit(0);
  }
  const database = values.database;
  if (database !== 'sqlite' && database !== 'postgres') throw new Error(`--database must be sqlite or postgres, got ${database}`);
  const int = (v: string | undefined, name: string, min: number): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v.replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got ${v}`);
    return n;
  };
  return {
    database,
    count: int(values.count, 'count', 1) ?? (values.quick ? 50_000 : 1_000_000),
    duration: int(values.duration, 'duration', 1) ?? (values.quick ? 3 : 10),
    quick: values.quick,
    keep: values.keep,
    skipThemes: values['skip-themes'],
    rounds: int(values.rounds, 'rounds', 1) ?? (values.quick ? 1 : 3),
  };
}

// ---------------------------------------------------------------------------------------------------- helpers

const log = (msg: string) => process.stderr.write(`${msg}\n`);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

// ---------------------------------------------------------------------------------------------------- database

interface Target {
  env: Record<string, string>;
  describe: string;
  cleanup(): Promise<void>;
}

async function prepareDatabase(opts: Options, runId: string): Promise<Target> {
  const base = { CLEARLOOP_SECRET: 'bench-secret-bench-secret-bench-secret-00', LOG_LEVEL: 'silent' };
  if (opts.database === 'sqlite') {
    const dataDir = path.join(OUT_DIR, `data-${runId}`);
    mkdirSync(dataDir, { recursive: true });
    return {
      env: { ...base, CLEARLOOP_DATA_DIR: dataDir },
      describe: `SQLite file ${path.relative(ROOT, path.join(dataDir, 'clearloop.db'))} (WAL, synchronous=NORMAL)`,
      cleanup: async () => {
        if (opts.keep) log(`kept ${dataDir}`);
        else rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `clearloop_bench_${runId.replace(/\D/g, '')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  return {
    env: { ...base, CLEARLOOP_DATA_DIR: path.join(OUT_DIR, 'unused'), DATABASE_URL: url },
    describe: `PostgreSQL database ${name}`,
    cleanup: async () => {
      if (opts.keep) {
        log(`kept database ${name}`);
        return;
      }
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function countResponses(ctx: AppContext, surveyId: string): Promise<number> {
  const row = await ctx.database.db
    .selectFrom('response')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// ---------------------------------------------------------------------------------------------------- phases

interface Fixture {
  auth: Auth;
  key: string;
  surveyId: string;
}

async function createFixture(ctx: AppContext): Promise<Fixture> {
  const { workspace, userId } = await ctx.workspaces.createWithOwner({ workspace: 'Bench Co', email: 'bench@example.com', password: 'bench password 123' });
  const auth: Auth = { workspaceId: workspace.id, via: 'session', role: 'owner', scope: 'write', userId, apiKeyId: null };
  const { key } = await ctx.apiKeys.createForWorkspace(workspace.id, 'bench', 'write');
  const survey = await ctx.surveys.create(auth, { name: 'Relationship NPS', kind: 'nps' });
  return { auth, key, surveyId: survey.id };
}

interface SeedResult {
  rows: number;
  batchSize: number;
  seconds: number;
  rowsPerSecond: number;
  wallSeconds: number;
}

/** Seeds `count` responses over two years in batches of 1,000; the time inside ingest() is the batch import rate. */
async function seed(ctx: AppContext, fx: Fixture, count: number): Promise<SeedResult> {
  const gen = new HistoryGenerator(fx.surveyId, count, 730);
  const bar = progressBar('Seeding (batch import)', count);
  const wallStart = performance.now();
  let inIngest = 0;
  try {
    for (let offset = 0; offset < count; offset += BATCH) {
      const items = gen.batch(offset, BATCH);
      const t0 = performance.now();
      await ctx.responses.ingest(fx.auth, items, { batch: true });
      inIngest += performance.now() - t0;
      bar.increment(items.length);
    }
  } finally {
    bar.stop();
  }
  const seconds = inIngest / 1000;
  return { rows: count, batchSize: BATCH, seconds, rowsPerSecond: count / seconds, wallSeconds: (performance.now() - wallStart) / 1000 };
}

interface LatencyResult {
  name: string;
  url: string;
  requests: number;
  responsesCounted: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

async function measureMetrics(ctx: AppContext, fx: Fixture): Promise<LatencyResult[]> {
  const app = await buildApp(ctx);
  await app.ready();
  const to = toDay(Date.now());
  const from = addDays(to, -364);
  const base = `/api/v1/metrics?surveyId=${fx.surveyId}&from=${from}&to=${to}`;
  const queries = [
    { name: 'summary, 12 months', url: base },
    { name: 'weekly series, 12 months', url: `${base}&interval=week` },
    { name: 'by team, 12 months', url: `${base}&groupBy=team` },
  ];
  const out: LatencyResult[] = [];
  try {
    for (const q of queries) {
      const call = async () => {
        const res = await app.inject({ method: 'GET', url: q.url, headers: { authorization: `Bearer ${fx.key}` } });
        if (res.statusCode !== 200) throw new Error(`GET ${q.url} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
        return res;
      };
      for (let i = 0; i < METRIC_WARMUP; i++) await call();
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < METRIC_RUNS; i++) {
        const t0 = performance.now();
        const res = await call();
        times.push(performance.now() - t0);
        if (i === 0) total = (res.json() as { total: number }).total;
      }
      times.sort((a, b) => a - b);
      const r: LatencyResult = {
        name: q.name,
        url: q.url.replace(fx.surveyId, '<survey>'),
        requests: METRIC_RUNS,
        responsesCounted: total,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        p99: percentile(times, 99),
        mean: times.reduce((a, b) => a + b, 0) / times.length,
        max: times[times.length - 1]!,
      };
      log(`  ${q.name}: p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms (${fmt(total)} responses in range)`);
      out.push(r);
    }
  } finally {
    await app.close();
  }
  return out;
}

interface LoadRound {
  seconds: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** CPU time of the server process during the round, in % of one core and per 2xx answer. */
  serverCpuPercent: number;
  serverCpuMicrosPerRequest: number;
}

interface LoadResult {
  server: 'baseline' | 'app';
  connections: number;
  /** Median over the rounds. */
  requestsPerSecond: number;
  serverCpuMicrosPerRequest: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  ok2xx: number;
  non2xx: number;
  errors: number;
  warmup2xx: number;
  rounds: LoadRound[];
}

interface ChildServer {
  port: number;
  child: ChildProcess;
  cpu(): Promise<number>;
  stop(): Promise<void>;
}

async function startChild(mode: 'baseline' | 'app', env: Record<string, string>): Promise<ChildServer> {
  const child = fork(path.join(ROOT, 'bench', 'server.ts'), [], {
    // BENCH_PROFILE=1 writes a V8 CPU profile of each server to .bench/profiles (see bench/profile-summary.ts).
    // BENCH_SERVER_FLAGS adds node flags to both servers (e.g. "--heap-prof --heap-prof-dir=.bench/profiles").
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.join(OUT_DIR, 'profiles')}`] : []),
      ...(process.env.BENCH_SERVER_FLAGS ?? '').split(/\s+/).filter(Boolean),
    ],
    env: { ...process.env, ...env, BENCH_SERVER: mode, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waitFor = <T>(type: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const onMsg = (m: { type?: string }) => {
        if (m?.type === type) {
          child.off('message', onMsg);
          child.off('exit', onExit);
          resolve(m as T);
        }
      };
      const onExit = (code: number | null) => reject(new Error(`${mode} server exited (code ${code}) before "${type}"`));
      child.on('message', onMsg);
      child.once('exit', onExit);
    });
  const { port } = await waitFor<{ port: number }>('listening');
  return {
    port,
    child,
    async cpu() {
      const p = waitFor<{ user: number; system: number }>('cpu');
      child.send({ type: 'cpu' });
      const c = await p;
      return c.user + c.system;
    },
    async stop() {
      const p = waitFor<unknown>('stopped');
      child.send({ type: 'stop' });
      await p;
      await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
    },
  };
}

function runAutocannon(port: number, requests: autocannon.Request[], seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    pipelining: 1,
    duration: seconds,
    requests,
    timeout: 10,
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function loadRound(server: ChildServer, requests: autocannon.Request[], seconds: number): Promise<LoadRound> {
  const cpu0 = await server.cpu();
  const r = await runAutocannon(server.port, requests, seconds);
  const cpu1 = await server.cpu();
  if (r.non2xx > 0 || r.errors > 0) log(`    WARNING ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return {
    seconds: r.duration,
    ok2xx: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    requestsPerSecond: r['2xx'] / r.duration,
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    serverCpuPercent: ((cpu1 - cpu0) / 1000 / (r.duration * 1000)) * 100,
    serverCpuMicrosPerRequest: r['2xx'] > 0 ? (cpu1 - cpu0) / r['2xx'] : NaN,
  };
}

function summarizeLoad(server: 'baseline' | 'app', rounds: LoadRound[], warmup2xx: number): LoadResult {
  const mid = [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[rounds.length >> 1]!;
  return {
    server,
    connections: CONNECTIONS,
    requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
    serverCpuMicrosPerRequest: median(rounds.map((r) => r.serverCpuMicrosPerRequest)),
    latencyMs: mid.latencyMs,
    ok2xx: rounds.reduce((a, r) => a + r.ok2xx, 0),
    non2xx: rounds.reduce((a, r) => a + r.non2xx, 0),
    errors: rounds.reduce((a, r) => a + r.errors, 0),
    warmup2xx,
    rounds,
  };
}

/**
 * Both servers run at once (an idle one costs nothing); after a warm-up each, rounds alternate baseline and app
 * so that both see the same background load, and the ratio is the median of the per-round ratios.
 */
async function measureIngestion(env: Record<string, string>, requests: autocannon.Request[], seconds: number, roundCount: number) {
  const baselineServer = await startChild('baseline', env);
  let appServer: ChildServer | null = null;
  try {
    appServer = await startChild('app', env);
    const warmSeconds = seconds >= 10 ? 3 : 1;
    log(`  warm-up ${warmSeconds}s each, then ${roundCount} round(s) of ${seconds}s baseline + ${seconds}s app at ${CONNECTIONS} connections`);
    await runAutocannon(baselineServer.port, requests, warmSeconds);
    const appWarm = await runAutocannon(appServer.port, requests, warmSeconds);
    const b: LoadRound[] = [];
    const a: LoadRound[] = [];
    for (let i = 0; i < roundCount; i++) {
      b.push(await loadRound(baselineServer, requests, seconds));
      a.push(await loadRound(appServer, requests, seconds));
      log(
        `  round ${i + 1}: baseline ${fmt(b[i]!.requestsPerSecond)} req/s (${b[i]!.serverCpuMicrosPerRequest.toFixed(0)} µs CPU/req), ` +
          `app ${fmt(a[i]!.requestsPerSecond)} req/s (${a[i]!.serverCpuMicrosPerRequest.toFixed(0)} µs CPU/req, p99 ${a[i]!.latencyMs.p99} ms), ` +
          `ratio ${(a[i]!.requestsPerSecond / b[i]!.requestsPerSecond).toFixed(3)}`,
      );
    }
    return {
      baseline: summarizeLoad('baseline', b, 0),
      app: summarizeLoad('app', a, appWarm['2xx']),
      ratio: median(a.map((r, i) => r.requestsPerSecond / b[i]!.requestsPerSecond)),
    };
  } finally {
    await baselineServer.stop();
    await appServer?.stop();
  }
}

// ---------------------------------------------------------------------------------------------------- report

function printReport(res: Results): void {
  const rows: [string, string, string, string][] = [];
  const pf = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  if (res.ingestion) {
    const { app, baseline, ratio } = res.ingestion;
    rows.push(['Ingestion: bare node:http (baseline)', `${fmt(baseline.requestsPerSecond)} req/s, ${fmt(baseline.serverCpuMicrosPerRequest)} µs CPU/req`, '', '']);
    rows.push([
      `Ingestion: POST /api/v1/responses (${CONNECTIONS} conn.)`,
      `${fmt(app.requestsPerSecond)} req/s, ${fmt(app.serverCpuMicrosPerRequest)} µs CPU/req, p99 ${app.latencyMs.p99} ms`,
      '',
      '',
    ]);
    rows.push(['Ingestion ratio app / baseline', ratio.toFixed(3), `≥ ${TARGET_RATIO}`, pf(ratio >= TARGET_RATIO)]);
  }
  if (res.batchImport) rows.push([`Batch import (${fmt(BATCH)} per call)`, `${fmt(res.batchImport.rowsPerSecond)} rows/s`, '', '']);
  for (const m of res.metrics) {
    rows.push([`Metrics: ${m.name}`, `p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms`, `p95 < ${TARGET_P95_MS} ms`, pf(m.p95 < TARGET_P95_MS)]);
  }
  if (res.themes) {
    rows.push([`Themes: assign + score ${fmt(res.themes.count)} comments`, `${fmt(res.themes.assignPerSecond)} comments/s`, `≥ ${fmt(TARGET_THEMES_PER_SECOND)}/s`, pf(res.themes.assignPerSecond >= TARGET_THEMES_PER_SECOND)]);
    rows.push([`Themes: discovery over ${fmt(res.themes.count)} comments`, `${res.themes.discoverySeconds.toFixed(1)} s`, `< ${TARGET_DISCOVERY_SECONDS} s`, pf(res.themes.discoverySeconds < TARGET_DISCOVERY_SECONDS)]);
  }
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['Measure', 'Result', 'Target', ''][i]!.length));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [
    '',
    `Clearloop benchmark — ${res.options.database}, ${fmt(res.options.count)} responses, ${res.machine.cpus} × ${res.machine.cpuModel}, Node ${res.machine.node}`,
    line(['Measure', 'Result', 'Target', '']),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
    '',
    `Ingestion check: ${res.ingestion?.verified ? 'every 2xx is in the database' : 'FAILED — see .bench/last.json'} · ` +
      `load average ${res.ingestion ? `${res.ingestion.loadAverage.before} → ${res.ingestion.loadAverage.after}` : '?'} on ${res.machine.cpus} CPUs · ` +
      `total ${fmt(res.totalSeconds, 0)} s · written to .bench/last.json`,
    ...(res.error ? [`Error: ${res.error.split('\n')[0]}`] : []),
    '',
  ];
  process.stdout.write(out.join('\n'));
}

interface Results {
  startedAt: string;
  finishedAt?: string;
  totalSeconds: number;
  machine: ReturnType<typeof machine>;
  options: Options;
  database: string;
  targets: { ingestionRatio: number; metricsP95Ms: number };
  batchImport?: SeedResult;
  metrics: LatencyResult[];
  metricsMethod: string;
  ingestion?: {
    method: string;
    baseline: LoadResult;
    app: LoadResult;
    ratio: number;
    responsesBefore: number;
    responsesAfter: number;
    verified: boolean;
    /** 1-minute load average of the machine around the load phases: above ~2 on 2 cores, others were busy. */
    loadAverage: { before: number; after: number };
  };
  /** Text analytics: comments assigned and scored per second, and discovery time, over 100,000 comments. */
  themes?: ThemesBenchResult;
  pass?: { ingestionRatio: boolean; metricsP95: boolean; themesAssign?: boolean; themesDiscovery?: boolean };
  error?: string;
}

const TARGET_THEMES_PER_SECOND = 5000;
const TARGET_DISCOVERY_SECONDS = 60;

// ---------------------------------------------------------------------------------------------------- main

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const started = new Date();
  const runId = started.toISOString().replace(/[-:.TZ]/g, '').slice(0, 17);
  mkdirSync(OUT_DIR, { recursive: true });
  const results: Results = {
    startedAt: started.toISOString(),
    totalSeconds: 0,
    machine: machine(),
    options: opts,
    database: '',
    targets: { ingestionRatio: TARGET_RATIO, metricsP95Ms: TARGET_P95_MS },
    metrics: [],
    metricsMethod: `app.inject (in process, no network), sequential; ${METRIC_WARMUP} warm-up + ${METRIC_RUNS} timed requests per query`,
  };
  log(`Clearloop bench: ${opts.database}, ${fmt(opts.count)} responses, ${opts.duration}s load phases (${results.machine.cpus} CPUs, Node ${process.version})`);

  const target = await prepareDatabase(opts, runId);
  results.database = target.describe;
  let ctx: AppContext | null = null;
  try {
    ctx = await openContext(loadConfig(target.env));
    const fx = await createFixture(ctx);

    log(`\n[1/4] Batch import: seeding ${fmt(opts.count)} responses in batches of ${fmt(BATCH)}…`);
    results.batchImport = await seed(ctx, fx, opts.count);
    log(`  ${fmt(results.batchImport.rowsPerSecond)} rows/s (${results.batchImport.seconds.toFixed(1)} s in ingest)`);

    log(`\n[2/4] Metrics latency at ${fmt(opts.count)} responses (${results.metricsMethod})…`);
    results.metrics = await measureMetrics(ctx, fx);
    const before = await countResponses(ctx, fx.surveyId);
    // The server under load runs in a child process with its own connection(s); this one is closed meanwhile.
    await ctx.close();
    ctx = null;

    log(`\n[3/4] Single-item ingestion, POST /api/v1/responses vs. bare node:http…`);
    const rand = prng(7);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${fx.key}` };
    const requests: autocannon.Request[] = Array.from({ length: 2000 }, () => ({
      method: 'POST' as const,
      path: '/api/v1/responses',
      headers,
      body: JSON.stringify(liveResponse(rand, fx.surveyId)),
    }));
    const loadBefore = os.loadavg()[0]!;
    const { baseline, app, ratio } = await measureIngestion(target.env, requests, opts.duration, opts.rounds);

    ctx = await openContext(loadConfig(target.env));
    const after = await countResponses(ctx, fx.surveyId);
    // Autocannon drops answers still in flight when a phase ends, so the database may hold a few more rows than
    // 2xx were counted; it must never hold fewer.
    const verified = after - before >= app.warmup2xx + app.ok2xx;
    results.ingestion = {
      method: `autocannon ${CONNECTIONS} connections, pipelining 1, ${requests.length} distinct bodies, in the bench process; both servers in child processes on 127.0.0.1; ${opts.rounds} alternating round(s), median`,
      baseline,
      app,
      ratio,
      responsesBefore: before,
      responsesAfter: after,
      verified,
      loadAverage: { before: Math.round(loadBefore * 100) / 100, after: Math.round(os.loadavg()[0]! * 100) / 100 },
    };
    results.pass = { ingestionRatio: results.ingestion.ratio >= TARGET_RATIO, metricsP95: results.metrics.every((m) => m.p95 < TARGET_P95_MS) };

    if (!opts.skipThemes) {
      log(`\n[4/4] Text analytics over ${opts.quick ? '20,000' : '100,000'} comments (themes + sentiment, then discovery)…`);
      results.themes = await runThemesBench({ count: opts.quick ? 20_000 : 100_000 });
      results.pass.themesAssign = results.themes.assignPerSecond >= TARGET_THEMES_PER_SECOND;
      results.pass.themesDiscovery = results.themes.discoverySeconds < TARGET_DISCOVERY_SECONDS;
    }
  } catch (err) {
    results.error = err instanceof Error ? (err.stack ?? err.message) : String(err);
    log(`\nbench failed: ${results.error}`);
  } finally {
    if (ctx) await ctx.close().catch(() => undefined);
    await target.cleanup().catch((err: unknown) => log(`cleanup failed: ${String(err)}`));
  }
  results.finishedAt = new Date().toISOString();
  results.totalSeconds = (Date.now() - started.getTime()) / 1000;
  writeFileSync(path.join(OUT_DIR, 'last.json'), JSON.stringify(results, null, 2) + '\n');
  printReport(results);
}

await main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
});
process.exit(0);
