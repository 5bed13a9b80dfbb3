/**
 * Fields with a fixed set of values are StringEnums (src/http/schemas.ts): `{type: "string", enum: [...]}` made from
 * the code's own list. The OpenAPI document lists the values (so the dashboard's generated types do), a request with
 * another value is answered 400 "must be one of: …" naming the field, and a nullable one lists null too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_OUTCOMES, CASE_STATUSES, ROLES } from '../../src/db/tables.ts';
import { Nullable, openApi30Nullables, StringEnum } from '../../src/http/schemas.ts';
import { SCORE_GROUPS, SURVEY_KINDS } from '../../src/modules/surveys/score-groups.ts';
import { call, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace } from '../harness.ts';

describe('StringEnum and Nullable', () => {
  it('writes a string with its values, and a nullable one with null among them', () => {
    expect(StringEnum(['a', 'b'], { description: 'x' })).toEqual({ type: 'string', enum: ['a', 'b'], description: 'x' });
    const nullable = Nullable(StringEnum(['a', 'b']));
    expect(nullable).toEqual({ type: ['string', 'null'], enum: ['a', 'b', null], nullable: true });
    // the OpenAPI 3.0 form keeps the null in the list, as `nullable` asks
    const doc = structuredClone(nullable) as unknown;
    openApi30Nullables(doc);
    expect(doc).toEqual({ type: 'string', enum: ['a', 'b', null], nullable: true });
  });
});

describe.each(DIALECTS)('%s: fields with a fixed set of values', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
  });
  afterAll(() => t.close());

  it('lists their values in the OpenAPI document, from the lists in the code', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const answer = (path: string, method = 'get', status = '200') => doc.paths[path][method].responses[status].content['application/json'].schema.properties;
    expect(answer('/api/v1/users').data.items.properties.role).toMatchObject({ type: 'string', enum: [...ROLES] });
    expect(answer('/api/session').role).toMatchObject({ type: 'string', enum: [...ROLES, null], nullable: true });
    expect(answer('/api/v1/metrics').kind).toEqual({ type: 'string', enum: [...SURVEY_KINDS] });
    expect(answer('/api/v1/responses').data.items.properties.group).toMatchObject({ type: 'string', enum: [...SCORE_GROUPS, null], nullable: true });
    const kase = answer('/api/v1/cases/{id}');
    expect(kase.status).toEqual({ type: 'string', enum: [...CASE_STATUSES] });
    expect(kase.outcome).toEqual({ type: 'string', enum: [...CASE_OUTCOMES, null], nullable: true });
    // no anyOf of one-value enums (a union of literals) is left: those say "must be equal to constant" once per value
    const unions: string[] = [];
    JSON.stringify(doc, (key, value: unknown) => {
      const branches = (value as { anyOf?: unknown } | null)?.anyOf;
      if (Array.isArray(branches) && branches.every((b: { enum?: unknown[] }) => b.enum?.length === 1)) unions.push(key);
      return value;
    });
    expect(unions).toEqual([]);
  });

  it('answers 400 naming the field and the allowed values', async () => {
    const bad = await call(t.app, ws.key, 'GET', '/api/v1/cases?status=done');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toEqual({
      code: 'validation_error',
      message: `querystring status: must be one of: ${CASE_STATUSES.join(', ')}`,
      fields: [{ field: 'status', message: `must be one of: ${CASE_STATUSES.join(', ')}` }],
    });
    const kind = await call(t.app, ws.key, 'POST', '/api/v1/surveys', { name: 'x', kind: 'stars' });
    expect(kind.json().error.fields).toEqual([{ field: 'kind', message: 'must be one of: nps, csat, ces' }]);
    const tone = await call(t.app, ws.key, 'POST', '/api/v1/surveys', { name: 'x', kind: 'nps', thankYou: { linkTones: ['positive', 'happy'] } });
    expect(tone.json().error.fields).toEqual([{ field: 'thankYou/linkTones/1', message: 'must be one of: positive, neutral, negative' }]);
    // a single allowed value reads the same way
    const compare = await call(t.app, ws.key, 'GET', '/api/v1/metrics?surveyId=x&compareTo=last_year');
    expect(compare.json().error.message).toBe('querystring compareTo: must be previous');
  });

  it('takes null and the listed values of a nullable one, and says so when given another', async () => {
    const owner = await login(t.app, ws.ownerEmail, ws.password);
    const patch = (locale: unknown) =>
      t.app.inject({ method: 'PATCH', url: '/api/v1/settings', headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf }, payload: { locale } });
    const fr = await patch('fr');
    expect(fr.statusCode, fr.body).toBe(200);
    expect(fr.json().locale).toBe('fr');
    const cleared = await patch(null);
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json().locale).toBeNull();
    const bad = await patch('xx');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([{ field: 'locale', message: 'must be one of: en, es, fr, de (or null)' }]);
  });
});
