/**
 * Text-analytics benchmark: `node --import tsx bench/themes.ts [--count N]`, or `runThemesBench` from `npm run bench`.
 *
 * Builds `count` synthetic comments (default 100,000) from the starter taxonomies' own vocabulary, sentiment words,
 * negations, contrasts and filler, with a fixed seed (nothing outside the repo is read), then measures:
 * 1. assignment and scoring: `analyze` (themes, per-theme and comment sentiment) with every starter taxonomy merged,
 *    comments per second (target ≥ 5,000/s);
 * 2. discovery over all the comments, in seconds (target < 60 s).
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze, compileTaxonomy, discover, type ThemeJson } from '../src/modules/themes/engine/index.ts';
import { STARTER_TAXONOMIES, starterTaxonomy } from '../src/modules/themes/taxonomies/index.ts';

export interface ThemesBenchResult {
  assignPerSecond: number;
  discoverySeconds: number;
  count: number;
}

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPENERS = ['', '', 'Honestly, ', 'Well ', 'To be fair ', 'I have to say ', 'Overall ', 'Last week '];
const GOOD = ['great', 'really helpful', 'very quick', 'excellent', 'lovely', 'easy', 'friendly', 'fine', 'brilliant', 'smooth'];
const BAD = ['terrible', 'slow', 'rude', 'awful', 'broken', 'a nightmare', 'useless', 'disappointing', 'late again', 'confusing'];
const NEG = ['not', 'never', "wasn't", 'no longer'];
const FILLER = ['to be honest', 'as usual', 'this time', 'for once', 'in the end', 'after all that', 'from start to finish'];
const TAILS = ['', '', '.', '!', ' and I will tell my friends.', ', thanks.', ' - would not recommend.', ' and I am still waiting.'];

/** `count` deterministic synthetic comments built from the starter taxonomies' vocabulary. */
export function syntheticComments(count: number, seed = 7): string[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const topics: string[] = [];
  const collect = (themes: ThemeJson[]) => {
    for (const t of themes) {
      for (const w of [...(t.match?.topics ?? []), ...(t.match?.terms ?? [])]) if (!w.includes('*')) topics.push(w);
      collect(t.themes ?? []);
    }
  };
  for (const name of STARTER_TAXONOMIES) collect(starterTaxonomy(name).themes);
  const clause = (): string => {
    const topic = pick(topics);
    const r = rand();
    if (r < 0.4) return `the ${topic} was ${pick(BAD)}`;
    if (r < 0.75) return `the ${topic} was ${pick(GOOD)}`;
    if (r < 0.85) return `the ${topic} was ${pick(NEG)} ${pick(GOOD)}`;
    return `${topic} ${pick(FILLER)}`;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(rand() * 3);
    let text = pick(OPENERS) + clause();
    for (let k = 1; k < n; k++) text += `${pick([' but ', ', ', ' and ', '. However ', '. '])}${clause()}`;
    out.push(text + pick(TAILS));
  }
  return out;
}

export async function runThemesBench(opts: { count?: number } = {}): Promise<ThemesBenchResult> {
  const count = opts.count ?? 100_000;
  const comments = syntheticComments(count);
  const tax = compileTaxonomy({
    name: 'all starter taxonomies',
    themes: STARTER_TAXONOMIES.flatMap((name) => prefixIds(starterTaxonomy(name).themes, `${name}.`)),
  });
  // warm-up (JIT and the stem cache), not timed
  for (let i = 0; i < Math.min(2000, count); i++) analyze(tax, comments[i]!);
  let t = performance.now();
  let themed = 0;
  for (const c of comments) if (analyze(tax, c).themes.length > 0) themed++;
  const assignSeconds = (performance.now() - t) / 1000;
  await Promise.resolve();
  t = performance.now();
  const found = discover(comments, { maxThemes: 20 });
  const discoverySeconds = (performance.now() - t) / 1000;
  if (themed === 0 || found.themes.length === 0) throw new Error('themes bench: nothing was matched or discovered (the generator is broken)');
  return { assignPerSecond: Math.round(count / assignSeconds), discoverySeconds: Math.round(discoverySeconds * 100) / 100, count };
}

function prefixIds(themes: ThemeJson[], prefix: string): ThemeJson[] {
  return themes.map((t) => ({ ...t, id: prefix + t.id, themes: t.themes ? prefixIds(t.themes, prefix) : undefined }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { count: { type: 'string' } } });
  const r = await runThemesBench({ count: values.count ? Number(values.count) : undefined });
  process.stdout.write(
    `themes bench, ${r.count} comments:\n` +
      `  assign + score: ${r.assignPerSecond.toLocaleString('en')} comments/s  (target ≥ 5,000/s: ${r.assignPerSecond >= 5000 ? 'MET' : 'NOT MET'})\n` +
      `  discovery:      ${r.discoverySeconds} s  (target < 60 s: ${r.discoverySeconds < 60 ? 'MET' : 'NOT MET'})\n`,
  );
}
