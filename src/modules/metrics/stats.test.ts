import { describe, expect, it } from 'vitest';
import { cesSummary, compare, csatSummary, normalCdf, npsSummary } from './stats.ts';

function counts(scores: number[]): number[] {
  const c = new Array<number>(11).fill(0);
  for (const s of scores) c[s]!++;
  return c;
}

describe('NPS', () => {
  it('matches a hand-computed case', () => {
    // 10 responses: promoters 10,10,9,9,10 (5); passives 8,7 (2); detractors 6,3,0 (3).
    // NPS = 50 − 30 = 20. Var = .5 + .3 − .2² = .76; SE = √(.76/10) = .275681 → 27.5681 points; MoE = 54.0335.
    const s = npsSummary(counts([10, 10, 9, 8, 7, 6, 3, 0, 9, 10]));
    expect(s.total).toBe(10);
    expect(s.promoters).toBe(5);
    expect(s.passives).toBe(2);
    expect(s.detractors).toBe(3);
    expect(s.nps).toBeCloseTo(20, 10);
    expect(s.standardError).toBeCloseTo(27.5681, 3);
    expect(s.marginOfError).toBeCloseTo(54.0335, 3);
  });

  it('has no score and no margin without responses', () => {
    const s = npsSummary(counts([]));
    expect(s).toMatchObject({ total: 0, score: null, marginOfError: null });
  });

  it('has zero margin when everyone agrees', () => {
    const s = npsSummary(counts([10, 9, 10]));
    expect(s.nps).toBe(100);
    expect(s.marginOfError).toBe(0);
  });
});

describe('CSAT', () => {
  it('matches a hand-computed case', () => {
    // 5,4,4,3,2 → 3 satisfied of 5 → 60%; SE = √(.6·.4/5) = .219089 → 21.9089 points; MoE = 42.9414.
    const s = csatSummary(counts([5, 4, 4, 3, 2]));
    expect(s.csat).toBeCloseTo(60, 10);
    expect(s.satisfied).toBe(3);
    expect(s.marginOfError).toBeCloseTo(42.9414, 3);
  });
});

describe('CES', () => {
  it('matches a hand-computed case', () => {
    // 7,6,5,5,2 → mean 5; squared deviations 4,1,0,0,9 = 14; s = √(14/4) = 1.870829; SE = s/√5 = .836660; MoE = 1.639853.
    const s = cesSummary(counts([7, 6, 5, 5, 2]));
    expect(s.mean).toBeCloseTo(5, 10);
    expect(s.standardError).toBeCloseTo(0.83666, 4);
    expect(s.marginOfError).toBeCloseTo(1.639853, 4);
  });

  it('cannot estimate a margin from one response', () => {
    expect(cesSummary(counts([4])).marginOfError).toBeNull();
  });
});

describe('change between periods', () => {
  function nps(p: number, d: number, n: number) {
    const c = new Array<number>(11).fill(0);
    c[10] = p;
    c[0] = d;
    c[8] = n - p - d;
    return npsSummary(c);
  }

  it('is significant when |Δ| > 1.96·√(SE₁² + SE₂²)', () => {
    // Now: 50 P, 20 D of 100 → NPS 30, Var .61, SE² = 61. Before: 30 P, 30 D → NPS 0, Var .6, SE² = 60.
    // SE of the difference = √121 = 11; 1.96 · 11 = 21.56 < 30 → significant; z = 2.727, p ≈ 0.0064.
    const ch = compare(nps(50, 20, 100), nps(30, 30, 100))!;
    expect(ch.delta).toBeCloseTo(30, 10);
    expect(ch.standardError).toBeCloseTo(11, 10);
    expect(ch.significant).toBe(true);
    expect(ch.pValue).toBeCloseTo(0.00639, 4);
  });

  it('is not significant for a small change', () => {
    // Now NPS 30 (SE² 61), before 45 P 25 D → NPS 20, Var .66, SE² 66; SE = √127 = 11.27; 1.96·11.27 = 22.1 > 10.
    const ch = compare(nps(50, 20, 100), nps(45, 25, 100))!;
    expect(ch.delta).toBeCloseTo(10, 10);
    expect(ch.standardError).toBeCloseTo(Math.sqrt(127), 10);
    expect(ch.significant).toBe(false);
  });

  it('is unknown when a period is empty', () => {
    expect(compare(nps(5, 1, 10), npsSummary(new Array(11).fill(0)))).toBeNull();
  });
});

describe('normal CDF', () => {
  it('matches tabulated values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 4);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 5);
  });
});
