/** /api/v1 teams, locations, employees, accounts and people. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { errors, IdParams, Nullable, PageOf, PageQuery, Properties } from '../../http/schemas.ts';
import type { NamedKind } from './named.service.ts';

/** A user link grants access (feeds, cases), so only owners, admins and write API keys may set one (see named.service.ts). */
const UserLink = (what: string) => Type.Optional(Nullable(Type.String({ maxLength: 100, description: `${what} Owners and admins (or a write API key) only; null: none` })));

const Named = {
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
};

/** What the operations of each kind say beyond their summaries: what deleting one unlinks, what creating one may set. */
interface KindDocs {
  create: string;
  remove: string;
}

const KINDS: Record<NamedKind, { path: string; tag: string; extra: Record<string, ReturnType<typeof Type.Optional>>; view: ReturnType<typeof Type.Object>; docs: KindDocs }> = {
  team: {
    path: 'teams',
    tag: 'Teams',
    docs: {
      create:
        ' Setting `managerUserId` takes an owner or admin session or a write API key (403 otherwise): the manager sees the feeds of the ' +
        'team’s employees, is told about its follow-up cases and gets its weekly digest.',
      remove: ' Its employees, responses and cases stay, no longer attributed to a team.',
    },
    extra: { managerUserId: UserLink('The user id of a workspace member who manages the team.') },
    view: Type.Object({ ...Named, managerUserId: Nullable(Type.String()) }, {}),
  },
  location: {
    path: 'locations',
    tag: 'Locations',
    docs: { create: '', remove: ' Its employees and responses stay, no longer attributed to a location.' },
    extra: {},
    view: Type.Object(Named, {}),
  },
  employee: {
    path: 'employees',
    tag: 'Employees',
    docs: {
      create:
        ' Setting `userId` takes an owner or admin session or a write API key (403 otherwise): that user then sees the employee’s feed and may ' +
        'ask for an email about each new response attributed to it.',
      remove: ' Its responses and cases stay, no longer attributed to an employee.',
    },
    extra: {
      email: Type.Optional(Nullable(Type.String({ maxLength: 254, description: 'The employee’s work email, for your records; null: none' }))),
      teamId: Type.Optional(Nullable(Type.String({ maxLength: 100, description: 'The team the employee belongs to (its id); null: none' }))),
      locationId: Type.Optional(Nullable(Type.String({ maxLength: 100, description: 'The location the employee works at (its id); null: none' }))),
      userId: UserLink('The user id of the workspace member this employee record belongs to (their feed).'),
    },
    view: Type.Object(
      { ...Named, email: Nullable(Type.String()), teamId: Nullable(Type.String()), locationId: Nullable(Type.String()), userId: Nullable(Type.String()) },
      {},
    ),
  },
  account: {
    path: 'accounts',
    tag: 'Accounts',
    docs: { create: '', remove: ' Its people stay, no longer linked to an account.' },
    extra: {
      externalId: Type.Optional(Nullable(Type.String({ maxLength: 200, description: 'Your own id for the company (e.g. your CRM’s), unique within the workspace; null: none' }))),
      properties: Type.Optional({ ...Properties, description: 'Free-form key/value properties; they replace the stored ones as a whole' }),
    },
    view: Type.Object({ ...Named, externalId: Nullable(Type.String()), properties: Properties }, {}),
  },
};

const PersonBody = {
  email: Type.Optional(Nullable(Type.String({ maxLength: 254, description: 'Unique within the workspace; stored in lower case; null: none' }))),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  externalId: Type.Optional(
    Nullable(Type.String({ maxLength: 200, description: 'Your own id for the person (e.g. your CRM’s; the widget’s `user.id`), unique within the workspace; null: none' })),
  ),
  name: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  properties: Type.Optional({ ...Properties, description: 'Free-form key/value properties; on update merged into the stored ones, a key set to null is removed' }),
  accountId: Type.Optional(Nullable(Type.String({ maxLength: 100, description: 'The account (company) the person belongs to (its id); null: none' }))),
  locale: Type.Optional(
    Nullable(Type.String({ pattern: '^[a-z]{2}(-[A-Z]{2})?$', description: 'Language for this person’s survey emails and pages, e.g. `de` or `pt-BR`; null: the survey’s or the workspace’s' })),
  ),
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
      name: Type.Optional(Type.String({ maxLength: 200, description: `Only ${def.path} with exactly this name (case-sensitive)` })),
      ...(kind === 'employee'
        ? {
            teamId: Type.Optional(Type.String({ maxLength: 100, description: 'Only employees of this team (its id)' })),
            locationId: Type.Optional(Type.String({ maxLength: 100, description: 'Only employees at this location (its id)' })),
          }
        : {}),
    });
    // Reading takes any member or API key; writing a manager, owner or admin, or a write API key (policy.ts).
    // "a team", "an employee": the summaries and descriptions name one record of the kind
    const one = `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
    const unique = kind === 'account' ? 'another account has this `externalId`' : `another ${kind} has this name`;
    const Name = Type.String({ minLength: 1, maxLength: 200, description: kind === 'account' ? 'The company’s name (several accounts may share one)' : `Unique among the workspace’s ${def.path}` });
    app.get(
      base,
      {
        schema: {
          tags,
          summary: `List ${def.path}`,
          description: `Any member or API key (read scope is enough). Newest first, in pages of \`limit\` (follow \`nextCursor\`).`,
          querystring: listQuery,
          response: { 200: PageOf(def.view), ...errors },
        },
      },
      (req) => ctx.named.list(req.auth, kind, req.query as never),
    );
    app.post(
      base,
      {
        schema: {
          tags,
          summary: `Create ${one}`,
          description:
            `Managers, owners and admins, or a write API key. 409 when ${unique}; 400 naming the field when a referenced ` +
            `record is not in this workspace.${def.docs.create}`,
          body: Type.Object({ name: Name, ...def.extra }, { additionalProperties: false }),
          response: { 201: def.view, ...errors, 409: errors[400] },
        },
      },
      async (req, reply) => {
        const created = await ctx.named.create(req.auth, kind, req.body as { name: string });
        // An employee linked to a user who opted in to feedback emails: the cached opted-in set changes.
        if (kind === 'employee') ctx.feedbackEmails.forget(req.auth.workspaceId);
        return reply.code(201).send(created);
      },
    );
    app.get(
      `${base}/:id`,
      {
        schema: {
          tags,
          summary: `Get ${one}`,
          description: `Any member or API key (read scope is enough). 404 when no ${kind} of this workspace has the id.`,
          params: IdParams,
          response: { 200: def.view, ...errors },
        },
      },
      (req) => ctx.named.get(req.auth, kind, (req.params as { id: string }).id),
    );
    app.patch(
      `${base}/:id`,
      {
        schema: {
          tags,
          summary: `Update ${one}`,
          description:
            `Managers, owners and admins, or a write API key; only the fields sent change, and null clears one. 404 when no ${kind} of this ` +
            `workspace has the id; 409 when ${unique}.${def.docs.create}`,
          params: IdParams,
          body: Type.Object({ name: Type.Optional(Name), ...def.extra }, { additionalProperties: false }),
          response: { 200: def.view, ...errors, 409: errors[400] },
        },
      },
      async (req) => {
        const updated = await ctx.named.update(req.auth, kind, (req.params as { id: string }).id, req.body as Record<string, unknown>);
        ctx.responses.invalidateCaches();
        if (kind === 'employee') ctx.feedbackEmails.forget(req.auth.workspaceId);
        return updated;
      },
    );
    app.delete(
      `${base}/:id`,
      {
        schema: {
          tags,
          summary: `Delete ${one}`,
          description: `Managers, owners and admins, or a write API key. 404 when no ${kind} of this workspace has the id.${def.docs.remove}`,
          params: IdParams,
          response: { 204: Type.Null(), ...errors },
        },
      },
      async (req, reply) => {
        await ctx.named.delete(req.auth, kind, (req.params as { id: string }).id);
        ctx.responses.invalidateCaches();
        if (kind === 'employee') ctx.feedbackEmails.forget(req.auth.workspaceId);
        return reply.code(204).send();
      },
    );
  }

  const tags = ['People'];
  app.get(
    '/api/v1/people',
    {
      schema: {
        tags,
        summary: 'List people',
        description: 'Any member or API key (read scope is enough). Newest first, in pages of `limit` (follow `nextCursor`); the filters combine.',
        querystring: Type.Object({
          ...PageQuery,
          email: Type.Optional(Type.String({ maxLength: 254, description: 'Only the person with exactly this email (not case-sensitive)' })),
          externalId: Type.Optional(Type.String({ maxLength: 200, description: 'Only the person with exactly this external id' })),
          accountId: Type.Optional(Type.String({ maxLength: 100, description: 'Only people of this account (its id)' })),
          q: Type.Optional(Type.String({ maxLength: 200, description: 'Only people whose name or email contains this text (not case-sensitive)' })),
        }),
        response: { 200: PageOf(PersonSchema), ...errors },
      },
    },
    (req) => ctx.people.list(req.auth, req.query as never),
  );
  app.post(
    '/api/v1/people',
    {
      schema: {
        tags,
        summary: 'Create a person',
        description:
          'Managers, owners and admins, or a write API key. Needs at least one of `email`, `externalId` or `phone` (400 otherwise); 409 when another ' +
          'person has the email or external id. Not needed before a response or a send: those find the person by email, then external id, and create one.',
        body: Type.Object(PersonBody, { additionalProperties: false }),
        response: { 201: PersonSchema, ...errors, 409: errors[400] },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.people.create(req.auth, req.body as never)),
  );
  app.get(
    '/api/v1/people/:id',
    {
      schema: {
        tags,
        summary: 'Get a person',
        description: 'Any member or API key (read scope is enough). `unsubscribedAt` and `bouncedAt` say whether survey emails still reach the person. 404 when no person of this workspace has the id.',
        params: IdParams,
        response: { 200: PersonSchema, ...errors },
      },
    },
    (req) => ctx.people.get(req.auth, (req.params as { id: string }).id),
  );
  app.patch(
    '/api/v1/people/:id',
    {
      schema: {
        tags,
        summary: 'Update a person (properties are merged; a property set to null is removed)',
        description:
          'Managers, owners and admins, or a write API key; only the fields sent change, and null clears one. 404 when no person of this workspace ' +
          'has the id; 409 when another person has the email or external id; 400 for an unknown time zone or account.',
        params: IdParams,
        body: Type.Object(PersonBody, { additionalProperties: false }),
        response: { 200: PersonSchema, ...errors, 409: errors[400] },
      },
    },
    (req) => ctx.people.update(req.auth, (req.params as { id: string }).id, req.body as never),
  );
  app.delete(
    '/api/v1/people/:id',
    {
      schema: {
        tags,
        summary: 'Delete a person',
        description:
          'Managers, owners and admins, or a write API key. The person’s survey sends are deleted with them; their responses and cases stay, ' +
          'no longer linked to a person. 404 when no person of this workspace has the id.',
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await ctx.people.delete(req.auth, (req.params as { id: string }).id);
      return reply.code(204).send();
    },
  );
}
