/** Builds the widget bundle for tests when it is missing or older than its sources (the same as `npm run build:widget`). */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLE = path.join(ROOT, 'widget/dist/clearloop.js');

export function buildWidget(): void {
  const src = path.join(ROOT, 'widget/src');
  const newest = Math.max(statSync(path.join(ROOT, 'widget/build.mjs')).mtimeMs, ...readdirSync(src).map((f) => statSync(path.join(src, f)).mtimeMs));
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newest) return;
  execFileSync(process.execPath, [path.join(ROOT, 'widget/build.mjs')], { cwd: ROOT, stdio: 'pipe' });
}
