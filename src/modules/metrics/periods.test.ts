import { describe, expect, it } from 'vitest';
import { addDays, isDay, periodStart, periodStarts } from './periods.ts';

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
});
