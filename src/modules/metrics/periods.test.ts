import { describe, expect, it } from 'vitest';
import { addDays, isDay, periodCoverage, periodEnd, periodStart, periodStarts } from './periods.ts';

describe('periods', () => {
  it('starts weeks on Monday and months on the 1st', () => {
    expect(periodStart('2026-11-22', 'week')).toBe('2026-11-16'); // a Sunday belongs to the week from Monday the 16th
    expect(periodStart('2026-11-23', 'week')).toBe('2026-11-23');
    expect(periodStart('2026-02-28', 'month')).toBe('2026-02-01');
  });

  it('lists every period in a range, across year ends', () => {
    expect(periodStarts('2025-12-15', '2026-02-03', 'month')).toEqual(['2025-12-01', '2026-01-01', '2026-02-01']);
    expect(periodStarts('2026-11-20', '2026-11-23', 'day')).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']);
    expect(periodStarts('2026-11-18', '2026-11-30', 'week')).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
  });

  it('validates dates', () => {
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-2-3')).toBe(false);
    expect(isDay('2024-02-29')).toBe(true);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('ends weeks on Sunday and months on their last day, leap years included', () => {
    expect(periodEnd('2026-11-16', 'week')).toBe('2026-11-22');
    expect(periodEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(periodEnd('2025-02-01', 'month')).toBe('2025-02-28');
    expect(periodEnd('2025-12-01', 'month')).toBe('2025-12-31');
    expect(periodEnd('2026-03-05', 'day')).toBe('2026-03-05');
  });

  it('tells how much of a period a range covers (worked by hand)', () => {
    const past = '2027-01-01'; // a "today" after every range below
    // range from Wednesday 2026-11-18: its week (Mon 16 – Sun 22) holds 5 of 7 days
    expect(periodCoverage('2026-11-16', 'week', '2026-11-18', '2026-11-30', past)).toEqual({ from: '2026-11-18', to: '2026-11-22', days: 5, periodDays: 7, partial: true, inProgress: false });
    // a whole week inside the range
    expect(periodCoverage('2026-11-23', 'week', '2026-11-18', '2026-11-30', past)).toEqual({ from: '2026-11-23', to: '2026-11-29', days: 7, periodDays: 7, partial: false, inProgress: false });
    // the range ends on Monday 2026-11-30: 1 of 7 days
    expect(periodCoverage('2026-11-30', 'week', '2026-11-18', '2026-11-30', past)).toMatchObject({ from: '2026-11-30', to: '2026-11-30', days: 1, partial: true });
    // months: from 15 January (17 of 31 days), all of February 2024 (29 days), March to the 10th
    expect(periodCoverage('2024-01-01', 'month', '2024-01-15', '2024-03-10', past)).toMatchObject({ from: '2024-01-15', to: '2024-01-31', days: 17, periodDays: 31, partial: true });
    expect(periodCoverage('2024-02-01', 'month', '2024-01-15', '2024-03-10', past)).toMatchObject({ days: 29, periodDays: 29, partial: false });
    expect(periodCoverage('2024-03-01', 'month', '2024-01-15', '2024-03-10', past)).toMatchObject({ to: '2024-03-10', days: 10, periodDays: 31, partial: true });
  });

  it('counts the current period up to today, even when the range reaches past it', () => {
    // today Wednesday 2026-11-18, the week began Monday the 16th: 3 of 7 days, in progress
    expect(periodCoverage('2026-11-16', 'week', '2026-09-01', '2026-11-18', '2026-11-18')).toEqual({ from: '2026-11-16', to: '2026-11-18', days: 3, periodDays: 7, partial: true, inProgress: true });
    // a range reaching next year covers the whole week, but only 3 days have begun
    expect(periodCoverage('2026-11-16', 'week', '2026-09-01', '2026-12-31', '2026-11-18')).toMatchObject({ to: '2026-11-22', days: 3, partial: true, inProgress: true });
    // Sunday is today: all 7 days have begun, yet the week is not over
    expect(periodCoverage('2026-11-16', 'week', '2026-09-01', '2026-11-22', '2026-11-22')).toMatchObject({ days: 7, partial: true, inProgress: true });
    // the range ended yesterday, inside the current week: partial, but not in progress
    expect(periodCoverage('2026-11-16', 'week', '2026-09-01', '2026-11-17', '2026-11-18')).toMatchObject({ days: 2, partial: true, inProgress: false });
    // a period wholly in the future holds nothing yet
    expect(periodCoverage('2026-12-07', 'week', '2026-09-01', '2026-12-31', '2026-11-18')).toMatchObject({ days: 0, partial: true, inProgress: false });
    // today's own day bucket is in progress
    expect(periodCoverage('2026-11-18', 'day', '2026-11-01', '2026-11-18', '2026-11-18')).toMatchObject({ days: 1, periodDays: 1, partial: true, inProgress: true });
    expect(periodCoverage('2026-11-17', 'day', '2026-11-01', '2026-11-18', '2026-11-18')).toMatchObject({ partial: false, inProgress: false });
  });
});
