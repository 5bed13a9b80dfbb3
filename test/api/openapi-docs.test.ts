/**
 * The OpenAPI document is the integrating developer's reference: every operation says what it does beyond its
 * summary, every query and path parameter says what it takes, and every group (tag) is described. The document
 * comes from the route schemas alone, so this runs once, without a database.
 */
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../scripts/gen-api-types.ts';
import { API_TAGS } from '../../src/http/api-tags.ts';

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; description?: string; schema?: { description?: string } }[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

async function operations(): Promise<{ id: string; op: Operation }[]> {
  const doc = (await buildOpenApiDocument()) as unknown as { paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>> };
  return Object.entries(doc.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => ({ id: `${m.toUpperCase()} ${path}`, op: item[m]! })));
}

describe('OpenAPI document', () => {
  it('has operations to check', async () => {
    expect((await operations()).length).toBeGreaterThan(100);
  });

  it('every operation has a summary, a description and a described tag', async () => {
    const known = new Set(API_TAGS.map((t) => t.name));
    const problems: string[] = [];
    for (const { id, op } of await operations()) {
      if (!op.summary?.trim()) problems.push(`${id}: no summary`);
      if (!op.description?.trim()) problems.push(`${id}: no description`);
      if (!op.tags?.length) problems.push(`${id}: no tag`);
      for (const tag of op.tags ?? []) if (!known.has(tag)) problems.push(`${id}: tag "${tag}" is not in src/http/api-tags.ts`);
    }
    expect(problems).toEqual([]);
  });

  it('every query and path parameter has a description', async () => {
    const problems: string[] = [];
    for (const { id, op } of await operations()) {
      for (const p of op.parameters ?? []) {
        if (p.in !== 'query' && p.in !== 'path') continue;
        if (!(p.description ?? p.schema?.description)?.trim()) problems.push(`${id}: ${p.in} parameter ${p.name}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists its tags with descriptions, each one used by some operation', async () => {
    const doc = (await buildOpenApiDocument()) as unknown as { tags?: { name: string; description?: string }[] };
    expect(doc.tags?.map((t) => t.name)).toEqual(API_TAGS.map((t) => t.name));
    for (const t of doc.tags ?? []) expect(t.description?.length, t.name).toBeGreaterThan(20);
    const used = new Set((await operations()).flatMap(({ op }) => op.tags ?? []));
    expect(API_TAGS.map((t) => t.name).filter((n) => !used.has(n))).toEqual([]);
  });
});
