/** Browser session endpoints: first-run setup, login, logout, workspace switch, password change, password reset by email. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { checkCsrf, loadSession } from '../../http/auth.ts';
import { ROLES } from '../../db/tables.ts';
import { ErrorSchema, Nullable, StringEnum } from '../../http/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { verifyPassword } from './password.ts';
import { SESSION_COOKIE, SESSION_DAYS, type SessionInfo } from './session.service.ts';

const Email = Type.String({ minLength: 3, maxLength: 254, description: 'The user’s login email (not case-sensitive)' });
const Password = Type.String({ minLength: 1, maxLength: 200, description: 'The user’s password' });
/** The same limits as Password (the 8-character minimum is checked by the service, which names the field). */
const NewPassword = Type.String({ minLength: 1, maxLength: 200, description: 'At least 8 characters' });
/** A password-reset link's token (43 characters as sent; anything else is simply not a valid link). */
const ResetToken = Type.String({ minLength: 1, maxLength: 200, description: 'The `token` parameter of the link in the email' });

const SessionSchema = Type.Object(
  {
    user: Type.Object({ id: Type.String(), email: Type.String(), name: Type.String() }),
    workspace: Type.Union([Type.Object({ id: Type.String(), name: Type.String(), slug: Type.String() }), Type.Null()]),
    role: Nullable(StringEnum(ROLES, { description: 'Your role in the current workspace (null without one)' })),
    workspaces: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), slug: Type.String(), role: StringEnum(ROLES) })),
    csrfToken: Type.String({ description: 'Send it as `X-CSRF-Token` with every cookie-authenticated request that changes something (POST, PUT, PATCH, DELETE)' }),
  },
  { description: 'The logged-in user, the current workspace and role, every workspace the user belongs to, and the CSRF token' },
);

/**
 * Login-type endpoints allow 10 attempts per 5 minutes per client address and email, so that guessing one
 * account's password is slow while colleagues behind one office address can still log in.
 */
const LOGIN_LIMIT = {
  max: 10,
  timeWindow: '5 minutes',
  keyGenerator: (req: FastifyRequest) => {
    const body = req.body as { email?: unknown } | undefined;
    return `${req.ip}|${typeof body?.email === 'string' ? body.email.trim().toLowerCase() : ''}`;
  },
};

export function registerSessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['Session'];
  // The document-wide security is an API key; these routes take none (setup, login, reset) or the session cookie instead.
  const COOKIE = [{ cookie: [] }];

  async function sessionBody(userId: string, workspaceId: string | null, csrfToken: string) {
    const user = await ctx.workspaces.getUser(userId);
    if (!user) throw new AppError('unauthorized', 'user no longer exists');
    const workspaces = await ctx.workspaces.listForUser(userId);
    const current = workspaces.find((w) => w.id === workspaceId) ?? null;
    return {
      user: { id: user.id, email: user.email, name: user.name },
      workspace: current ? { id: current.id, name: current.name, slug: current.slug } : null,
      role: current?.role ?? null,
      workspaces: workspaces.map((w) => ({ id: w.id, name: w.name, slug: w.slug, role: w.role })),
      csrfToken,
    };
  }

  async function startSession(reply: FastifyReply, userId: string, workspaceId: string | null) {
    const { token, csrfToken } = await ctx.sessions.create(userId, workspaceId);
    void reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: SESSION_DAYS * 86_400 });
    return sessionBody(userId, workspaceId, csrfToken);
  }

  async function requireSession(request: FastifyRequest): Promise<SessionInfo> {
    const s = await loadSession(ctx, request);
    if (!s) throw new AppError('unauthorized', 'not logged in');
    checkCsrf(request, s);
    return s;
  }

  app.get(
    '/api/setup',
    {
      schema: {
        tags,
        summary: 'Whether first-run setup is needed',
        description: 'Needs no login. `needed` is true while the server has no user at all; the dashboard then shows the setup form (`POST /api/setup`) instead of the login.',
        security: [],
        response: { 200: Type.Object({ needed: Type.Boolean() }) },
      },
    },
    async () => ({
      needed: (await ctx.workspaces.countUsers()) === 0,
    }),
  );

  app.post(
    '/api/setup',
    {
      config: { rateLimit: LOGIN_LIMIT },
      schema: {
        tags,
        summary: 'First-run setup: create the first workspace and its owner (only while no user exists)',
        description:
          'Needs no login: creates the workspace and its owner, logs the owner in (sets the `clearloop_session` cookie, valid 14 days) and answers ' +
          'the session with its CSRF token. 409 once any user exists (log in instead); 400 naming `email` for an invalid address, `password` for one under 8 characters. ' +
          'Rate limited like the login: 10 attempts per 5 minutes per client address and email (429).',
        security: [],
        body: Type.Object(
          {
            workspace: Type.String({ minLength: 1, maxLength: 100, description: 'Name of the workspace (the company or brand); its URL slug is made from it' }),
            name: Type.Optional(Type.String({ maxLength: 200, description: 'The owner’s display name; default: the part of the email before @' })),
            email: Email,
            password: NewPassword,
          },
          { additionalProperties: false },
        ),
        response: { 200: SessionSchema, 400: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (req, reply) => {
      if ((await ctx.workspaces.countUsers()) > 0) throw new AppError('conflict', 'setup is already done; log in instead');
      const b = req.body as { workspace: string; name?: string; email: string; password: string };
      const { workspace, userId } = await ctx.workspaces.createWithOwner(b);
      return startSession(reply, userId, workspace.id);
    },
  );

  app.post(
    '/api/session/login',
    {
      config: { rateLimit: LOGIN_LIMIT },
      schema: {
        tags,
        summary: 'Log in with email and password (rate limited)',
        description:
          'Sets the `clearloop_session` cookie (httpOnly, valid 14 days) and answers the session; its current workspace is the ' +
          'first of the user’s workspaces by name (switch with `POST /api/session/workspace`). 401 for a wrong email or password (the answer ' +
          'does not say which); 429 after 10 attempts in 5 minutes from one client address for one email. Integrations use an API key, not a session.',
        security: [],
        body: Type.Object({ email: Email, password: Password }, { additionalProperties: false }),
        response: { 200: SessionSchema, 400: ErrorSchema, 401: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (req, reply) => {
      const { email, password } = req.body as { email: string; password: string };
      const user = await ctx.workspaces.findUserByEmail(email);
      // Verify against a dummy hash when the user is unknown, so timing does not reveal which emails exist.
      const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
      if (!user || !ok) throw new AppError('unauthorized', 'wrong email or password');
      const workspaces = await ctx.workspaces.listForUser(user.id);
      return startSession(reply, user.id, workspaces[0]?.id ?? null);
    },
  );

  app.get(
    '/api/session',
    {
      schema: {
        tags,
        summary: 'The current session',
        description:
          'For the dashboard, with the session cookie (an API key has no session). Answers the user, the current workspace and role (null when the ' +
          'user belongs to none, or was removed from it), all the user’s workspaces, and the CSRF token; 401 when not logged in or the session expired.',
        security: COOKIE,
        response: { 200: SessionSchema, 401: ErrorSchema },
      },
    },
    async (req) => {
      const s = await loadSession(ctx, req);
      if (!s) throw new AppError('unauthorized', 'not logged in');
      return sessionBody(s.userId, s.workspaceId, s.csrfToken);
    },
  );

  app.post(
    '/api/session/logout',
    {
      schema: {
        tags,
        summary: 'Log out',
        description:
          'Ends this session (other sessions of the user stay) and clears the cookie. With a live session it needs the `X-CSRF-Token` header (403 ' +
          'without); without one it answers 204 all the same.',
        security: COOKIE,
        response: { 204: Type.Null() },
      },
    },
    async (req, reply) => {
      const s = await loadSession(ctx, req);
      if (s) {
        checkCsrf(req, s);
        await ctx.sessions.destroy(s.sessionId);
      }
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/session/workspace',
    {
      schema: {
        tags,
        summary: 'Switch the current workspace',
        description:
          'Any logged-in user, with the session cookie and `X-CSRF-Token` (403 without). Every later /api/v1 request of this session acts in that ' +
          'workspace, with the user’s role there. 404 when the user is not a member of the workspace.',
        security: COOKIE,
        body: Type.Object({ workspaceId: Type.String({ maxLength: 100, description: 'One of the `workspaces` of the session' }) }, { additionalProperties: false }),
        response: { 200: SessionSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (req) => {
      const s = await requireSession(req);
      const { workspaceId } = req.body as { workspaceId: string };
      const member = (await ctx.workspaces.listForUser(s.userId)).some((w) => w.id === workspaceId);
      if (!member) throw new AppError('not_found', 'workspace not found');
      await ctx.sessions.setWorkspace(s.sessionId, workspaceId);
      return sessionBody(s.userId, workspaceId, s.csrfToken);
    },
  );

  app.post(
    '/api/session/workspaces',
    {
      schema: {
        tags,
        summary: 'Create another workspace owned by the current user, and switch to it',
        description:
          'Any logged-in user, with the session cookie and `X-CSRF-Token`; the user becomes the new workspace’s owner and its only member. ' +
          'The workspace starts empty, with default settings and its own signing secret; the answer is the session, now in the new workspace.',
        security: COOKIE,
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100, description: 'Name of the new workspace; its URL slug is made from it' }) }, { additionalProperties: false }),
        response: { 200: SessionSchema, 400: ErrorSchema, 401: ErrorSchema },
      },
    },
    async (req) => {
      const s = await requireSession(req);
      const ws = await ctx.workspaces.createForUser(s.userId, (req.body as { name: string }).name);
      await ctx.sessions.setWorkspace(s.sessionId, ws.id);
      return sessionBody(s.userId, ws.id, s.csrfToken);
    },
  );

  app.post(
    '/api/session/password',
    {
      config: { rateLimit: LOGIN_LIMIT },
      schema: {
        tags,
        summary: 'Change your password (ends your other sessions)',
        description:
          'With the session cookie and `X-CSRF-Token`. This session stays; every other session of the user ends and any outstanding password-reset ' +
          'link stops working. 400 naming `currentPassword` when it is wrong, naming `newPassword` when it has fewer than 8 characters; 401 when not ' +
          'logged in; 429 after 10 attempts in 5 minutes from one client address.',
        security: COOKIE,
        body: Type.Object({ currentPassword: Type.String({ minLength: 1, maxLength: 200, description: 'The password in use now' }), newPassword: NewPassword }, { additionalProperties: false }),
        response: { 204: Type.Null(), 400: ErrorSchema, 401: ErrorSchema },
      },
    },
    async (req, reply) => {
      const s = await requireSession(req);
      const b = req.body as { currentPassword: string; newPassword: string };
      await ctx.workspaces.changePassword(s.userId, b.currentPassword, b.newPassword);
      await ctx.sessions.destroyOthers(s.userId, s.sessionId);
      await ctx.passwordResets.endLinks(s.userId);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/session/password-reset',
    {
      config: { rateLimit: LOGIN_LIMIT },
      schema: {
        tags,
        summary: 'Forgot password: email a link to choose a new one (rate limited)',
        description:
          'Answers 204 whether or not an account has this email (it says nothing about which addresses have accounts). For an account, ' +
          'an email with a link `<CLEARLOOP_PUBLIC_URL>/reset-password?token=…` follows; the link works once, for an hour, with ' +
          '`POST /api/session/password-reset/confirm`. 503 when this server cannot send email (no `SMTP_URL`): the operator can set a ' +
          'password with `clearloop user password` instead.',
        security: [],
        body: Type.Object({ email: Email }, { additionalProperties: false }),
        response: { 204: Type.Null(), 400: ErrorSchema, 429: ErrorSchema, 503: ErrorSchema },
      },
    },
    async (req, reply) => {
      const { email } = req.body as { email: string };
      await ctx.passwordResets.request(email, (err) => req.log.error({ err }, 'password reset email not sent'));
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/session/password-reset/confirm',
    {
      config: { rateLimit: LOGIN_LIMIT },
      schema: {
        tags,
        summary: 'Choose a new password with the token of a password-reset link (ends all the user’s sessions)',
        description:
          'Sets the password, uses up the link (and any other link of the user still outstanding) and ends all the user’s sessions, ' +
          'all at once. 400 naming `token` for a link that is unknown, used or expired, naming `newPassword` for a password the rules refuse.',
        security: [],
        body: Type.Object({ token: ResetToken, newPassword: NewPassword }, { additionalProperties: false }),
        response: { 204: Type.Null(), 400: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (req, reply) => {
      const b = req.body as { token: string; newPassword: string };
      await ctx.passwordResets.confirm(b.token, b.newPassword);
      return reply.code(204).send();
    },
  );
}

// scrypt hash of a random password, used only to spend equal time on unknown emails.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
