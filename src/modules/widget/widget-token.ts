/**
 * Widget tokens and visitor identity.
 *
 * - A visitor's identity is `hash = HMAC-SHA256(workspace signing secret, user id)` in hex, computed by the
 *   customer's server; `checkVisitorHash` compares in constant time.
 * - A widget token is the signed reference the widget posts answers with: `<payload>.<signature>`, where the payload
 *   names the workspace, survey, send (identified visitors) or response (after the first answer) and an expiry, and
 *   the signature is an HMAC-SHA256 with the workspace's signing secret over "widget:" + payload, so a widget token
 *   can never pass for a survey-link token or the other way round.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface WidgetTokenPayload {
  /** workspace id */
  w: string;
  /** survey id */
  s: string;
  /** send id (identified visitors), or null */
  d: string | null;
  /** response id once the score is in, or null */
  r: string | null;
  /** expiry, Unix seconds */
  e: number;
}

/** How long a widget token may be used to answer after the widget was shown. */
export const WIDGET_TOKEN_HOURS = 24;
export const MAX_TOKEN_LENGTH = 1000;

export function visitorHash(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(userId, 'utf8').digest('hex');
}

export function checkVisitorHash(secret: string, userId: string, hash: string): boolean {
  const expected = Buffer.from(visitorHash(secret, userId), 'utf8');
  const given = Buffer.from(hash.trim().toLowerCase(), 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(`widget:${body}`).digest('base64url').slice(0, 32);
}

export function makeWidgetToken(secret: string, payload: WidgetTokenPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100;

/** Reads a token without trusting it (to find the workspace whose secret verifies it). */
export function peekWidgetToken(token: string): WidgetTokenPayload | null {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return null;
  const [body, sig, extra] = token.split('.');
  if (!body || !sig || extra !== undefined) return null;
  try {
    const p = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<WidgetTokenPayload> | null;
    if (!p || typeof p !== 'object') return null;
    if (!isId(p.w) || !isId(p.s) || typeof p.e !== 'number') return null;
    if (p.d !== null && !isId(p.d)) return null;
    if (p.r !== null && !isId(p.r)) return null;
    return { w: p.w, s: p.s, d: p.d, r: p.r, e: p.e };
  } catch {
    return null;
  }
}

export function verifyWidgetToken(secret: string, token: string, now = Date.now()): 'ok' | 'invalid' | 'expired' {
  const p = peekWidgetToken(token);
  if (!p) return 'invalid';
  const [body, sig] = token.split('.') as [string, string];
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  return p.e * 1000 < now ? 'expired' : 'ok';
}
