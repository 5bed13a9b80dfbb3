/**
 * Alert-rule conditions, evaluated against a response with its person and account. All given conditions must
 * hold (AND); list conditions match any of their values (OR). Pure: no I/O.
 *
 * History is left alone by default: imported responses (channel `import`) and back-dated ones (dated more than
 * HISTORY_AGE_DAYS before they reached Clearloop) do not trigger rules — a CSV of last quarter's answers must not
 * open urgent cases "first contact due in 24 h", nor email anyone. A rule acts on them only with
 * `includeImported: true` (or when its `channels` names `import`). Feedback emails skip the same responses
 * (src/modules/frontline/feedback-email.service.ts).
 */
import { type ScoreGroup, scoreGroup, type SurveyKind } from '../surveys/score-groups.ts';

/** A response dated more than this many days before it was written is history (back-filled), not news. */
export const HISTORY_AGE_DAYS = 7;

/**
 * Whether a response is history for the rules: imported, or dated (`createdAt`) more than HISTORY_AGE_DAYS before
 * the write that runs the rules (`writtenAt`, the response's updated_at: its arrival, for a new response).
 */
export function isHistory(channel: string, createdAt: string, writtenAt: string): boolean {
  if (channel === 'import') return true;
  const age = Date.parse(writtenAt) - Date.parse(createdAt);
  return Number.isFinite(age) && age > HISTORY_AGE_DAYS * 86_400_000;
}

export const COMPARISONS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export interface PropertyCondition {
  name: string;
  op: Comparison;
  value: string | number | boolean;
}

export interface Conditions {
  /** e.g. ['detractor'] or ['dissatisfied']. */
  scoreGroups?: ScoreGroup[] | undefined;
  scoreMin?: number | undefined;
  scoreMax?: number | undefined;
  /** Only unscored feedback (the public feedback page), or only scored responses. */
  unscored?: boolean | undefined;
  surveyIds?: string[] | undefined;
  channels?: string[] | undefined;
  teamIds?: string[] | undefined;
  locationIds?: string[] | undefined;
  employeeIds?: string[] | undefined;
  /** Any of these words or phrases in the comment (case-insensitive, whole words). */
  words?: string[] | undefined;
  /** Themes found in the comment (filled in once text analytics has run). */
  themes?: string[] | undefined;
  personProperty?: PropertyCondition | undefined;
  accountProperty?: PropertyCondition | undefined;
  /** Also imported and back-dated responses (see isHistory); off by default. */
  includeImported?: boolean | undefined;
}

export interface ConditionSubject {
  kind: SurveyKind;
  surveyId: string;
  score: number | null;
  comment: string | null;
  channel: string;
  teamId: string | null;
  locationId: string | null;
  employeeId: string | null;
  themes: string[];
  personProperties: Record<string, unknown>;
  accountProperties: Record<string, unknown>;
  /** Imported or back-dated (isHistory): matched only by rules that include such responses. */
  history: boolean;
}

function compare(actual: unknown, cond: PropertyCondition): boolean {
  if (actual === undefined || actual === null) return cond.op === 'neq';
  switch (cond.op) {
    case 'eq':
      return String(actual) === String(cond.value);
    case 'neq':
      return String(actual) !== String(cond.value);
    case 'contains':
      return String(actual).toLowerCase().includes(String(cond.value).toLowerCase());
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const a = Number(actual);
      const b = Number(cond.value);
      if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
      return cond.op === 'gt' ? a > b : cond.op === 'gte' ? a >= b : cond.op === 'lt' ? a < b : a <= b;
    }
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function containsWord(text: string, word: string): boolean {
  const w = word.trim();
  if (w === '') return false;
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(w)}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

export function matches(c: Conditions, s: ConditionSubject): boolean {
  if (s.history && c.includeImported !== true && !c.channels?.includes('import')) return false;
  if (c.unscored === true && s.score !== null) return false;
  if (c.unscored === false && s.score === null) return false;
  if (c.scoreGroups?.length) {
    const g = scoreGroup(s.kind, s.score);
    if (!g || !c.scoreGroups.includes(g)) return false;
  }
  if (c.scoreMin !== undefined && (s.score === null || s.score < c.scoreMin)) return false;
  if (c.scoreMax !== undefined && (s.score === null || s.score > c.scoreMax)) return false;
  if (c.surveyIds?.length && !c.surveyIds.includes(s.surveyId)) return false;
  if (c.channels?.length && !c.channels.includes(s.channel)) return false;
  if (c.teamIds?.length && (!s.teamId || !c.teamIds.includes(s.teamId))) return false;
  if (c.locationIds?.length && (!s.locationId || !c.locationIds.includes(s.locationId))) return false;
  if (c.employeeIds?.length && (!s.employeeId || !c.employeeIds.includes(s.employeeId))) return false;
  if (c.words?.length && !c.words.some((w) => containsWord(s.comment ?? '', w))) return false;
  if (c.themes?.length && !c.themes.some((t) => s.themes.includes(t))) return false;
  if (c.personProperty && !compare(s.personProperties[c.personProperty.name], c.personProperty)) return false;
  if (c.accountProperty && !compare(s.accountProperties[c.accountProperty.name], c.accountProperty)) return false;
  return true;
}
