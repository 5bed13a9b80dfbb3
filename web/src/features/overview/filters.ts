import type { Survey, SurveyKind } from '../../api/types';
import { mainSurvey } from '../common/mainSurvey';
import { presetRange, isIsoDay, type DateRange, type RangePreset } from '../common/dates';

export interface OverviewFilters {
  preset: RangePreset;
  customFrom: string;
  customTo: string;
  /** The survey picked per kind; absent means the default (mainSurvey: the active one with the most responses). */
  surveyIds: Partial<Record<SurveyKind, string>>;
  teamId: string;
  locationId: string;
  channel: string;
}

export function initialFilters(): OverviewFilters {
  const range = presetRange('90d');
  return {
    preset: '90d',
    customFrom: range.from,
    customTo: range.to,
    surveyIds: {},
    teamId: '',
    locationId: '',
    channel: '',
  };
}

const PRESETS: readonly RangePreset[] = ['30d', '90d', '12m', 'custom'];
const KINDS: readonly SurveyKind[] = ['nps', 'csat', 'ces'];

/**
 * The filters a URL's search names (what `filterSearch` wrote), the defaults for the rest: an Overview link can be
 * shared, bookmarked and reloaded. Parameters: period, from, to (custom period), nps / csat / ces (survey ids),
 * team, location, channel.
 */
export function readFilters(params: URLSearchParams): OverviewFilters {
  const base = initialFilters();
  const preset = params.get('period') as RangePreset | null;
  const surveyIds: Partial<Record<SurveyKind, string>> = {};
  for (const kind of KINDS) {
    const id = params.get(kind);
    if (id) surveyIds[kind] = id;
  }
  return {
    preset: preset && PRESETS.includes(preset) ? preset : base.preset,
    customFrom: params.get('from') ?? base.customFrom,
    customTo: params.get('to') ?? base.customTo,
    surveyIds,
    teamId: params.get('team') ?? '',
    locationId: params.get('location') ?? '',
    channel: params.get('channel') ?? '',
  };
}

/** The URL search for these filters, defaults left out. */
export function filterSearch(filters: OverviewFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.preset !== '90d') params.set('period', filters.preset);
  if (filters.preset === 'custom') {
    if (filters.customFrom) params.set('from', filters.customFrom);
    if (filters.customTo) params.set('to', filters.customTo);
  }
  for (const kind of KINDS) {
    const id = filters.surveyIds[kind];
    if (id) params.set(kind, id);
  }
  if (filters.teamId) params.set('team', filters.teamId);
  if (filters.locationId) params.set('location', filters.locationId);
  if (filters.channel) params.set('channel', filters.channel);
  return params;
}

/** The date range the filters select, or an error text when a custom range is incomplete or reversed. */
export function resolveRange(filters: OverviewFilters): { range: DateRange | null; error: string | null } {
  if (filters.preset !== 'custom') return { range: presetRange(filters.preset), error: null };
  if (!isIsoDay(filters.customFrom) || !isIsoDay(filters.customTo)) {
    return { range: null, error: 'Choose both a start and an end date.' };
  }
  if (filters.customFrom > filters.customTo) {
    return { range: null, error: 'The start date must be on or before the end date.' };
  }
  return { range: { from: filters.customFrom, to: filters.customTo }, error: null };
}

/** The default survey of a kind: see mainSurvey (active first, then the most responses). */
export function defaultSurvey(surveys: Survey[], kind: SurveyKind): Survey | undefined {
  return mainSurvey(surveys, kind);
}

export function selectedSurvey(surveys: Survey[], filters: OverviewFilters, kind: SurveyKind): Survey | undefined {
  const chosen = filters.surveyIds[kind];
  return (chosen ? surveys.find((s) => s.id === chosen) : undefined) ?? defaultSurvey(surveys, kind);
}
