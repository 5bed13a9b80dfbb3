/**
 * The dashboard's API types (web/src/api/schema.gen.ts) are generated from the OpenAPI document; this test fails
 * when a route schema changed without regenerating them. The document does not depend on the database, so it runs
 * on SQLite only.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument, generateApiTypes, SCHEMA_FILE } from '../../scripts/gen-api-types.ts';
import { createTestApp, DIALECTS, type TestApp } from '../harness.ts';

/** Where two texts first differ, as "line N: expected … / found …". */
function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n  generated: ${a[i] ?? '(end of file)'}\n  committed: ${b[i] ?? '(end of file)'}`;
  }
  return 'no difference';
}

describe.skipIf(!DIALECTS.includes('sqlite'))('sqlite: generated API types', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('the generator reads the same document as GET /api/v1/openapi.json serves', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(await buildOpenApiDocument()).toEqual(res.json());
  });

  it('web/src/api/schema.gen.ts is up to date', async () => {
    const generated = await generateApiTypes();
    let committed = '';
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      committed = '';
    }
    if (generated !== committed) {
      expect.fail(
        `web/src/api/schema.gen.ts is stale (a route schema changed): run npm run gen:api and commit the result.\nFirst difference at ${firstDifference(generated, committed)}`,
      );
    }
  });
});
