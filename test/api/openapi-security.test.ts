/**
 * What the OpenAPI document says a caller needs: the document-wide scheme is an API key, but the /api/session and
 * /api/setup routes take no credential (setup, login, password reset) or the dashboard's session cookie, and a
 * generated client must not send a key there. Also that the directory's writes list their 409 (a duplicate name,
 * external id or email). The document comes from the route schemas alone, so this runs once, without a database.
 */
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../scripts/gen-api-types.ts';
import { SESSION_COOKIE } from '../../src/modules/auth/session.service.ts';

interface Operation {
  security?: Record<string, string[]>[];
  responses?: Record<string, unknown>;
}
interface Doc {
  paths: Record<string, Record<string, Operation>>;
  security?: Record<string, string[]>[];
  components?: { securitySchemes?: Record<string, Record<string, unknown>> };
}

const NO_CREDENTIAL = ['GET /api/setup', 'POST /api/setup', 'POST /api/session/login', 'POST /api/session/password-reset', 'POST /api/session/password-reset/confirm'];

describe('OpenAPI security', () => {
  it('describes the session cookie and puts it, or nothing, on the session routes', async () => {
    const doc = (await buildOpenApiDocument()) as unknown as Doc;
    expect(doc.security).toEqual([{ bearer: [] }, { cookie: [] }]);
    expect(doc.components?.securitySchemes?.cookie).toMatchObject({ type: 'apiKey', in: 'cookie', name: SESSION_COOKIE });
    const seen: Record<string, unknown> = {};
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/session') && path !== '/api/setup') continue;
      for (const [method, op] of Object.entries(item)) seen[`${method.toUpperCase()} ${path}`] = op.security;
    }
    const expected = Object.fromEntries(Object.keys(seen).map((id) => [id, NO_CREDENTIAL.includes(id) ? [] : [{ cookie: [] }]]));
    expect(seen).toEqual(expected);
    // the list is not empty by accident: login and the current session are among them
    expect(Object.keys(seen)).toEqual(expect.arrayContaining(['POST /api/session/login', 'GET /api/session', 'POST /api/session/logout']));
  });

  it('lists 409 for creating and updating directory records', async () => {
    const doc = (await buildOpenApiDocument()) as unknown as Doc;
    const missing: string[] = [];
    for (const kind of ['teams', 'locations', 'employees', 'accounts', 'people']) {
      const ops: [string, Operation | undefined][] = [
        [`POST /api/v1/${kind}`, doc.paths[`/api/v1/${kind}`]?.post],
        [`PATCH /api/v1/${kind}/{id}`, doc.paths[`/api/v1/${kind}/{id}`]?.patch],
      ];
      for (const [id, op] of ops) if (!op?.responses?.['409']) missing.push(id);
    }
    expect(missing).toEqual([]);
  });
});
