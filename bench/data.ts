/**
 * Synthetic but realistic feedback: deterministic (seeded PRNG) so two runs write the same data. Scores lean
 * positive as real NPS data does and differ by team; about a third of responses carry a comment.
 */
import type { ResponseInput } from '../src/modules/responses/response.service.ts';

export const TEAMS = [
  'Support EMEA',
  'Support Americas',
  'Support APAC',
  'Onboarding',
  'Billing',
  'Technical Escalations',
  'Customer Success',
  'Field Services',
  'Returns',
  'VIP Desk',
] as const;
export const CHANNELS = ['email', 'link', 'widget', 'api', 'import'] as const;
const PLANS = ['free', 'free', 'free', 'pro', 'pro', 'business', 'enterprise'] as const;
const REGIONS = ['eu', 'us', 'us', 'apac'] as const;
const COMMENTS = [
  'Quick and friendly, problem solved on the first call.',
  'Took three emails to get an answer.',
  'The agent really knew the product.',
  'Still waiting for the refund.',
  'Great onboarding, the checklist helped a lot.',
  'Pricing is confusing.',
  'Love the new dashboard!',
  'Support hours do not suit our time zone.',
  'Fine.',
  'Very patient with my questions, thank you Anna.',
  'The app crashed twice this week.',
  'Would recommend to colleagues.',
];

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 0–10 score: ~50% promoters, ~30% passives, ~20% detractors, shifted a little per team. */
function score(rand: () => number, teamIndex: number): number {
  const r = rand() + (teamIndex - 4.5) * 0.012;
  if (r < 0.04) return Math.floor(rand() * 3); // 0–2
  if (r < 0.2) return 3 + Math.floor(rand() * 4); // 3–6
  if (r < 0.5) return 7 + Math.floor(rand() * 2); // 7–8
  return r < 0.78 ? 9 : 10;
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** One response body as the public API takes it (no createdAt: "now"). */
export function liveResponse(rand: () => number, surveyId: string): ResponseInput {
  const teamIndex = Math.floor(rand() * TEAMS.length);
  const item: ResponseInput = {
    surveyId,
    score: score(rand, teamIndex),
    team: TEAMS[teamIndex]!,
    channel: pick(rand, CHANNELS),
    properties: { plan: pick(rand, PLANS), region: pick(rand, REGIONS) },
  };
  if (rand() < 0.35) item.comment = pick(rand, COMMENTS);
  return item;
}

/**
 * Historical responses for seeding, in time order (as an export from another tool would be): response i of n
 * falls at start + i/n of the span, with a few minutes of jitter, and never in the future.
 */
export class HistoryGenerator {
  private readonly rand: () => number;
  private readonly start: number;
  private readonly span: number;

  constructor(
    private readonly surveyId: string,
    private readonly total: number,
    spanDays: number,
    seed = 42,
  ) {
    this.rand = prng(seed);
    const end = Date.now() - 60 * 60_000;
    this.span = spanDays * 86_400_000;
    this.start = end - this.span;
  }

  batch(offset: number, size: number): ResponseInput[] {
    const out: ResponseInput[] = [];
    for (let i = offset; i < offset + size && i < this.total; i++) {
      const item = liveResponse(this.rand, this.surveyId);
      const t = this.start + (i / this.total) * this.span + Math.floor(this.rand() * 10 * 60_000);
      item.createdAt = new Date(Math.min(t, Date.now() - 60_000)).toISOString();
      out.push(item);
    }
    return out;
  }
}
