import type { Locale, QuestionType, SurveyKind, SurveyStatus, Tone3 } from '../../api/types';
import type { PillTone } from '../common/StatusPill';

export const STATUS_TONE: Record<SurveyStatus, PillTone> = { draft: 'muted', active: 'ok', closed: 'plain' };

export const STATUS_HELP: Record<SurveyStatus, string> = {
  draft: 'Draft — not sent and not answerable yet.',
  active: 'Active — can be sent and answered.',
  closed: 'Closed — no new sends; links stop taking answers.',
};

export const KIND_HELP: Record<SurveyKind, string> = {
  nps: 'NPS — “How likely are you to recommend…”, 0–10; promoters 9–10, passives 7–8, detractors 0–6.',
  csat: 'CSAT — satisfaction 1–5; the score is the share of 4 and 5.',
  ces: 'CES — customer effort 1–7; the score is the mean.',
};

export const DEFAULT_QUESTION: Record<SurveyKind, string> = {
  nps: 'How likely are you to recommend us to a friend or colleague?',
  csat: 'How satisfied were you with our service?',
  ces: 'How easy was it to get what you needed?',
};

export const LOCALE_LABELS: Record<Locale, string> = { en: 'English', es: 'Español', fr: 'Français', de: 'Deutsch' };

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  text: 'Text',
  single_choice: 'Single choice',
  multiple_choice: 'Multiple choice',
  rating: 'Rating',
};

/** The tones in words for each survey kind (promoters for NPS, satisfied for CSAT…). */
export function toneLabel(kind: SurveyKind, tone: Tone3): string {
  const labels: Record<SurveyKind, Record<Tone3, string>> = {
    nps: { positive: 'Promoters (9–10)', neutral: 'Passives (7–8)', negative: 'Detractors (0–6)' },
    csat: { positive: 'Satisfied (4–5)', neutral: 'Neutral (3)', negative: 'Dissatisfied (1–2)' },
    ces: { positive: 'Easy (5–7)', neutral: 'Neutral (4)', negative: 'Difficult (1–3)' },
  };
  return labels[kind][tone];
}
