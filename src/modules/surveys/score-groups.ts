/**
 * Score scales and groups of each survey kind (see GLOSSARY.md):
 * - NPS 0–10: promoter 9–10, passive 7–8, detractor 0–6.
 * - CSAT 1–5: satisfied 4–5, neutral 3, dissatisfied 1–2.
 * - CES 1–7 ("the company made it easy"): easy 5–7, neutral 4, difficult 1–3.
 * Each group also has a tone (positive, neutral, negative) used to pick the follow-up question.
 */
export const SURVEY_KINDS = ['nps', 'csat', 'ces'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];
export const SCORE_GROUPS = ['promoter', 'passive', 'detractor', 'satisfied', 'neutral', 'dissatisfied', 'easy', 'difficult'] as const;
export type ScoreGroup = (typeof SCORE_GROUPS)[number];
export const TONES = ['positive', 'neutral', 'negative'] as const;
export type Tone = (typeof TONES)[number];

export const SCALE: Record<SurveyKind, { min: number; max: number }> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
};

export function scoreTone(kind: SurveyKind, score: number): Tone {
  switch (kind) {
    case 'nps':
      return score >= 9 ? 'positive' : score >= 7 ? 'neutral' : 'negative';
    case 'csat':
      return score >= 4 ? 'positive' : score === 3 ? 'neutral' : 'negative';
    case 'ces':
      return score >= 5 ? 'positive' : score === 4 ? 'neutral' : 'negative';
  }
}

const GROUP_NAMES: Record<SurveyKind, Record<Tone, ScoreGroup>> = {
  nps: { positive: 'promoter', neutral: 'passive', negative: 'detractor' },
  csat: { positive: 'satisfied', neutral: 'neutral', negative: 'dissatisfied' },
  ces: { positive: 'easy', neutral: 'neutral', negative: 'difficult' },
};

export function scoreGroup(kind: SurveyKind, score: number | null): ScoreGroup | null {
  return score === null ? null : GROUP_NAMES[kind][scoreTone(kind, score)];
}

/** The scores (inclusive range) that make up a group, for filtering responses by group. */
export function groupRange(kind: SurveyKind, group: ScoreGroup): { min: number; max: number } | null {
  for (const tone of TONES) {
    if (GROUP_NAMES[kind][tone] !== group) continue;
    const { min, max } = SCALE[kind];
    const scores = [];
    for (let s = min; s <= max; s++) if (scoreTone(kind, s) === tone) scores.push(s);
    return { min: Math.min(...scores), max: Math.max(...scores) };
  }
  return null;
}

export function isValidScore(kind: SurveyKind, score: number): boolean {
  return Number.isInteger(score) && score >= SCALE[kind].min && score <= SCALE[kind].max;
}
