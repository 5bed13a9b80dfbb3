/** /api/v1/users (members of the workspace) and /api/v1/api-keys. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { errors, IdParams, Nullable, StringEnum } from '../../http/schemas.ts';
import { API_KEY_SCOPES, type ApiKeyScope, type Role, ROLES } from '../../db/tables.ts';

const RoleSchema = StringEnum(ROLES);
const Scope = StringEnum(API_KEY_SCOPES, { description: 'write includes read' });
const Member = Type.Object({ id: Type.String(), email: Type.String(), name: Type.String(), role: RoleSchema, createdAt: Type.String() }, {});
const ApiKey = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    scope: Scope,
    prefix: Type.String(),
    createdAt: Type.String(),
    lastUsedAt: Nullable(Type.String()),
    revokedAt: Nullable(Type.String()),
  },
  {},
);

export function registerMemberRoutes(app: FastifyInstance, ctx: AppContext): void {
  let tags = ['Users'];
  app.get('/api/v1/users', { schema: { tags, summary: 'Members of this workspace', response: { 200: Type.Object({ data: Type.Array(Member) }), ...errors } } }, async (req) => ({
    data: await ctx.workspaces.listMembers(req.auth),
  }));
  app.post(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: 'Add a member (a new user needs an initial password)',
        body: Type.Object(
          { email: Type.String({ maxLength: 254 }), name: Type.Optional(Type.String({ maxLength: 200 })), role: RoleSchema, password: Type.Optional(Type.String({ maxLength: 200 })) },
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
        tags,
        summary: "Change a member's role",
        params: IdParams,
        body: Type.Object({ role: RoleSchema }, { additionalProperties: false }),
        response: { 200: Member, ...errors, 409: errors[400] },
      },
    },
    (req) => ctx.workspaces.updateMemberRole(req.auth, (req.params as { id: string }).id, (req.body as { role: Role }).role),
  );
  app.delete('/api/v1/users/:id', { schema: { tags, summary: 'Remove a member', params: IdParams, response: { 204: Type.Null(), ...errors } } }, async (req, reply) => {
    await ctx.workspaces.removeMember(req.auth, (req.params as { id: string }).id);
    return reply.code(204).send();
  });

  tags = ['API keys'];
  app.get('/api/v1/api-keys', { schema: { tags, summary: 'API keys of this workspace', response: { 200: Type.Object({ data: Type.Array(ApiKey) }), ...errors } } }, async (req) => ({
    data: await ctx.apiKeys.list(req.auth),
  }));
  app.post(
    '/api/v1/api-keys',
    {
      schema: {
        tags,
        summary: 'Create an API key; the key is shown only in this answer',
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 100 }), scope: Scope },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ apiKey: ApiKey, key: Type.String() }), ...errors },
      },
    },
    async (req, reply) => {
      const b = req.body as { name: string; scope: ApiKeyScope };
      return reply.code(201).send(await ctx.apiKeys.create(req.auth, b.name, b.scope));
    },
  );
  app.delete('/api/v1/api-keys/:id', { schema: { tags, summary: 'Revoke an API key', params: IdParams, response: { 204: Type.Null(), ...errors } } }, async (req, reply) => {
    await ctx.apiKeys.revoke(req.auth, (req.params as { id: string }).id);
    return reply.code(204).send();
  });
}
