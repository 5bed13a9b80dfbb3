import type { CommentLanguage, ResponseGroup, SurveyKind } from '../../api/types';

export type Tone = 'good' | 'mid' | 'bad' | 'none';

export function groupTone(group: ResponseGroup | null): Tone {
  switch (group) {
    case 'promoter':
    case 'satisfied':
    case 'easy':
      return 'good';
    case 'passive':
    case 'neutral':
      return 'mid';
    case 'detractor':
    case 'dissatisfied':
    case 'difficult':
      return 'bad';
    default:
      return 'none';
  }
}

/** NPS groups: promoter 9–10, passive 7–8, detractor 0–6. */
export function npsTone(score: number): Tone {
  if (score >= 9) return 'good';
  if (score >= 7) return 'mid';
  return 'bad';
}

/** Tone of one score on a survey's scale: CSAT 1–5 (4–5 satisfied), CES 1–7 (5–7 easy), NPS 0–10. */
export function scoreTone(kind: SurveyKind, score: number): Tone {
  if (kind === 'csat') return score >= 4 ? 'good' : score === 3 ? 'mid' : 'bad';
  if (kind === 'ces') return score >= 5 ? 'good' : score === 4 ? 'mid' : 'bad';
  return npsTone(score);
}

export const TONE_COLORS: Record<Tone, string> = {
  good: '#15803d',
  mid: '#d97706',
  bad: '#dc2626',
  none: '#64748b',
};

export function groupLabel(group: ResponseGroup | null): string {
  if (!group) return '—';
  return group.charAt(0).toUpperCase() + group.slice(1);
}

const numberFormats = new Map<number, Intl.NumberFormat>();
export function formatNumber(value: number, decimals = 0): string {
  let fmt = numberFormats.get(decimals);
  if (!fmt) {
    fmt = new Intl.NumberFormat(undefined, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(decimals, fmt);
  }
  return fmt.format(value);
}

/** How a survey kind's score is written: NPS −100…100 points, CSAT percent, CES mean on 1–7. */
export function scoreDecimals(kind: SurveyKind): number {
  return kind === 'ces' ? 2 : 0;
}

export function formatScore(kind: SurveyKind, score: number | null | undefined): string {
  if (score === null || score === undefined) return '—';
  const text = formatNumber(score, scoreDecimals(kind));
  return kind === 'csat' ? `${text}%` : text;
}

/**
 * Below this many responses the dashboard shows no ± margin beside a headline score: the normal approximation
 * behind the 95% margin needs roughly 30 answers, and under that it can exceed the whole scale (2 answers: ± 138.6
 * NPS points). The same count ranks the scoreboard (MIN_RANKED_RESPONSES on the server).
 */
export const MIN_RESPONSES_FOR_MARGIN = 30;

export function formatMargin(kind: SurveyKind, margin: number | null | undefined): string {
  if (margin === null || margin === undefined) return '';
  return `± ${formatNumber(margin, kind === 'ces' ? 2 : 1)}`;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export const KIND_LABELS: Record<SurveyKind, string> = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };

export const CHANNEL_LABELS: Record<string, string> = {
  link: 'Link',
  email: 'Email',
  widget: 'Widget',
  feedback_page: 'Feedback page',
  api: 'API',
  import: 'Import',
  delighted_api: 'Delighted API',
};

export function channelLabel(channel: string): string {
  return CHANNEL_LABELS[channel] ?? channel;
}

/** The language a comment was read in (text analytics), named in the dashboard's language. */
export const LANGUAGE_LABELS: Record<CommentLanguage, string> = { en: 'English', es: 'Spanish', fr: 'French', de: 'German' };
