/**
 * The impact of each theme on NPS: the points the score would move if that theme's detractors were passives.
 * NPS = %promoters − %detractors (0–6 detractor, 7–8 passive, 9–10 promoter; see GLOSSARY.md).
 * impact(theme) = NPS(all) − NPS(with the theme's detractors counted as passives) = −100 · d_theme / n, so it is ≤ 0,
 * and the most negative impact is the top problem. Only scored comments count.
 */

export interface ScoredThemes {
  /** 0–10. */
  score: number;
  themes: readonly string[];
}

export interface ImpactRow {
  id: string;
  /** Scored comments with the theme. */
  count: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** NPS of the comments with the theme. */
  nps: number;
  /** NPS(all) − NPS(if this theme's detractors were passives), in points (≤ 0). */
  impact: number;
}

function group(score: number): 'promoter' | 'passive' | 'detractor' {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** Themes ranked by impact on NPS, most harmful first; with the overall NPS. */
export function npsImpact(rows: readonly ScoredThemes[]): { nps: number; n: number; themes: ImpactRow[] } {
  const byTheme = new Map<string, ImpactRow>();
  let p = 0;
  let d = 0;
  let n = 0;
  for (const r of rows) {
    if (!Number.isFinite(r.score)) continue;
    n++;
    const g = group(r.score);
    if (g === 'promoter') p++;
    else if (g === 'detractor') d++;
    for (const id of new Set(r.themes)) {
      let row = byTheme.get(id);
      if (!row) {
        row = { id, count: 0, promoters: 0, passives: 0, detractors: 0, nps: 0, impact: 0 };
        byTheme.set(id, row);
      }
      row.count++;
      if (g === 'promoter') row.promoters++;
      else if (g === 'passive') row.passives++;
      else row.detractors++;
    }
  }
  const nps = n > 0 ? ((p - d) / n) * 100 : 0;
  const themes = [...byTheme.values()].map((row) => ({
    ...row,
    nps: r1(((row.promoters - row.detractors) / row.count) * 100),
    impact: n > 0 ? r1(nps - ((p - (d - row.detractors)) / n) * 100) : 0,
  }));
  themes.sort((a, b) => a.impact - b.impact || b.count - a.count || (a.id < b.id ? -1 : 1));
  return { nps: r1(nps), n, themes };
}

function r1(x: number): number {
  return Math.round(x * 10) / 10 + 0;
}
