/**
 * Signed tokens for personal survey links and unsubscribe links: `<payload>.<signature>`, where the payload names
 * the send and an expiry and the signature is an HMAC-SHA256 with the workspace's signing secret. Ids inside are
 * random UUIDs, and without the secret no valid token can be made or altered.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type TokenPurpose = 's' | 'u'; // survey link, unsubscribe

export interface TokenPayload {
  /** purpose */
  p: TokenPurpose;
  /** send id */
  id: string;
  /** expiry, Unix seconds */
  e: number;
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url').slice(0, 32);
}

export function makeToken(secret: string, payload: TokenPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

/** Reads a token without trusting it: the caller looks up the workspace secret and then calls `verifyToken`. */
export function peekToken(token: string): TokenPayload | null {
  if (token.length > 400) return null;
  const [body] = token.split('.');
  if (!body) return null;
  try {
    const p = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<TokenPayload>;
    if ((p.p === 's' || p.p === 'u') && typeof p.id === 'string' && typeof p.e === 'number') return { p: p.p, id: p.id, e: p.e };
  } catch {
    /* not a token */
  }
  return null;
}

export type TokenCheck = 'ok' | 'invalid' | 'expired';

export function verifyToken(secret: string, token: string, now = Date.now()): TokenCheck {
  const [body, sig] = token.split('.');
  if (!body || !sig) return 'invalid';
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const p = peekToken(token);
  if (!p) return 'invalid';
  return p.e * 1000 < now ? 'expired' : 'ok';
}
