/**
 * `clearloop --help` must stay fast: registering the commands may load only commander and a few small modules.
 * Each command imports the application (services, database drivers, Fastify) inside its action, so a command
 * module that imports it at the top again makes every start-up of the CLI slow; this test catches that.
 *
 * A fresh node process (tsx, as bin/clearloop.js) runs `main(['--help'])` with a module resolve hook that records
 * every module loaded after it is registered.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

// Runs in the loader hooks' thread: appends each resolved URL to a file (synchronously, so the file is complete
// when the import that caused the resolution finishes).
const RECORDER = `
import { appendFileSync } from 'node:fs';
let out;
export function initialize(data) { out = data.out; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(out, result.url + '\\n');
  return result;
}`;

/** The URLs of the modules loaded by running `clearloop ARGS` (which must not reach any command's action). */
async function modulesLoadedBy(args: string[]): Promise<{ modules: string[]; stdout: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cl-startup-'));
  const out = path.join(dir, 'modules.txt');
  const script = [
    `import { register } from 'node:module';`,
    `register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(RECORDER)}`)}, { data: { out: ${JSON.stringify(out)} } });`,
    `const { main } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/cli/main.ts')).href)});`,
    `await main(${JSON.stringify(args)});`,
  ].join('\n');
  try {
    const r = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, env: { PATH: process.env.PATH } });
    const modules = [...new Set(readFileSync(out, 'utf8').split('\n').filter(Boolean))];
    return { modules, stdout: r.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Packages only actions may need. */
const HEAVY_PACKAGES = ['fastify', '@fastify', 'better-sqlite3', 'pg', 'pg-pool', 'kysely', 'nodemailer', 'pino', 'csv-parse', 'csv-stringify', 'cli-progress'];

/**
 * The project's own modules that registration may load: the CLI's main and command modules, the two small modules
 * main.ts needs for its error handling, and the constants some help texts show (the demo workspace's name, the
 * starter taxonomies' names).
 */
const ALLOWED_SOURCES = [
  /^src\/cli\/main\.ts$/,
  /^src\/cli\/commands\/[\w-]+\.ts$/,
  /^src\/cli\/output-file\.ts$/, // node:fs and path only
  /^src\/config\/env\.ts$/,
  /^src\/shared\/errors\.ts$/,
  /^src\/demo\/(load-demo|generate)\.ts$/,
  /^src\/modules\/themes\/taxonomies\/[\w-]+\.(ts|json)$/,
];

function packageOf(url: string): string | null {
  const m = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  return m ? m[1]! : null;
}

describe('CLI start-up', () => {
  it.each([[['--help']], [['import', 'responses', '--help']]])('clearloop %j loads no application module', { timeout: 60_000 }, async (args) => {
    const { modules, stdout } = await modulesLoadedBy(args);
    expect(stdout).toMatch(/Usage: clearloop/);
    expect(modules.some((u) => u.includes('/node_modules/commander/'))).toBe(true); // the recorder saw the imports
    const packages = new Set(modules.map(packageOf).filter((p): p is string => p !== null));
    const heavy = [...packages].filter((p) => HEAVY_PACKAGES.some((h) => p === h || p.startsWith(`${h}/`))).sort();
    expect(heavy, 'packages loaded by registering the commands (import them inside the action)').toEqual([]);
    const sources = modules
      .filter((u) => u.startsWith('file:') && !u.includes('/node_modules/'))
      .map((u) => path.relative(ROOT, fileURLToPath(u)).split(path.sep).join('/'));
    const unexpected = sources.filter((s) => !ALLOWED_SOURCES.some((re) => re.test(s)));
    expect(unexpected, 'project modules loaded by registering the commands (import them inside the action)').toEqual([]);
  });
});
