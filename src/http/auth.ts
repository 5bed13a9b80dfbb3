/**
 * Who is calling: an API key (`Authorization: Bearer cl_…`) or a browser session cookie. Cookie requests that
 * change something must echo the session's CSRF token in `X-CSRF-Token`; bearer requests carry no ambient
 * credentials and need none.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.ts';
import type { Auth } from '../modules/auth/policy.ts';
import { SESSION_COOKIE, type SessionInfo, sessionAuth } from '../modules/auth/session.service.ts';
import { AppError } from '../shared/errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth;
    session: SessionInfo | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function loadSession(ctx: AppContext, request: FastifyRequest): Promise<SessionInfo | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  return ctx.sessions.get(token);
}

export function checkCsrf(request: FastifyRequest, session: SessionInfo): void {
  if (SAFE_METHODS.has(request.method)) return;
  const header = request.headers['x-csrf-token'];
  if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) {
    throw new AppError('forbidden', 'missing or wrong X-CSRF-Token header (required with cookie sessions)');
  }
}

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * preHandler for /api/v1: sets request.auth or answers 401/403. Callback style so that a cached API key (the
 * ingest path: thousands of requests a second with the same key) costs no promise and no extra microtask.
 */
export function requireAuth(ctx: AppContext) {
  const slow = async (request: FastifyRequest): Promise<void> => {
    const header = request.headers.authorization;
    if (header) {
      const m = BEARER.exec(header);
      const auth = m ? await ctx.apiKeys.authenticate(m[1]!) : null;
      if (!auth) throw new AppError('unauthorized', 'invalid or revoked API key (send Authorization: Bearer <key>)');
      request.auth = auth;
      return;
    }
    const session = await loadSession(ctx, request);
    if (!session) throw new AppError('unauthorized', 'log in or send an API key as Authorization: Bearer <key>');
    const auth = sessionAuth(session);
    if (!auth) throw new AppError('forbidden', 'you are not a member of a workspace; ask an owner to add you');
    checkCsrf(request, session);
    request.session = session;
    request.auth = auth;
  };
  return (request: FastifyRequest, _reply: FastifyReply, done: (err?: Error) => void): void => {
    const header = request.headers.authorization;
    if (header) {
      const m = BEARER.exec(header);
      const hit = m ? ctx.apiKeys.cachedAuth(m[1]!) : undefined;
      if (hit) {
        request.auth = hit;
        done();
        return;
      }
    }
    slow(request).then(() => done(), done);
  };
}
