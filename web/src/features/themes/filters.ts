// Filters of the top problems and theme pages, kept in the URL so a theme page opens with the same filters.
import type { ThemeQuery } from '../../api/themes';
import { isIsoDay, presetRange, type RangePreset } from '../common/dates';

export interface ProblemFilters {
  period: RangePreset;
  from: string;
  to: string;
  surveyId: string;
  teamId: string;
}

const PERIODS: readonly RangePreset[] = ['30d', '90d', '12m', 'custom'];

export function readFilters(params: URLSearchParams): ProblemFilters {
  const period = params.get('period') as RangePreset | null;
  return {
    period: period && PERIODS.includes(period) ? period : '90d',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    surveyId: params.get('surveyId') ?? '',
    teamId: params.get('teamId') ?? '',
  };
}

/** The search string for these filters (defaults left out). */
export function filterSearch(filters: ProblemFilters): string {
  const params = new URLSearchParams();
  if (filters.period !== '90d') params.set('period', filters.period);
  if (filters.period === 'custom') {
    if (filters.from) params.set('from', filters.from);
    if (filters.to) params.set('to', filters.to);
  }
  if (filters.surveyId) params.set('surveyId', filters.surveyId);
  if (filters.teamId) params.set('teamId', filters.teamId);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API query for the filters, or an error text when a custom range is incomplete or reversed. */
export function toThemeQuery(filters: ProblemFilters): { query: ThemeQuery | null; error: string | null } {
  let range;
  if (filters.period === 'custom') {
    if (!isIsoDay(filters.from) || !isIsoDay(filters.to)) return { query: null, error: 'Choose both a start and an end date.' };
    if (filters.from > filters.to) return { query: null, error: 'The start date must be on or before the end date.' };
    range = { from: filters.from, to: filters.to };
  } else {
    range = presetRange(filters.period);
  }
  return {
    query: { ...range, ...(filters.surveyId ? { surveyId: filters.surveyId } : {}), ...(filters.teamId ? { teamId: filters.teamId } : {}) },
    error: null,
  };
}
