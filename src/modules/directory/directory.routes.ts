/** /api/v1 teams, locations, employees, accounts and people. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { errors, IdParams, Nullable, PageOf, PageQuery, Properties } from '../../http/schemas.ts';
import type { NamedKind } from './named.service.ts';

const Name = Type.String({ minLength: 1, maxLength: 200 });
const Id = Type.String({ maxLength: 100 });

const Named = {
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
};

const KINDS: Record<NamedKind, { path: string; tag: string; extra: Record<string, ReturnType<typeof Type.Optional>>; view: ReturnType<typeof Type.Object> }> = {
  team: {
    path: 'teams',
    tag: 'Teams',
    extra: { managerUserId: Type.Optional(Nullable(Id)) },
    view: Type.Object({ ...Named, managerUserId: Nullable(Type.String()) }, {}),
  },
  location: { path: 'locations', tag: 'Locations', extra: {}, view: Type.Object(Named, {}) },
  employee: {
    path: 'employees',
    tag: 'Employees',
    extra: {
      email: Type.Optional(Nullable(Type.String({ maxLength: 254 }))),
      teamId: Type.Optional(Nullable(Id)),
      locationId: Type.Optional(Nullable(Id)),
      userId: Type.Optional(Nullable(Id)),
    },
    view: Type.Object(
      { ...Named, email: Nullable(Type.String()), teamId: Nullable(Type.String()), locationId: Nullable(Type.String()), userId: Nullable(Type.String()) },
      {},
    ),
  },
  account: {
    path: 'accounts',
    tag: 'Accounts',
    extra: { externalId: Type.Optional(Nullable(Type.String({ maxLength: 200 }))), properties: Type.Optional(Properties) },
    view: Type.Object({ ...Named, externalId: Nullable(Type.String()), properties: Properties }, {}),
  },
};

const PersonBody = {
  email: Type.Optional(Nullable(Type.String({ maxLength: 254 }))),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  externalId: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  name: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  properties: Type.Optional(Properties),
  accountId: Type.Optional(Nullable(Id)),
  locale: Type.Optional(Nullable(Type.String({ pattern: '^[a-z]{2}(-[A-Z]{2})?$' }))),
  timeZone: Type.Optional(Nullable(Type.String({ maxLength: 64, description: 'IANA time zone, e.g. Europe/Berlin (for quiet hours)' }))),
};

export const PersonSchema = Type.Object(
  {
    id: Type.String(),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    externalId: Nullable(Type.String()),
    name: Nullable(Type.String()),
    properties: Properties,
    accountId: Nullable(Type.String()),
    locale: Nullable(Type.String()),
    timeZone: Nullable(Type.String()),
    unsubscribedAt: Nullable(Type.String()),
    bouncedAt: Nullable(Type.String()),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  },
  {},
);

export function registerDirectoryRoutes(app: FastifyInstance, ctx: AppContext): void {
  for (const [kind, def] of Object.entries(KINDS) as [NamedKind, (typeof KINDS)[NamedKind]][]) {
    const base = `/api/v1/${def.path}`;
    const tags = [def.tag];
    const listQuery = Type.Object({
      ...PageQuery,
      name: Type.Optional(Type.String({ maxLength: 200 })),
      ...(kind === 'employee' ? { teamId: Type.Optional(Id), locationId: Type.Optional(Id) } : {}),
    });
    app.get(base, { schema: { tags, summary: `List ${def.path}`, querystring: listQuery, response: { 200: PageOf(def.view), ...errors } } }, (req) =>
      ctx.named.list(req.auth, kind, req.query as never),
    );
    app.post(
      base,
      { schema: { tags, summary: `Create a ${kind}`, body: Type.Object({ name: Name, ...def.extra }, { additionalProperties: false }), response: { 201: def.view, ...errors } } },
      async (req, reply) => {
        const created = await ctx.named.create(req.auth, kind, req.body as { name: string });
        // An employee linked to a user who opted in to feedback emails: the cached opted-in set changes.
        if (kind === 'employee') ctx.feedbackEmails.forget(req.auth.workspaceId);
        return reply.code(201).send(created);
      },
    );
    app.get(`${base}/:id`, { schema: { tags, summary: `Get a ${kind}`, params: IdParams, response: { 200: def.view, ...errors } } }, (req) =>
      ctx.named.get(req.auth, kind, (req.params as { id: string }).id),
    );
    app.patch(
      `${base}/:id`,
      {
        schema: {
          tags,
          summary: `Update a ${kind}`,
          params: IdParams,
          body: Type.Object({ name: Type.Optional(Name), ...def.extra }, { additionalProperties: false }),
          response: { 200: def.view, ...errors },
        },
      },
      async (req) => {
        const updated = await ctx.named.update(req.auth, kind, (req.params as { id: string }).id, req.body as Record<string, unknown>);
        ctx.responses.invalidateCaches();
        if (kind === 'employee') ctx.feedbackEmails.forget(req.auth.workspaceId);
        return updated;
      },
    );
    app.delete(`${base}/:id`, { schema: { tags, summary: `Delete a ${kind}`, params: IdParams, response: { 204: Type.Null(), ...errors } } }, async (req, reply) => {
      await ctx.named.delete(req.auth, kind, (req.params as { id: string }).id);
      ctx.responses.invalidateCaches();
      if (kind === 'employee') ctx.feedbackEmails.forget(req.auth.workspaceId);
      return reply.code(204).send();
    });
  }

  const tags = ['People'];
  app.get(
    '/api/v1/people',
    {
      schema: {
        tags,
        summary: 'List people',
        querystring: Type.Object({
          ...PageQuery,
          email: Type.Optional(Type.String({ maxLength: 254 })),
          externalId: Type.Optional(Type.String({ maxLength: 200 })),
          accountId: Type.Optional(Id),
          q: Type.Optional(Type.String({ maxLength: 200 })),
        }),
        response: { 200: PageOf(PersonSchema), ...errors },
      },
    },
    (req) => ctx.people.list(req.auth, req.query as never),
  );
  app.post(
    '/api/v1/people',
    { schema: { tags, summary: 'Create a person', body: Type.Object(PersonBody, { additionalProperties: false }), response: { 201: PersonSchema, ...errors } } },
    async (req, reply) => reply.code(201).send(await ctx.people.create(req.auth, req.body as never)),
  );
  app.get('/api/v1/people/:id', { schema: { tags, summary: 'Get a person', params: IdParams, response: { 200: PersonSchema, ...errors } } }, (req) =>
    ctx.people.get(req.auth, (req.params as { id: string }).id),
  );
  app.patch(
    '/api/v1/people/:id',
    {
      schema: {
        tags,
        summary: 'Update a person (properties are merged; a property set to null is removed)',
        params: IdParams,
        body: Type.Object(PersonBody, { additionalProperties: false }),
        response: { 200: PersonSchema, ...errors },
      },
    },
    (req) => ctx.people.update(req.auth, (req.params as { id: string }).id, req.body as never),
  );
  app.delete('/api/v1/people/:id', { schema: { tags, summary: 'Delete a person', params: IdParams, response: { 204: Type.Null(), ...errors } } }, async (req, reply) => {
    await ctx.people.delete(req.auth, (req.params as { id: string }).id);
    return reply.code(204).send();
  });
}
