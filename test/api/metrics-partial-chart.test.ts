/**
 * How the dashboard's trend charts draw the buckets the API marks partial (web/src/features/charts/partialPeriods.ts):
 * the tooltip's words, and the line split into a solid part for whole periods and a dashed part reaching each
 * partial bucket. The browser side: test/e2e/overview-partial.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { partialPeriodText, splitPartialLine } from '../../web/src/features/charts/partialPeriods.ts';

describe('partial periods in trend charts', () => {
  it('says how much of the period a bucket holds', () => {
    expect(partialPeriodText({ days: 3, periodDays: 7, partial: true, inProgress: true }, 'week')).toBe('Week in progress — 3 of 7 days');
    expect(partialPeriodText({ days: 5, periodDays: 7, partial: true, inProgress: false }, 'week')).toBe('Partial week — 5 of 7 days in the range');
    expect(partialPeriodText({ days: 17, periodDays: 31, partial: true, inProgress: false }, 'month')).toBe('Partial month — 17 of 31 days in the range');
    expect(partialPeriodText({ days: 1, periodDays: 1, partial: true, inProgress: true }, 'day')).toBe('Day in progress');
    expect(partialPeriodText({ days: 0, periodDays: 7, partial: true, inProgress: false }, 'week')).toBe('Week not begun yet');
    expect(partialPeriodText({ days: 7, periodDays: 7, partial: false, inProgress: false }, 'week')).toBeNull();
  });

  it('draws whole periods solid and dashes the way to each partial bucket, at both ends', () => {
    const { whole, partial } = splitPartialLine([10, 20, 30, 40, 50], [true, false, false, false, true]);
    expect(whole).toEqual(['-', 20, 30, 40, '-']);
    expect(partial).toEqual([
      { value: 10, symbol: 'emptyCircle', symbolSize: 8 },
      { value: 20, symbol: 'none' },
      { value: '-' },
      { value: 40, symbol: 'none' },
      { value: 50, symbol: 'emptyCircle', symbolSize: 8 },
    ]);
  });

  it('leaves a gap where a bucket has no score, and draws nothing dashed without partial buckets', () => {
    expect(splitPartialLine([10, '-', 5], [false, false, true]).partial).toEqual([{ value: '-' }, { value: '-', symbol: 'none' }, { value: 5, symbol: 'emptyCircle', symbolSize: 8 }]);
    expect(splitPartialLine([1, 2], [false, false]).partial.every((p) => p.value === '-')).toBe(true);
  });
});
