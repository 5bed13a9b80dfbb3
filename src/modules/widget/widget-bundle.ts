/**
 * The widget's browser bundle (widget/dist/clearloop.js, built by `npm run build:widget`). Served from memory and
 * re-read when the file changes; when it is missing, built once on demand (needs the dev dependency esbuild),
 * otherwise the server answers a clear error.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const WIDGET_BUNDLE = path.join(ROOT, 'widget/dist/clearloop.js');
const BUILD_SCRIPT = path.join(ROOT, 'widget/build.mjs');

export interface Bundle {
  body: Buffer;
  etag: string;
}

let cached: { mtimeMs: number; bundle: Bundle } | null = null;
let building: Promise<void> | null = null;

function build(): Promise<void> {
  building ??= new Promise<void>((resolve, reject) => {
    if (!existsSync(BUILD_SCRIPT)) return reject(new Error('widget/build.mjs is missing'));
    execFile(process.execPath, [BUILD_SCRIPT], { cwd: ROOT, timeout: 60_000 }, (err, _stdout, stderr) => {
      building = null;
      if (err) reject(new Error(`building the widget failed: ${stderr.trim().slice(0, 300) || err.message}`));
      else resolve();
    });
  });
  return building;
}

/** The bundle, or null when it is not built and cannot be built here. */
export async function loadBundle(): Promise<Bundle | null> {
  if (!existsSync(WIDGET_BUNDLE)) {
    try {
      await build();
    } catch {
      return null;
    }
    if (!existsSync(WIDGET_BUNDLE)) return null;
  }
  const { mtimeMs } = statSync(WIDGET_BUNDLE);
  if (cached?.mtimeMs !== mtimeMs) {
    const body = readFileSync(WIDGET_BUNDLE);
    cached = { mtimeMs, bundle: { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` } };
  }
  return cached.bundle;
}
