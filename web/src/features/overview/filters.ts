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
