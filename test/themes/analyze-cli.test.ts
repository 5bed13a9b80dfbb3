import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { type AnalyzeFileResult, analyzeFile, registerAnalyzeCommand } from '../../src/cli/commands/analyze.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'clearloop-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const quiet = () => {};

function csv(name: string, rows: string[][]): string {
  const file = path.join(dir, name);
  writeFileSync(file, rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n'));
  return file;
}

const small = csv('small.csv', [
  ['ref', 'Comment', 'Score'],
  ['a1', 'The engineer never turned up, twice.', '1'],
  ['a2', 'Broadband speed is great and the price is fair', '10'],
  ['a3', 'Lovely staff but the router keeps dropping the connection', '6'],
  ['a4', 'Bill was wrong again, overcharged for the third month', '2'],
  ['a5', 'ok', '8'],
]);

describe('clearloop analyze', () => {
  it('writes themes and sentiment per row with a starter taxonomy', async () => {
    const out = path.join(dir, 'out1.json');
    await analyzeFile({ file: small, text: 'Comment', id: 'ref', score: 'Score', taxonomy: 'telecom', out, log: quiet });
    const written = JSON.parse(readFileSync(out, 'utf8')) as AnalyzeFileResult;
    expect(written.rows.map((r) => r.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    for (const r of written.rows) expect(Object.keys(r)).toEqual(expect.arrayContaining(['id', 'themes', 'sentiment', 'sentimentScore']));
    for (const t of written.themes) expect(Object.keys(t)).toEqual(expect.arrayContaining(['id', 'label', 'keywords', 'count']));
    const row = (id: string) => written.rows.find((r) => r.id === id)!;
    expect(row('a1').themes).toContain('installation');
    expect(row('a1').sentiment).toBe('negative');
    expect(row('a2').themes).toEqual(expect.arrayContaining(['speed', 'price']));
    expect(row('a2').sentiment).toBe('positive');
    expect(row('a3').themes).toEqual(expect.arrayContaining(['customer_service', 'equipment']));
    expect(row('a4').themes).toContain('billing');
    expect(written.themes.find((t) => t.id === 'billing')?.count).toBe(1);
    // too few scores to learn from: the built-in model, and the reason
    expect(String(written.sentimentModel)).toMatch(/built-in.*300/);
    expect(written.nps).toBe(-40);
  });

  it('uses discovery without a taxonomy, and learns sentiment from the scores when there are enough', async () => {
    const rows: string[][] = [['id', 'text', 'nps']];
    const bad = ['the loyalty points vanished again', 'the delivery van was late, awful', 'loyalty points were not added, awful', 'rude man at the till, terrible'];
    const good = ['great shop, friendly people', 'love the new store layout', 'quick checkout, lovely staff', 'really good prices'];
    const meh = ['it was fine i suppose', 'average visit, nothing special', 'ok prices, ok store', 'fine, nothing more'];
    for (let i = 0; i < 360; i++) {
      const k = i % 3;
      rows.push([`r${i}`, k === 0 ? bad[i % 4]! : k === 1 ? good[i % 4]! : meh[i % 4]!, k === 0 ? String(i % 5) : k === 1 ? '10' : '7']);
    }
    const file = csv('big.csv', rows);
    const out = path.join(dir, 'out2.json');
    const result = await analyzeFile({ file, text: 'text', score: 'nps', out, log: quiet });
    expect(String(result.sentimentModel)).toMatch(/learnt from 360/);
    const loyalty = result.themes.find((t) => t.id.startsWith('discovered:') && t.keywords.some((k) => /loyalty|points/.test(k)));
    expect(loyalty).toBeDefined();
    expect(loyalty!.count).toBeGreaterThanOrEqual(50);
    expect(result.rows[0]!.themes).toContain(loyalty!.id);
    expect(result.rows[0]!.sentiment).toBe('negative');
    expect(result.rows[1]!.sentiment).toBe('positive');
  });

  it('gives each row the language its comment was read in', async () => {
    const mixed = csv('mixed.csv', [
      ['Comment'],
      ['The engineer never turned up, twice.'],
      ['Le technicien est venu à l’heure, très professionnel'],
      ['El servicio fue pésimo y nadie me ayudó'],
      ['Der Techniker war pünktlich und sehr freundlich'],
    ]);
    const out = path.join(dir, 'mixed.json');
    const result = await analyzeFile({ file: mixed, text: 'Comment', taxonomy: 'telecom', out, log: quiet });
    expect(result.rows.map((r) => r.language)).toEqual(['en', 'fr', 'es', 'de']);
    expect((JSON.parse(readFileSync(out, 'utf8')) as AnalyzeFileResult).rows.map((r) => r.language)).toEqual(['en', 'fr', 'es', 'de']);
  });

  it('names the available columns when a column is missing', async () => {
    await expect(analyzeFile({ file: small, text: 'comment_text', out: path.join(dir, 'x.json'), log: quiet })).rejects.toThrow(
      /--text comment_text: no such column\. The file's columns are: "ref", "Comment", "Score"/,
    );
    await expect(analyzeFile({ file: small, text: 'Comment', taxonomy: path.join(dir, 'nope.json'), out: path.join(dir, 'x.json'), log: quiet })).rejects.toThrow(/not a starter taxonomy/);
    await expect(analyzeFile({ file: path.join(dir, 'missing.csv'), text: 'Comment', out: path.join(dir, 'x.json'), log: quiet })).rejects.toThrow(/no such file/);
  });

  it('says before analysing when --out cannot be written', async () => {
    const lines: string[] = [];
    await expect(analyzeFile({ file: small, text: 'Comment', out: path.join(dir, 'no-such-folder', 'x.json'), log: (l) => lines.push(l) })).rejects.toThrow(
      /--out .*x\.json: cannot write it \(the folder .*no-such-folder does not exist\)/,
    );
    expect(lines).toEqual([]); // nothing was read or analysed first
    await expect(analyzeFile({ file: small, text: 'Comment', out: dir, log: quiet })).rejects.toThrow(/--out .*: cannot write it \(it is not a file\)/);
  });

  it('runs as a command with a taxonomy file and --discover', async () => {
    const tax = path.join(dir, 'tax.json');
    writeFileSync(tax, JSON.stringify({ name: 'mini', themes: [{ id: 'engineer', label: 'Engineer', match: { topics: ['engineer'] } }] }));
    const out = path.join(dir, 'out3.json');
    const program = new Command('clearloop').exitOverride();
    registerAnalyzeCommand(program);
    const stdout: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    const errWrite = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((s: string) => (stdout.push(s), true)) as typeof process.stdout.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      await program.parseAsync(['analyze', small, '--text', 'Comment', '--taxonomy', tax, '--discover', '--out', out], { from: 'user' });
    } finally {
      process.stdout.write = write;
      process.stderr.write = errWrite;
    }
    expect(stdout.join('')).toMatch(/Analysed 5 comments/);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { themes: { id: string; count: number }[] };
    expect(written.themes[0]).toMatchObject({ id: 'engineer', count: 1 });
  });
});
