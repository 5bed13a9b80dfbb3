/**
 * Survey-fatigue rules, decided when a send is due. Returns why a send must be skipped, when it should wait
 * (quiet hours), or that it may go.
 */
import type { FatigueRules } from '../workspaces/settings.ts';

/** Why a send was skipped: the person's state, or a fatigue rule (the widget adds its own, see WIDGET_SKIP_REASONS). */
export const SKIP_REASONS = ['unsubscribed', 'bounced', 'no_email', 'recently_surveyed', 'sampled_out', 'daily_cap', 'survey_not_active'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export type FatigueDecision = { action: 'send' } | { action: 'skip'; reason: SkipReason } | { action: 'defer'; until: Date };

export interface FatigueInput {
  rules: FatigueRules;
  now: Date;
  /** When this person was last sent any survey in this workspace (any channel: email, link, widget), if ever. */
  lastSentAt: Date | null;
  /** Sends already made today (UTC) in this workspace: emails for an email send, all channels for the widget. */
  sentToday: number;
  /** The person's IANA time zone, or null (then UTC). */
  timeZone: string | null;
  /** A number in [0, 1) fixed per send, for sampling. */
  sample: number;
}

/** The hour (0–23) and minute at `now` in a time zone. */
export function localTime(now: Date, timeZone: string | null): { hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: timeZone ?? 'UTC', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(now);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return { hour, minute };
}

export function inQuietHours(hour: number, quiet: { start: number; end: number }): boolean {
  if (quiet.start === quiet.end) return false;
  return quiet.start < quiet.end ? hour >= quiet.start && hour < quiet.end : hour >= quiet.start || hour < quiet.end;
}

export function decide(input: FatigueInput): FatigueDecision {
  const { rules, now } = input;
  if (input.lastSentAt && now.getTime() - input.lastSentAt.getTime() < rules.minDaysBetweenSurveys * 86_400_000) {
    return { action: 'skip', reason: 'recently_surveyed' };
  }
  if (input.sample * 100 >= rules.samplingPercent) return { action: 'skip', reason: 'sampled_out' };
  if (rules.dailySendCap !== null && input.sentToday >= rules.dailySendCap) return { action: 'skip', reason: 'daily_cap' };
  if (rules.quietHours) {
    const { hour, minute } = localTime(now, input.timeZone);
    if (inQuietHours(hour, rules.quietHours)) {
      // Wait until the quiet hours end in the person's zone.
      const hoursLeft = (rules.quietHours.end - hour + 24) % 24;
      return { action: 'defer', until: new Date(now.getTime() + (hoursLeft * 60 - minute) * 60_000) };
    }
  }
  return { action: 'send' };
}
