// Builds the dashboard (web/dist) and the website widget (widget/dist) when missing or older than their
// sources, so `npm start` / `npm run demo` work on a fresh clone without a separate build step.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const index = path.join(root, 'web/dist/index.html');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sourcesTime = Math.max(newest(path.join(root, 'web/src')), statSync(path.join(root, 'web/index.html')).mtimeMs);
if (!existsSync(index) || statSync(index).mtimeMs < sourcesTime) {
  console.log('Building the dashboard (web/dist)…');
  execSync('npx vite build --config web/vite.config.ts --logLevel warn', { cwd: root, stdio: 'inherit' });
}

const widget = path.join(root, 'widget/dist/clearloop.js');
if (!existsSync(widget) || statSync(widget).mtimeMs < newest(path.join(root, 'widget/src'))) {
  console.log('Building the website widget (widget/dist)…');
  execSync('node widget/build.mjs', { cwd: root, stdio: 'inherit' });
}
