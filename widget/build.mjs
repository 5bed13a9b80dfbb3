// Bundles and minifies the website widget (widget/src) into widget/dist/clearloop.js: one dependency-free
// IIFE, served by the Clearloop server at /widget.js. Usage: node widget/build.mjs (npm run build:widget).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { build } from 'esbuild';

const here = import.meta.dirname;
mkdirSync(path.join(here, 'dist'), { recursive: true });
const result = await build({
  entryPoints: [path.join(here, 'src/index.ts')],
  outfile: path.join(here, 'dist/clearloop.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2019',
  legalComments: 'none',
  banner: { js: '/* Clearloop website widget */' },
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
process.stdout.write(`widget/dist/clearloop.js ${bytes} bytes\n`);
