/** /api/v1/users (members of the workspace) and /api/v1/api-keys. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { IdParams, Nullable, errors, SESSION_ONLY, StringEnum } from '../../http/schemas.ts';
import { API_KEY_SCOPES, type ApiKeyScope, type Role, ROLES } from '../../db/tables.ts';

const RoleSchema = StringEnum(ROLES, {
  description:
    'owner and admin: everything, including members, API keys, settings and webhooks (only an owner grants owner); manager: changes data and works on follow-up cases; ' +
    'agent: reads, and works on follow-up cases, seeing only the feedback attributed to them; viewer: reads',
});
const Scope = StringEnum(API_KEY_SCOPES, { description: 'write includes read' });
const Member = Type.Object({ id: Type.String(), email: Type.String(), name: Type.String(), role: RoleSchema, createdAt: Type.String() }, {});
const ApiKey = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    scope: Scope,
    prefix: Type.String({ description: 'The 8 characters after `cl_` in the key, to tell keys apart (the key itself is never shown again)' }),
    createdAt: Type.String(),
    lastUsedAt: Nullable(Type.String({ description: 'Recorded at most once a minute; null: never used' })),
    revokedAt: Nullable(Type.String()),
  },
  {},
);

export function registerMemberRoutes(app: FastifyInstance, ctx: AppContext): void {
  let tags = ['Users'];
  app.get(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: 'Members of this workspace',
        description: 'Any member or API key (read scope is enough). Every member with their role, ordered by email; not paged. `createdAt` is when they joined this workspace.',
        response: { 200: Type.Object({ data: Type.Array(Member) }), ...errors },
      },
    },
    async (req) => ({
      data: await ctx.workspaces.listMembers(req.auth),
    }),
  );
  app.post(
    '/api/v1/users',
    {
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: 'Add a member (a new user needs an initial password)',
        description:
          'Owners and admins, in their session (API keys cannot). A user who already exists (in another workspace) is added with their own name ' +
          'and password, and `name` and `password` are ignored; otherwise a user is created with them, and no email is sent: tell them yourself. ' +
          'Only an owner may grant `owner` (403); 409 when the email is already a member; 400 naming `password` when a new user has none.',
        body: Type.Object(
          {
            email: Type.String({ maxLength: 254, description: 'The user’s login email (stored in lower case)' }),
            name: Type.Optional(Type.String({ maxLength: 200, description: 'Display name of a new user; default: the part of the email before @' })),
            role: RoleSchema,
            password: Type.Optional(Type.String({ maxLength: 200, description: 'Initial password of a new user, at least 8 characters; required for a new user, ignored for an existing one' })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Member, ...errors, 409: errors[400] },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.workspaces.addMember(req.auth, req.body as { email: string; role: Role })),
  );
  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: "Change a member's role",
        description:
          'Owners and admins, in their session. Only an owner may grant `owner` or change an owner’s role (403); 409 when it would leave the ' +
          'workspace without an owner; 404 when the user is not a member. The new role applies to the member’s next request.',
        params: IdParams,
        body: Type.Object({ role: RoleSchema }, { additionalProperties: false }),
        response: { 200: Member, ...errors, 409: errors[400] },
      },
    },
    (req) => ctx.workspaces.updateMemberRole(req.auth, (req.params as { id: string }).id, (req.body as { role: Role }).role),
  );
  app.delete(
    '/api/v1/users/:id',
    {
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: 'Remove a member',
        description:
          'Owners and admins, in their session; only an owner may remove an owner (403), and 409 when that would leave the workspace without one. ' +
          'The user keeps their login and other workspaces but loses access to this one at once; 404 when the user is not a member.',
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await ctx.workspaces.removeMember(req.auth, (req.params as { id: string }).id);
      return reply.code(204).send();
    },
  );

  tags = ['API keys'];
  app.get(
    '/api/v1/api-keys',
    {
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: 'API keys of this workspace',
        description: 'Owners and admins, in their session (API keys cannot list keys). Every key, revoked ones included, newest first; not paged. The keys themselves are not stored and never shown.',
        response: { 200: Type.Object({ data: Type.Array(ApiKey) }), ...errors },
      },
    },
    async (req) => ({
      data: await ctx.apiKeys.list(req.auth),
    }),
  );
  app.post(
    '/api/v1/api-keys',
    {
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: 'Create an API key; the key is shown only in this answer',
        description:
          'Owners and admins, in their session (API keys cannot make keys). `key` (`cl_<prefix>_<secret>`) is sent as `Authorization: Bearer <key>`; ' +
          'only its hash is stored, so keep it now. A key acts for the workspace with its scope, never as a user: it cannot manage members, keys, ' +
          'settings, webhooks, alert rules or the widget signing secret.',
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 100, description: 'What the key is for, e.g. the integration that uses it' }), scope: Scope },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ apiKey: ApiKey, key: Type.String({ description: 'The key itself; shown only here' }) }), ...errors },
      },
    },
    async (req, reply) => {
      const b = req.body as { name: string; scope: ApiKeyScope };
      return reply.code(201).send(await ctx.apiKeys.create(req.auth, b.name, b.scope));
    },
  );
  app.delete(
    '/api/v1/api-keys/:id',
    {
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: 'Revoke an API key',
        description:
          'Owners and admins, in their session. The key stays in the list with `revokedAt` set and answers 401 from then on (at once on this ' +
          'server process, within 10 seconds on others). 404 when the key is unknown or already revoked.',
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await ctx.apiKeys.revoke(req.auth, (req.params as { id: string }).id);
      return reply.code(204).send();
    },
  );
}
