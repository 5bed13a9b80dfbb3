import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { standingOf } from '../../src/modules/themes/theme.service.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

describe('standingOf: a theme is a strength or a problem only when it differs from the rest at 95%', () => {
  it('calls a +2.6 difference on 217 responses neutral (noise, as "Price and value" was)', () => {
    // theme: 100 P, 60 D of 217 → NPS 18.43; rest: 450 P, 292 D of 1000 → 15.80; Δ = 2.63
    // Var₁ = .4608 + .2765 − .1843² = .7033, SE₁² = .003241; Var₂ = .45 + .292 − .158² = .7170, SE₂² = .000717
    // SE = √.003958 = .0629 → threshold 1.96 · 6.29 = 12.3 points > 2.63
    expect(standingOf({ n: 217, promoters: 100, detractors: 60 }, { n: 1000, promoters: 450, detractors: 292 })).toBe('neutral');
  });
  it('calls a clear difference a strength, and the reverse a problem', () => {
    // theme: 80 P, 5 D of 100 → 75; rest: 30 P, 40 D of 100 → −10; Δ = 85
    // SE₁² = (.85 − .75²)/100 = .002875; SE₂² = (.70 − .1²)/100 = .0069; SE = .0989 → threshold 19.4 < 85
    expect(standingOf({ n: 100, promoters: 80, detractors: 5 }, { n: 100, promoters: 30, detractors: 40 })).toBe('strength');
    expect(standingOf({ n: 100, promoters: 30, detractors: 40 }, { n: 100, promoters: 80, detractors: 5 })).toBe('problem');
  });
  it('decides at the threshold: just above is significant, just below is not', () => {
    // theme 50 P, 30 D of 100 → 20; rest 40 P, 40 D of 100 → 0; Δ = 20
    // SE₁² = (.8 − .04)/100 = .0076; SE₂² = .8/100 = .008; SE = .1249 → threshold 24.5 > 20: neutral
    expect(standingOf({ n: 100, promoters: 50, detractors: 30 }, { n: 100, promoters: 40, detractors: 40 })).toBe('neutral');
    // the same shares on 200 each: SE = .0883 → threshold 17.3 < 20: strength
    expect(standingOf({ n: 200, promoters: 100, detractors: 60 }, { n: 200, promoters: 80, detractors: 80 })).toBe('strength');
  });
  it('is neutral when no variance can be estimated', () => {
    expect(standingOf({ n: 3, promoters: 3, detractors: 0 }, { n: 3, promoters: 0, detractors: 3 })).toBe('neutral');
  });
});

const THEME_JOBS = ['themes.analyze', 'themes.reanalyze', 'alerts.evaluate'];

describe.each(DIALECTS)('%s: standing in the top problems', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let worker: Worker;
  const mine: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    worker = new Worker(t.ctx, { names: THEME_JOBS, workspaceIds: mine });
    mine.push(ws.workspaceId);
  });
  afterAll(() => t.close());

  it('shows strength, problem and neutral by the significance of the difference', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const themes = [
      { id: 'alpha', label: 'Alpha', match: { topics: ['alpha'] } },
      { id: 'beta', label: 'Beta', match: { topics: ['beta'] } },
      { id: 'gamma', label: 'Gamma', match: { topics: ['gamma'] } },
    ];
    expect((await call(t.app, ws.key, 'PUT', '/api/v1/themes/taxonomy', { taxonomy: { name: 't', themes } })).statusCode).toBe(200);
    const responses = [
      ...Array.from({ length: 20 }, () => ({ surveyId: survey, score: 10, comment: 'alpha was good' })),
      ...Array.from({ length: 20 }, () => ({ surveyId: survey, score: 0, comment: 'beta was bad' })),
      // gamma: NPS 0 against a rest of 0, relative NPS 0 — not a problem, by no margin
      { surveyId: survey, score: 10, comment: 'gamma' },
      { surveyId: survey, score: 0, comment: 'gamma' },
    ];
    expect((await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses })).statusCode).toBeLessThan(300);
    await worker.drain();
    const a = await call(t.app, ws.key, 'GET', `/api/v1/themes/analysis?surveyId=${survey}`);
    expect(a.statusCode, a.body).toBe(200);
    const standing = Object.fromEntries((a.json().themes as { id: string; standing: string }[]).map((x) => [x.id, x.standing]));
    expect(standing).toEqual({ alpha: 'strength', beta: 'problem', gamma: 'neutral' });
  });
});
