import { describe, expect, it } from 'vitest';
import { type ConditionSubject, containsWord, HISTORY_AGE_DAYS, isHistory, matches } from './conditions.ts';

const base: ConditionSubject = {
  kind: 'nps',
  surveyId: 's1',
  score: 3,
  comment: 'The engineer was rude and the refund never came',
  channel: 'email',
  teamId: 't1',
  locationId: 'l1',
  employeeId: 'e1',
  themes: [],
  personProperties: { plan: 'Pro', revenue: 12000 },
  accountProperties: { tier: 'gold' },
  history: false,
};

describe('alert conditions', () => {
  it('matches score groups per survey kind', () => {
    expect(matches({ scoreGroups: ['detractor'] }, base)).toBe(true);
    expect(matches({ scoreGroups: ['detractor'] }, { ...base, score: 7 })).toBe(false);
    expect(matches({ scoreGroups: ['dissatisfied'] }, { ...base, kind: 'csat', score: 2 })).toBe(true);
    expect(matches({ scoreGroups: ['detractor'] }, { ...base, score: null })).toBe(false);
  });

  it('needs every condition (AND) and any value of a list (OR)', () => {
    expect(matches({ scoreGroups: ['detractor'], teamIds: ['t2', 't1'], channels: ['email'] }, base)).toBe(true);
    expect(matches({ scoreGroups: ['detractor'], teamIds: ['t2'] }, base)).toBe(false);
  });

  it('finds whole words and phrases only', () => {
    expect(containsWord(base.comment!, 'rude')).toBe(true);
    expect(containsWord(base.comment!, 'RUDE')).toBe(true);
    expect(containsWord('The crude oil', 'rude')).toBe(false);
    expect(matches({ words: ['refund never'] }, base)).toBe(true);
    expect(matches({ words: ['cancel'] }, base)).toBe(false);
  });

  it('compares person and account properties', () => {
    expect(matches({ personProperty: { name: 'revenue', op: 'gt', value: 10000 } }, base)).toBe(true);
    expect(matches({ personProperty: { name: 'revenue', op: 'gt', value: 20000 } }, base)).toBe(false);
    expect(matches({ personProperty: { name: 'plan', op: 'eq', value: 'Pro' } }, base)).toBe(true);
    expect(matches({ accountProperty: { name: 'tier', op: 'eq', value: 'gold' } }, base)).toBe(true);
    expect(matches({ personProperty: { name: 'missing', op: 'gt', value: 1 } }, base)).toBe(false);
  });

  it('can target unscored public feedback', () => {
    expect(matches({ unscored: true }, { ...base, score: null, channel: 'feedback_page' })).toBe(true);
    expect(matches({ unscored: true }, base)).toBe(false);
  });

  it('leaves imported and back-dated responses (history) to rules that include them', () => {
    const day = 86_400_000;
    const at = '2025-06-15T12:00:00.000Z';
    const daysBefore = (n: number) => new Date(Date.parse(at) - n * day).toISOString();
    expect(HISTORY_AGE_DAYS).toBe(7);
    expect(isHistory('import', at, at)).toBe(true); // imported today: still history
    expect(isHistory('email', daysBefore(30), at)).toBe(true); // dated a month before it arrived
    expect(isHistory('email', daysBefore(7), at)).toBe(false); // exactly 7 days: not more than 7
    expect(isHistory('email', new Date(Date.parse(at) - 7 * day - 1000).toISOString(), at)).toBe(true);
    expect(isHistory('api', at, at)).toBe(false);
    expect(isHistory('api', new Date(Date.parse(at) + day).toISOString(), at)).toBe(false); // dated ahead
    const old = { ...base, history: true };
    expect(matches({ scoreGroups: ['detractor'] }, old)).toBe(false);
    expect(matches({}, old)).toBe(false);
    expect(matches({ scoreGroups: ['detractor'], includeImported: true }, old)).toBe(true);
    expect(matches({ includeImported: true, scoreGroups: ['promoter'] }, old)).toBe(false); // the other conditions still apply
    expect(matches({ channels: ['import'] }, { ...old, channel: 'import' })).toBe(true); // naming the channel includes it
    expect(matches({ scoreGroups: ['detractor'], includeImported: false }, old)).toBe(false);
  });
});
