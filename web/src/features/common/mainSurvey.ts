import type { Survey, SurveyKind } from '../../api/types';

/**
 * The survey a screen shows until the user picks one: of the given kind (any kind when omitted), an active one
 * before a draft or closed one, and among those the one with the most responses — so a survey created a minute
 * ago does not take over the Overview from the one carrying the program. Ties keep the list's order (newest first).
 */
export function mainSurvey(surveys: readonly Survey[], kind?: SurveyKind): Survey | undefined {
  let best: Survey | undefined;
  const rank = (s: Survey) => [s.status === 'active' ? 1 : 0, s.responseCount] as const;
  for (const s of surveys) {
    if (kind && s.kind !== kind) continue;
    if (!best) {
      best = s;
      continue;
    }
    const [a, n] = rank(s);
    const [bestA, bestN] = rank(best);
    if (a > bestA || (a === bestA && n > bestN)) best = s;
  }
  return best;
}
