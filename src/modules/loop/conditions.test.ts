import { describe, expect, it } from 'vitest';
import { type ConditionSubject, containsWord, matches } from './conditions.ts';

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
});
