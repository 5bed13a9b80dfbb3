import { describe, it, expect } from 'vitest';
import { generateDemoData, DIP_START_DAYS, DIP_END_DAYS, type DemoResponse } from './generate.ts';

const NOW = new Date('2025-06-15T12:00:00Z');
const DAY_MS = 86_400_000;
const data = generateDemoData({ now: NOW });

/** NPS = %promoters (9–10) − %detractors (0–6), over answered NPS scores. */
function nps(responses: readonly DemoResponse[]): number {
  const scored = responses.filter((r) => r.survey === 'nps');
  const promoters = scored.filter((r) => r.score >= 9).length;
  const detractors = scored.filter((r) => r.score <= 6).length;
  return ((promoters - detractors) / scored.length) * 100;
}

/** CSAT = share of 4 and 5, in percent. */
function csat(responses: readonly DemoResponse[]): number {
  const scored = responses.filter((r) => r.survey === 'csat');
  return (scored.filter((r) => r.score >= 4).length / scored.length) * 100;
}

const daysAgo = (r: DemoResponse): number => (NOW.getTime() - Date.parse(r.createdAt)) / DAY_MS;

describe('generateDemoData', () => {
  it('is deterministic for the same seed and now', () => {
    const again = generateDemoData({ now: NOW });
    expect(again).toEqual(data);
    const other = generateDemoData({ now: NOW, seed: 7 });
    expect(other.responses).not.toEqual(data.responses);
  });

  it('produces counts in range', () => {
    expect(data.teams.length).toBeGreaterThanOrEqual(4);
    expect(data.teams.length).toBeLessThanOrEqual(5);
    expect(data.locations.length).toBeGreaterThanOrEqual(4);
    expect(data.locations.length).toBeLessThanOrEqual(6);
    expect(data.employees.length).toBeGreaterThanOrEqual(15);
    expect(data.employees.length).toBeLessThanOrEqual(25);
    expect(data.people.length).toBeGreaterThanOrEqual(1500);
    expect(data.people.length).toBeLessThanOrEqual(2500);
    const npsCount = data.responses.filter((r) => r.survey === 'nps').length;
    const csatCount = data.responses.filter((r) => r.survey === 'csat').length;
    expect(npsCount).toBeGreaterThanOrEqual(5500);
    expect(npsCount).toBeLessThanOrEqual(6500);
    expect(csatCount).toBeGreaterThanOrEqual(2200);
    expect(csatCount).toBeLessThanOrEqual(2800);
    const b2b = data.people.filter((p) => p.account !== null).length / data.people.length;
    expect(b2b).toBeGreaterThan(0.2);
    expect(b2b).toBeLessThan(0.4);
    const withComment = data.responses.filter((r) => r.comment !== null).length / data.responses.length;
    expect(withComment).toBeGreaterThan(0.5);
    expect(withComment).toBeLessThan(0.7);
  });

  it('honours explicit response counts', () => {
    const small = generateDemoData({ now: NOW, npsResponses: 300, csatResponses: 100, months: 6 });
    expect(small.responses.filter((r) => r.survey === 'nps')).toHaveLength(300);
    expect(small.responses.filter((r) => r.survey === 'csat')).toHaveLength(100);
  });

  it('has unique names, keys and e-mails', () => {
    const unique = (xs: string[]): boolean => new Set(xs).size === xs.length;
    expect(unique(data.teams.map((t) => t.name))).toBe(true);
    expect(unique(data.locations.map((l) => l.name))).toBe(true);
    expect(unique(data.employees.map((e) => e.name))).toBe(true);
    expect(unique(data.employees.map((e) => e.email))).toBe(true);
    expect(unique(data.accounts.map((a) => a.name))).toBe(true);
    expect(unique(data.people.map((p) => p.key))).toBe(true);
    expect(unique(data.people.map((p) => p.email))).toBe(true);
    expect(unique(data.people.map((p) => p.externalId))).toBe(true);
  });

  it('only refers to entries that exist', () => {
    const teams = new Set(data.teams.map((t) => t.name));
    const locations = new Set(data.locations.map((l) => l.name));
    const employees = new Map(data.employees.map((e) => [e.name, e]));
    const people = new Set(data.people.map((p) => p.key));
    const accounts = new Set(data.accounts.map((a) => a.name));
    for (const e of data.employees) {
      expect(teams.has(e.team)).toBe(true);
      expect(locations.has(e.location)).toBe(true);
    }
    for (const p of data.people) {
      if (p.account !== null) expect(accounts.has(p.account)).toBe(true);
    }
    data.people.forEach((p, i) => expect(p.key).toBe(String(i)));
    const bad = data.responses.filter((r) => {
      const emp = employees.get(r.employee);
      return (
        !teams.has(r.team) ||
        !locations.has(r.location) ||
        !people.has(r.personKey) ||
        emp === undefined ||
        emp.team !== r.team ||
        emp.location !== r.location ||
        !['email', 'link', 'widget', 'api'].includes(r.channel) ||
        typeof r.properties.plan !== 'string' ||
        typeof r.properties.region !== 'string'
      );
    });
    expect(bad).toEqual([]);
  });

  it('keeps scores in range for each survey kind', () => {
    const bad = data.responses.filter((r) => {
      if (!Number.isInteger(r.score)) return true;
      if (r.survey === 'nps') return r.score < 0 || r.score > 10;
      return r.survey !== 'csat' || r.score < 1 || r.score > 5;
    });
    expect(bad).toEqual([]);
    // every score value occurs
    for (let s = 0; s <= 10; s++) expect(data.responses.some((r) => r.survey === 'nps' && r.score === s)).toBe(true);
    for (let s = 1; s <= 5; s++) expect(data.responses.some((r) => r.survey === 'csat' && r.score === s)).toBe(true);
  });

  it('sorts responses by time, within the last `months` months of now', () => {
    const start = new Date(NOW.getTime());
    start.setUTCMonth(start.getUTCMonth() - 12);
    let prev = -Infinity;
    const bad: string[] = [];
    for (const r of data.responses) {
      const t = Date.parse(r.createdAt);
      if (r.createdAt !== new Date(t).toISOString() || t < prev || t < start.getTime() || t > NOW.getTime()) {
        bad.push(r.createdAt);
      }
      prev = t;
    }
    expect(bad).toEqual([]);
    const short = generateDemoData({ now: NOW, months: 3, npsResponses: 500, csatResponses: 200 });
    const shortStart = new Date(NOW.getTime());
    shortStart.setUTCMonth(shortStart.getUTCMonth() - 3);
    for (const r of short.responses) expect(Date.parse(r.createdAt)).toBeGreaterThanOrEqual(shortStart.getTime());
  });

  it('is weekday-heavy', () => {
    const byDay = [0, 0, 0, 0, 0, 0, 0];
    for (const r of data.responses) byDay[new Date(r.createdAt).getUTCDay()]! += 1;
    const weekdayAvg = (byDay[1]! + byDay[2]! + byDay[3]! + byDay[4]! + byDay[5]!) / 5;
    expect(byDay[0]!).toBeLessThan(weekdayAvg * 0.7);
    expect(byDay[6]!).toBeLessThan(weekdayAvg * 0.7);
  });

  it('has a believable overall NPS and CSAT', () => {
    const overall = nps(data.responses);
    expect(overall).toBeGreaterThan(10);
    expect(overall).toBeLessThan(45);
    const sat = csat(data.responses);
    expect(sat).toBeGreaterThan(70);
    expect(sat).toBeLessThan(90);
  });

  it('shows the dip and the recent improvement', () => {
    const dip = data.responses.filter((r) => daysAgo(r) <= DIP_START_DAYS && daysAgo(r) >= DIP_END_DAYS);
    const last3Months = data.responses.filter((r) => daysAgo(r) < 91);
    expect(nps(dip)).toBeLessThan(nps(last3Months) - 10);
    expect(nps(dip)).toBeLessThan(nps(data.responses));
  });

  it('differs by team and plan', () => {
    const byTeam = data.teams.map((t) => nps(data.responses.filter((r) => r.team === t.name)));
    expect(Math.max(...byTeam) - Math.min(...byTeam)).toBeGreaterThan(25);
    const pro = nps(data.responses.filter((r) => r.properties.plan === 'Pro'));
    const basic = nps(data.responses.filter((r) => r.properties.plan === 'Basic'));
    expect(pro).toBeGreaterThan(basic);
  });

  it('writes comments whose topics follow the score', () => {
    const problem = /wait|hold|bill|charg|outage|down|drop|slow|not fixed|never|still|rude|unhelpful|price|expensive|late|delay|no-show|refund|nobody|didn't|isn't|wasn't|terrible|awful|poor/i;
    const share = (rs: DemoResponse[]): number => rs.filter((r) => problem.test(r.comment ?? '')).length / rs.length;
    const commented = data.responses.filter((r) => r.survey === 'nps' && r.comment !== null);
    const detractors = commented.filter((r) => r.score <= 6);
    const promoters = commented.filter((r) => r.score >= 9);
    expect(share(detractors)).toBeGreaterThan(share(promoters) + 0.3);
  });

  it('writes many distinct comments, some of them not in English', () => {
    const comments = data.responses.map((r) => r.comment).filter((c): c is string => c !== null);
    expect(new Set(comments).size).toBeGreaterThan(2000);
    expect(comments.some((c) => /[ñáé]|muy|très|sehr/i.test(c))).toBe(true);
    const employeeFirstNames = data.employees.map((e) => e.name.split(' ')[0]!);
    expect(comments.filter((c) => employeeFirstNames.some((n) => c.includes(n))).length).toBeGreaterThan(100);
  });
});
