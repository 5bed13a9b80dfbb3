/**
 * Operations that manage the workspace take an owner's or admin's session and refuse API keys: the OpenAPI document
 * lists the cookie alone for exactly these (SESSION_ONLY), and a write key really gets 403 from them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../scripts/gen-api-types.ts';
import { call, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

const SESSION_ONLY = [
  'POST /api/v1/users',
  'PATCH /api/v1/users/{id}',
  'DELETE /api/v1/users/{id}',
  'GET /api/v1/api-keys',
  'POST /api/v1/api-keys',
  'DELETE /api/v1/api-keys/{id}',
  'PATCH /api/v1/settings',
  'GET /api/v1/webhooks',
  'POST /api/v1/webhooks',
  'GET /api/v1/webhooks/{id}',
  'PATCH /api/v1/webhooks/{id}',
  'DELETE /api/v1/webhooks/{id}',
  'GET /api/v1/webhooks/{id}/deliveries',
  'POST /api/v1/webhooks/{id}/test',
  'POST /api/v1/alert-rules',
  'PATCH /api/v1/alert-rules/{id}',
  'DELETE /api/v1/alert-rules/{id}',
];

/** A body the route's schema accepts, so the request reaches the service's access check (validation runs first). */
const BODIES: Record<string, unknown> = {
  'POST /api/v1/users': { email: 'new.member@example.com', role: 'viewer', password: 'long enough pass' },
  'PATCH /api/v1/users/{id}': { role: 'viewer' },
  'POST /api/v1/api-keys': { name: 'k', scope: 'read' },
  'PATCH /api/v1/settings': { rootCauses: ['Price'] },
  'POST /api/v1/webhooks': { url: 'https://example.com/hook', events: ['response.created'] },
  'PATCH /api/v1/webhooks/{id}': { enabled: false },
  'POST /api/v1/alert-rules': { name: 'r', conditions: {}, actions: { addTags: ['x'] } },
  'PATCH /api/v1/alert-rules/{id}': { enabled: false },
};

describe('session-only operations', () => {
  it('are exactly the ones the document marks with the cookie alone', async () => {
    const doc = (await buildOpenApiDocument()) as unknown as { paths: Record<string, Record<string, { security?: unknown }>> };
    const marked = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => JSON.stringify(op.security) === JSON.stringify([{ cookie: [] }]))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    // the /api/session routes take the cookie too, by their nature (see openapi-security.test.ts)
    expect(marked.filter((id) => id.includes(' /api/v1/')).sort()).toEqual([...SESSION_ONLY].sort());
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: session-only operations refuse an API key`, () => {
    let t: TestApp;
    let w: TestWorkspace;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      w = await createWorkspace(t.ctx);
    });
    afterAll(() => t.close());

    it.each(SESSION_ONLY)('%s answers a write key 403', async (id) => {
      const [method, path] = id.split(' ') as ['GET' | 'POST' | 'PATCH' | 'DELETE', string];
      const res = await call(t.app, w.key, method, path.replace('{id}', w.ownerId), BODIES[id]);
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    });
  });
}
