/**
 * A hostile-input sweep driven by the OpenAPI document: every operation gets bad requests derived from its own
 * schema. Each body property (nested ones too) with a wrong JSON type, missing, outside its enum, empty, over-long
 * (100k characters), out of range (huge, negative, fractional, Infinity), another workspace's id or an unknown one;
 * each query parameter and header with non-numbers, huge and negative numbers, unknown values, impossible dates and
 * forged cursors; path ids that are malformed, unknown or another workspace's; malformed JSON, wrong content types,
 * empty, non-object and oversized bodies.
 *
 * Every answer is checked: never a 5xx; a 4xx has the `{error: {code, message}}` shape; a refused value is refused
 * (4xx, not stored) and a 400 names the offending field; another workspace's ids are never found; a refused write
 * leaves the workspace's data as it was (no half-written records). test/api/hostile-input.test.ts throws fixed junk
 * at every route; this test aims at each field of each route.
 */
import { createHmac } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/modules/auth/session.service.ts';
import { newId } from '../../src/shared/ids.ts';
import { call, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace, unique } from '../harness.ts';

interface Schema {
  type?: string;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
interface Param {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Schema;
}
interface Operation {
  method: Method;
  path: string;
  params: Param[];
  body: Schema | null;
  /** How it is called: an API key, the owner's browser session (routes only a person may use), or nothing. */
  cred: 'key' | 'session' | 'none';
}

/**
 * One bad request. `expect` says what a correct server does with it: `reject` — a 4xx, and a 400 names `field`;
 * `missing` — a 4xx (an id that is unknown or another workspace's must not be found); `any` — whatever it decides,
 * as long as it is not a 5xx and a 4xx has the error shape.
 */
interface Case {
  label: string;
  expect: 'reject' | 'missing' | 'any';
  field?: string;
  id?: string;
  query?: Record<string, string | string[]>;
  headers?: Record<string, string>;
  /** The body as a value (sent as JSON) or, with `raw`, as the exact text to send. */
  body?: unknown;
  raw?: string;
  contentType?: string | null;
}

const HUGE = 'x'.repeat(100_000);
/** JSON has no Infinity, but `1e999` parses to it: the placeholder is swapped for the literal in the raw body. */
const INFINITY = '__fuzz_infinity__';
/** Properties that hold an id of another resource (body and query), and which. */
const REFS: Record<string, string> = {
  surveyId: 'surveys',
  survey: 'surveys',
  surveyIds: 'surveys',
  responseId: 'responses',
  teamId: 'teams',
  teamIds: 'teams',
  locationId: 'locations',
  locationIds: 'locations',
  employeeId: 'employees',
  employeeIds: 'employees',
  accountId: 'accounts',
  personId: 'people',
  userId: 'users',
  ownerUserId: 'users',
  managerUserId: 'users',
  caseIds: 'cases',
  workspaceId: 'workspace',
  workspace: 'workspace',
  intoThemeId: 'themes',
};
const DATES = new Set(['at', 'createdAt', 'from', 'to', 'since', 'until']);
const URLS = new Set(['url', 'webhookUrl', 'slackWebhookUrl', 'linkUrl', 'logoUrl']);
const EXAMPLES: Record<string, string> = {
  email: 'fuzz@example.com',
  url: 'https://example.com/hook',
  webhookUrl: 'https://example.com/hook',
  slackWebhookUrl: 'https://hooks.slack.com/services/x',
  linkUrl: 'https://example.com/',
  logoUrl: 'https://example.com/logo.png',
  color: '#336699',
  locale: 'en',
  timeZone: 'Europe/Paris',
  from: '2026-01-01',
  to: '2026-01-31',
  since: '2026-01-01T00:00:00.000Z',
  until: '2026-12-31T00:00:00.000Z',
  at: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  createdAt: new Date(Date.now() - 86_400_000).toISOString(),
  channel: 'api',
  csv: 'email,name\nfuzz@example.com,Fuzz\n',
  fileName: 'fuzz.csv',
  currentPassword: 'not the password',
  newPassword: 'another password',
  password: 'not the password',
  token: 'not-a-token',
  id: 'q1',
};
/** Operations that need email, which this test's server cannot send (no SMTP_URL): their 503 says so, it is no crash. */
const NEEDS_MAIL = new Set(['POST /api/session/password-reset']);
const PATTERN_EXAMPLES = ['en', '2026-01-01', 'api', '#336699', 'https://example.com/x', 'fuzz'];

function typeOf(s: Schema): string | undefined {
  return s.type ?? (s.enum ? 'string' : undefined);
}

/** The types a value of this schema may have (the branches of a union). */
function kinds(s: Schema): Set<string> {
  if (s.anyOf) return new Set(s.anyOf.flatMap((b) => [...kinds(b)]));
  const t = typeOf(s);
  return new Set(t ? [t] : ['object', 'array', 'string', 'number', 'integer', 'boolean']);
}

/** A plausible valid value of a schema, using this workspace's records for properties that refer to one. */
function example(s: Schema, name: string, ids: Record<string, string>): unknown {
  if (s.anyOf) return example(s.anyOf[0]!, name, ids);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum.find((v) => v !== null);
  const ref = REFS[name] ? ids[REFS[name]!] : undefined;
  switch (typeOf(s)) {
    case 'string': {
      if (ref) return ref;
      let v = EXAMPLES[name] ?? 'fuzz';
      if (s.format === 'email') v = 'fuzz@example.com';
      if (s.pattern && !new RegExp(s.pattern).test(v)) v = PATTERN_EXAMPLES.find((p) => new RegExp(s.pattern!).test(p)) ?? v;
      return v.padEnd(s.minLength ?? 0, 'z');
    }
    case 'integer':
    case 'number':
      return s.default ?? Math.min(Math.max(name === 'score' ? 9 : 1, s.minimum ?? -Infinity), s.maximum ?? Infinity);
    case 'boolean':
      return s.default ?? false;
    case 'array':
      if (ref) return [ref];
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => example(s.items ?? {}, name, ids));
    case 'object':
      return Object.fromEntries((s.required ?? []).map((k) => [k, example(s.properties?.[k] ?? {}, k, ids)]));
    default:
      return 'fuzz';
  }
}

interface Target {
  segs: (string | number)[];
  /** The schema at each segment, to build missing parents. */
  chain: Schema[];
  schema: Schema;
  /** The property's name (an array item is named after its array). */
  name: string;
  required: boolean;
  /** Inside a record (an object of any keys), under a key that means something where possible. */
  inRecord: boolean;
}

/** The key a record's entry is tried under: a question of the fixture survey, a CSV column, … */
const RECORD_KEYS: Record<string, string> = { answers: 'q1', mapping: 'email', followUp: 'positive', thankYou: 'message' };

function* targets(s: Schema, segs: (string | number)[] = [], chain: Schema[] = [], name = '(body)', required = true, inRecord = false): Generator<Target> {
  if (segs.length > 0) yield { segs, chain, schema: s, name, required, inRecord };
  if (segs.length >= 5 || s.anyOf) return;
  const t = typeOf(s);
  if (t === 'object') {
    for (const [k, v] of Object.entries(s.properties ?? {})) yield* targets(v, [...segs, k], [...chain, v], k, (s.required ?? []).includes(k), inRecord);
    const extra = s.additionalProperties;
    if (typeof extra === 'object' && (extra.type || extra.anyOf)) yield* targets(extra, [...segs, RECORD_KEYS[name] ?? 'fuzz_key'], [...chain, extra], name, false, true);
  } else if (t === 'array' && s.items) {
    yield* targets(s.items, [...segs, 0], [...chain, s.items], name, false, inRecord);
  }
}

/** `base` with the value at `segs` replaced (or removed, for `undefined`), creating parents from their examples. */
function put(base: unknown, target: Target, value: unknown, ids: Record<string, string>): unknown {
  const root = structuredClone(base) as Record<string | number, unknown>;
  let node = root;
  target.segs.forEach((seg, i) => {
    if (i === target.segs.length - 1) {
      if (value === undefined) delete node[seg];
      else node[seg] = value;
      return;
    }
    if (typeof node[seg] !== 'object' || node[seg] === null) node[seg] = example(target.chain[i]!, String(seg), ids);
    let next = node[seg] as Record<string | number, unknown>;
    // an empty array (no example item) gets one, so that its item can be replaced
    if (Array.isArray(next) && next.length === 0) next = node[seg] = [example(target.chain[i + 1]!, String(seg), ids)] as never;
    node = next;
  });
  return root;
}

/** The bad values of one body property, each with what a correct server does with it. */
interface PropertyCase {
  label: string;
  value: unknown;
  expect: Case['expect'];
  /** Replaces the whole array, not its item. */
  whole?: boolean;
  /** An allowed value that an answer echoing the field must give back unchanged (not coerced to another type). */
  roundTrip?: boolean;
}

function propertyCases(op: string, t: Target, ids: Record<string, string>, foreign: Record<string, string>): PropertyCase[] {
  const s = t.schema;
  const ks = kinds(s);
  const out: PropertyCase[] = [];
  const reject = (label: string, value: unknown) => out.push({ label, value, expect: 'reject' });
  const any = (label: string, value: unknown) => out.push({ label, value, expect: 'any' });
  // a value inside a free-form record or document (properties, answers, a taxonomy, open objects: bounded by the
  // body limit as a whole) is the server's to judge
  const free = t.inRecord || (!s.type && !s.anyOf && !s.enum) || t.chain.slice(0, -1).some((p) => p.type === 'object' && p.additionalProperties !== false);
  if (t.required) reject('missing', undefined);
  if (!ks.has('object')) reject('an object', { fuzz: 1 });
  else if (!ks.has('string') && !free) reject('a string', 'not an object');
  if (!ks.has('array') && ks.has('object') && !free && s.type === 'object') reject('an array', [{ fuzz: 1 }]);
  if (!s.nullable && !s.anyOf?.some((b) => b.nullable)) any('null', null);
  // validation coerces types: a null must stay null, not become "" or 0 (see Nullable in src/http/schemas.ts)
  else out.push({ label: 'null (allowed)', value: null, expect: 'any', roundTrip: true });
  // nor may a union coerce a value of a later branch to its first one (a number to "3", ["a"] to "a")
  if (s.anyOf && ks.has('string') && ks.has('number')) out.push({ label: 'a number (allowed)', value: 3, expect: 'any', roundTrip: true });
  if (s.anyOf && ks.has('string') && ks.has('array')) out.push({ label: 'a list of one (allowed)', value: ['friend'], expect: 'any', roundTrip: true });
  if (s.enum) reject('not one of its values', 'fuzz-not-a-value');
  if (ks.has('string') && !s.enum) {
    // a field declared to hold more (a CSV file) may take it
    if (free || (s.maxLength ?? 0) >= HUGE.length) any('100k characters', HUGE);
    else reject('100k characters', HUGE);
    if ((s.minLength ?? 0) > 0) reject('empty', '');
    // PostgreSQL refuses NUL in text
    if (!free) reject('a NUL character', 'fu\u0000zz');
    if (DATES.has(t.name)) {
      reject('not a date', 'not-a-date');
      // an hour that cannot be, and a day that Date.parse would roll over to 2 March
      reject('an impossible time', '2026-02-03T25:61:00.000Z');
      reject('an impossible date', '2026-02-30T10:00:00.000Z');
    }
    if (URLS.has(t.name)) reject('a javascript: URL', 'javascript:alert(1)');
    if (t.name === 'email') any('not an email address', 'not-an-email');
    // the widget takes the browser's time zone as a hint and ignores one it does not know
    if (t.name === 'timeZone') out.push({ label: 'an unknown time zone', value: 'Mars/Olympus_Mons', expect: op.startsWith('POST /api/widget/') ? 'any' : 'reject' });
    const ref = REFS[t.name];
    if (ref && !free) {
      reject('an unknown id', 'does-not-exist');
      if (!s.minLength) reject('an empty id', '');
      // a list that goes wrong half way must change nothing (no half-written records)
      if (t.segs.at(-1) === 0 && ids[ref]) {
        out.push({ label: 'a good id, then an unknown one', value: [ids[ref], 'does-not-exist'], expect: 'reject', whole: true });
      }
      if (foreign[ref]) reject('another workspace’s id', foreign[ref]);
    }
  }
  if ((ks.has('number') || ks.has('integer')) && !ks.has('string')) {
    reject('a non-numeric string', 'abc');
    // request validation turns numeric strings into numbers: these two would become Infinity
    reject('"1e999"', '1e999');
    reject('"-Infinity"', '-Infinity');
    const min = s.minimum ?? -Infinity;
    const max = s.maximum ?? Infinity;
    out.push({ label: 'Infinity (1e999)', value: INFINITY, expect: 'reject' });
    out.push({ label: '1e308', value: 1e308, expect: max < 1e308 ? 'reject' : 'any' });
    out.push({ label: '-1e308', value: -1e308, expect: min > -1e308 ? 'reject' : 'any' });
    out.push({ label: '-1', value: -1, expect: min > -1 ? 'reject' : 'any' });
    if (ks.has('integer') && !ks.has('number')) reject('a fraction', 1.5);
  }
  if (ks.size === 1 && ks.has('boolean')) reject('not a boolean', 'maybe');
  if (typeOf(s) === 'object' && s.additionalProperties === false && !s.anyOf) {
    reject('an unknown property', { ...(example(s, t.name, ids) as object), fuzz_unknown: 1 });
  }
  if (typeOf(s) === 'array' && s.maxItems !== undefined && s.maxItems <= 1000) {
    reject('too many items', Array.from({ length: s.maxItems + 1 }, () => example(s.items ?? {}, t.name, ids)));
  }
  return out;
}

function queryCases(p: Param, foreign: Record<string, string>): { label: string; value: string | string[]; expect: Case['expect'] }[] {
  const s = p.schema;
  const out: { label: string; value: string | string[]; expect: Case['expect'] }[] = [];
  const t = typeOf(s);
  if (t === 'integer' || t === 'number') {
    const min = s.minimum ?? -Infinity;
    const max = s.maximum ?? Infinity;
    out.push({ label: 'a non-numeric string', value: 'abc', expect: 'reject' });
    out.push({ label: 'NaN', value: 'NaN', expect: 'reject' });
    out.push({ label: '1e999', value: '1e999', expect: 'reject' });
    out.push({ label: 'a 20-digit number', value: '99999999999999999999', expect: max < 1e20 ? 'reject' : 'any' });
    out.push({ label: '-1', value: '-1', expect: min > -1 ? 'reject' : 'any' });
    if (t === 'integer') out.push({ label: 'a fraction', value: '1.5', expect: 'reject' });
    out.push({ label: 'empty', value: '', expect: 'any' });
  } else if (t === 'boolean') {
    out.push({ label: 'not a boolean', value: 'maybe', expect: 'reject' });
  } else if (s.enum) {
    out.push({ label: 'not one of its values', value: 'fuzz-not-a-value', expect: 'reject' });
  } else {
    out.push({ label: '10k characters', value: 'x'.repeat(10_000), expect: 'reject' });
    out.push({ label: 'a NUL character', value: 'fu\u0000zz', expect: 'reject' });
    if (DATES.has(p.name)) {
      out.push({ label: 'not a date', value: 'not-a-date', expect: 'reject' });
      out.push({ label: 'an impossible date', value: '2026-13-45', expect: 'reject' });
      out.push({ label: 'February 30th', value: '2026-02-30', expect: 'reject' });
    }
    if (p.name === 'cursor') {
      out.push({ label: 'a forged cursor', value: 'garbage!!', expect: 'reject' });
      out.push({ label: 'a cursor of other JSON', value: Buffer.from('{"a":1}').toString('base64url'), expect: 'reject' });
      out.push({ label: 'a cursor with junk inside', value: Buffer.from('[1,{}]').toString('base64url'), expect: 'reject' });
    }
    if (p.name === 'groupBy') out.push({ label: 'an unknown grouping', value: 'fuzz-not-a-grouping', expect: 'reject' });
    const ref = REFS[p.name];
    if (ref) {
      out.push({ label: 'an unknown id', value: 'does-not-exist', expect: 'any' });
      if (foreign[ref]) out.push({ label: 'another workspace’s id', value: foreign[ref]!, expect: 'any' });
    }
  }
  if (p.in === 'query') out.push({ label: 'given twice', value: ['a', 'b'], expect: 'any' });
  if (p.required) out.push({ label: 'missing', value: [], expect: 'reject' });
  return out;
}

/** The resource a path's `{id}` names, as the key of the fixture ids. */
function resourceOf(path: string): string {
  const m = /\/api\/v1\/(?:themes\/)?([a-z-]+)\/\{id\}/.exec(path);
  return m ? m[1]! : '';
}

describe.each(DIALECTS)('%s: OpenAPI-driven hostile input on every operation', (dialect) => {
  let t: TestApp;
  let a: TestWorkspace;
  let b: TestWorkspace;
  let ops: Operation[];
  /** Records of workspace A (whose credentials are used) and of workspace B (whose ids A must never reach). */
  const ids: Record<string, string> = {};
  const foreign: Record<string, string> = {};
  const failures: string[] = [];
  const covered = new Map<string, number>();
  let ip = 0;
  let fingerprint = '';
  /** Valid bodies of the operations whose schema does not say enough to make one (rules checked by the service). */
  let bodies: Record<string, () => unknown> = {};

  async function fixtures(w: TestWorkspace, out: Record<string, string>): Promise<void> {
    // the owner's session: webhooks, like API keys, are managed by people, not keys
    const s = await t.ctx.sessions.create(w.ownerId, w.workspaceId);
    const headers = { cookie: `${SESSION_COOKIE}=${s.token}`, 'x-csrf-token': s.csrfToken };
    const post = async (url: string, body: unknown, status = 201) => {
      const res = await t.app.inject({ method: 'POST', url, headers, payload: body as object });
      if (res.statusCode !== status) throw new Error(`fixture ${url}: ${res.statusCode} ${res.body}`);
      return res.json();
    };
    out.workspace = w.workspaceId;
    const questions = [
      { id: 'q1', type: 'text', label: 'What could we do better?' },
      { id: 'q2', type: 'single_choice', label: 'How did you hear of us?', options: ['friend', 'ad'] },
    ];
    out.surveys = (await post('/api/v1/surveys', { name: unique('survey'), kind: 'nps', questions })).id;
    out.teams = (await post('/api/v1/teams', { name: unique('team') })).id;
    out.locations = (await post('/api/v1/locations', { name: unique('loc') })).id;
    out.employees = (await post('/api/v1/employees', { name: unique('emp'), teamId: out.teams })).id;
    out.accounts = (await post('/api/v1/accounts', { name: unique('acct') })).id;
    out.people = (await post('/api/v1/people', { email: `${unique('p')}@example.com`, accountId: out.accounts })).id;
    out.responses = (await post('/api/v1/responses', { surveyId: out.surveys, score: 2, comment: 'slow delivery', person: { email: `${unique('r')}@example.com` } })).id;
    out.cases = (await post('/api/v1/cases', { responseId: out.responses })).id;
    out.webhooks = (await post('/api/v1/webhooks', { url: 'https://example.com/hook', events: ['response.created'] })).id;
    out['alert-rules'] = (await post('/api/v1/alert-rules', { name: 'fuzz', conditions: { scoreMax: 6 }, actions: { addTags: ['fuzz'] } })).id;
    const send = await post(`/api/v1/surveys/${out.surveys}/send`, { people: [{ email: `${unique('s')}@example.com` }], channel: 'link', at: EXAMPLES.at }, 202);
    out.sends = send.sends[0].id;
    out.link = new URL(send.sends[0].link as string).pathname;
    out.imports = (await post('/api/v1/imports', { kind: 'people', fileName: 'p.csv', csv: `email\n${unique('i')}@example.com\n` })).id;
    const jobs = await call(t.app, w.key, 'GET', '/api/v1/jobs');
    out.jobs = jobs.json().data[0].id;
    const taxonomy = await call(t.app, w.key, 'PUT', '/api/v1/themes/taxonomy', { starter: 'ecommerce' });
    out.themes = taxonomy.json().taxonomy?.themes?.[0]?.id ?? 'delivery';
    out.users = (await t.ctx.workspaces.addMember(w.auth, { email: `${unique('m')}@example.com`, role: 'viewer', password: 'correct horse battery' })).id;
    out['api-keys'] = (await t.ctx.apiKeys.createForWorkspace(w.workspaceId, 'fuzz', 'read')).apiKey.id;
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    a = await createWorkspace(t.ctx);
    b = await createWorkspace(t.ctx);
    await fixtures(a, ids);
    await fixtures(b, foreign);
    // theme ids come from the starter taxonomy: the same in every workspace
    delete foreign.themes;
    const owner = await t.ctx.sessions.create(a.ownerId, a.workspaceId);
    const asOwner = { cookie: `${SESSION_COOKIE}=${owner.token}`, 'x-csrf-token': owner.csrfToken };
    // the widget asks whenever it is asked (no quiet hours at this hour of the test run, no pause between surveys)
    await t.app.inject({ method: 'PATCH', url: '/api/v1/settings', headers: asOwner, payload: { fatigue: { quietHours: null, minDaysBetweenSurveys: 0, dailySendCap: null } } });
    const install = await t.app.inject({ method: 'GET', url: `/api/v1/widget?surveyId=${ids.surveys}&includeSecret=true`, headers: asOwner });
    const visitor = (id: string) => ({ id, hash: createHmac('sha256', install.json().identity.secret as string).update(id).digest('hex') });
    const eligible = await t.app.inject({ method: 'POST', url: '/api/widget/eligibility', payload: { workspace: a.workspaceId, survey: ids.surveys, user: visitor('visitor-0') } });
    const widgetToken = eligible.json().token as string;
    if (!widgetToken) throw new Error(`widget fixture: ${eligible.body}`);
    // responses without a case, one for each case opened by hand
    const spare = await call(t.app, a.key, 'POST', '/api/v1/responses', { responses: Array.from({ length: 100 }, () => ({ surveyId: ids.surveys, score: 3 })) });
    const spareResponses = (spare.json().data as { id: string }[]).map((r) => r.id);
    // a password-reset link of a user of neither workspace (the first valid body uses it up)
    const resetToken = (await t.ctx.passwordResets.issue((await createWorkspace(t.ctx)).ownerId)).token;
    let visitors = 0;
    bodies = {
      'POST /api/widget/eligibility': () => ({ workspace: a.workspaceId, survey: ids.surveys, user: visitor(`visitor-${++visitors}`) }),
      'POST /api/widget/responses': () => ({ token: widgetToken, score: 9 }),
      // the right password, unchanged: the other checks run, and the owner can still log in
      'POST /api/session/password': () => ({ currentPassword: a.password, newPassword: a.password }),
      'POST /api/session/password-reset/confirm': () => ({ token: resetToken, newPassword: 'another password' }),
      'POST /api/v1/cases/{id}/contact': () => ({ kind: 'call', body: 'Called back.' }),
      'POST /api/v1/people': () => ({ email: `${unique('person')}@example.com` }),
      'POST /api/v1/users': () => ({ email: `${unique('user')}@example.com`, role: 'viewer', password: 'correct horse battery' }),
      'PATCH /api/v1/users/{id}': () => ({ role: 'viewer' }),
      'POST /api/v1/alert-rules': () => ({ name: 'fuzz', conditions: {}, actions: { addTags: ['fuzz'] } }),
      'POST /api/v1/surveys/{id}/send': () => ({ people: [{ email: `${unique('send')}@example.com` }], channel: 'link' }),
      'POST /api/v1/cases': () => ({ responseId: spareResponses.pop() ?? ids.responses }),
      'PUT /api/v1/themes/taxonomy': () => ({ taxonomy: { name: 'Fuzz', themes: [{ id: ids.themes, label: 'Fuzz', match: { terms: ['slow'] } }] } }),
    };
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, { parameters?: Param[]; requestBody?: { content: Record<string, { schema: Schema }> }; security?: unknown[] }>>;
    };
    ops = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([m, op]) => ({
        method: m.toUpperCase() as Method,
        path,
        params: op.parameters ?? [],
        body: op.requestBody?.content['application/json']?.schema ?? null,
        cred: path.startsWith('/api/v1/') ? ('key' as const) : path.startsWith('/api/session/') && path !== '/api/session/login' && !path.startsWith('/api/session/password-reset') ? ('session' as const) : ('none' as const),
      })),
    );
    // routes only a signed-in person may use (members, API keys, one's own notifications) refuse a key: use a session
    for (const op of ops) {
      if (op.cred !== 'key' || op.method === 'DELETE') continue;
      const res = await send(op, { label: 'baseline', expect: 'any', ...baseline(op) }, 'key');
      if (res.statusCode === 403) op.cred = 'session';
    }
    fingerprint = await data();
  }, 120_000);
  afterAll(() => t.close());

  /** A summary of workspace A's data: rows per table and their latest change. Unchanged by a refused write. */
  async function data(): Promise<string> {
    const tables: [string, string][] = [
      ['membership', 'null'],
      ['api_key', 'max(revoked_at)'],
      ['team', 'max(updated_at)'],
      ['location', 'max(updated_at)'],
      ['employee', 'max(updated_at)'],
      ['account', 'max(updated_at)'],
      ['person', 'max(updated_at)'],
      ['survey', 'max(updated_at)'],
      ['response', 'max(updated_at)'],
      ['metric_bucket', 'sum(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10)'],
      ['idempotency_key', 'null'],
      ['job', 'max(updated_at)'],
      ['survey_send', 'max(updated_at)'],
      ['email_event', 'null'],
      ['webhook', 'max(updated_at)'],
      ['webhook_delivery', 'max(updated_at)'],
      ['data_import', 'max(updated_at)'],
      ['alert_rule', 'max(updated_at)'],
      ['followup_case', 'max(updated_at)'],
      ['case_event', 'null'],
      ['workspace_taxonomy', 'max(updated_at)'],
      ['theme_suggestion', 'max(updated_at)'],
      ['notification_preference', 'max(updated_at)'],
    ];
    const parts = tables.map(([table, extra]) => sql`select ${table} as t, count(*) as n, cast(${sql.raw(extra)} as text) as x from ${sql.table(table)} where workspace_id = ${a.workspaceId}`);
    const ws = sql`select 'workspace' as t, 1 as n, settings as x from workspace where id = ${a.workspaceId}`;
    const rows = await sql<{ t: string; n: number; x: string | null }>`${sql.join([...parts, ws], sql` union all `)}`.execute(t.ctx.database.db);
    return rows.rows.map((r) => `${r.t}:${Number(r.n)}:${r.x ?? ''}`).join('|');
  }

  let session: { cookie: string; csrf: string } | null = null;
  async function freshSession(): Promise<void> {
    const s = await t.ctx.sessions.create(a.ownerId, a.workspaceId);
    session = { cookie: `${SESSION_COOKIE}=${s.token}`, csrf: s.csrfToken };
  }

  function urlOf(op: Operation, c: Case): string {
    // a DELETE is aimed at an unknown id unless the case names one: the records are used by the other operations
    const own = op.method === 'DELETE' ? undefined : ids[resourceOf(op.path)];
    let path = op.path.replace('{id}', encodeURIComponent(c.id ?? own ?? 'does-not-exist'));
    if (c.id?.startsWith('raw:')) path = op.path.replace('{id}', c.id.slice(4));
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(c.query ?? {})) for (const x of Array.isArray(v) ? v : [v]) query.append(k, x);
    const qs = query.toString();
    return qs ? `${path}?${qs}` : path;
  }

  async function send(op: Operation, c: Case, cred = op.cred): Promise<LightMyRequestResponse> {
    ip++;
    const headers: Record<string, string> = { ...c.headers };
    if (cred === 'key') headers.authorization = `Bearer ${a.key}`;
    if (cred === 'session') {
      if (!session) await freshSession();
      headers.cookie = session!.cookie;
      headers['x-csrf-token'] = session!.csrf;
    }
    let payload: string | undefined = c.raw;
    if (payload === undefined && c.body !== undefined) payload = JSON.stringify(c.body).replaceAll(`"${INFINITY}"`, '1e999');
    if (payload !== undefined && c.contentType !== null) headers['content-type'] = c.contentType ?? 'application/json';
    return t.app.inject({
      method: op.method,
      url: urlOf(op, c),
      headers,
      // one client address per request: the per-address rate limits are tested elsewhere and must not mask answers here
      remoteAddress: `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`,
      ...(payload !== undefined ? { payload } : {}),
    });
  }

  /** Whether a 400 names the field: in `fields` (its path, or a path through it) or as a word of the message. */
  function names(res: LightMyRequestResponse, field: string): boolean {
    const err = (res.json() as { error: { message: string; fields?: { field: string }[] } }).error;
    const leaf = field.split('/').pop()!.toLowerCase();
    const word = new RegExp(`(^|[^a-z])${leaf.replace(/[()]/g, '\\$&')}([^a-z]|$)`, 'i');
    return word.test(err.message) || (err.fields ?? []).some((f) => f.field.toLowerCase() === field.toLowerCase() || f.field.toLowerCase().split('/').includes(leaf));
  }

  /** Sends one case and records what is wrong with the answer. */
  async function check(op: Operation, c: Case): Promise<LightMyRequestResponse> {
    const res = await send(op, c);
    const key = `${op.method} ${op.path}`;
    covered.set(key, (covered.get(key) ?? 0) + 1);
    const what = `${key} [${c.label}] → ${res.statusCode} ${res.body.slice(0, 160)}`;
    const fail = (why: string) => failures.push(`${why}: ${what}`);
    if (res.statusCode >= 500 && !(res.statusCode === 503 && NEEDS_MAIL.has(key))) fail('5xx');
    else if (res.statusCode >= 400) {
      let body: { error?: { code?: unknown; message?: unknown } } | null = null;
      try {
        body = res.json();
      } catch {
        /* not JSON */
      }
      if (typeof body?.error?.code !== 'string' || typeof body.error.message !== 'string') fail('4xx without the error shape');
      else if (c.expect === 'reject' && res.statusCode === 400 && c.field && !names(res, c.field)) fail(`400 does not name ${c.field}`);
    } else if (c.expect !== 'any') fail(c.expect === 'missing' ? 'found' : 'accepted');
    if (op.method !== 'GET') {
      const now = await data();
      if (res.statusCode >= 400 && now !== fingerprint) fail('refused, but changed data');
      fingerprint = now;
    }
    return res;
  }

  /** A request that passes the route's schema: required query parameters and body properties with valid values. */
  function baseline(op: Operation): Pick<Case, 'query' | 'body'> {
    const query: Record<string, string> = {};
    for (const p of op.params) if (p.in === 'query' && p.required) query[p.name] = String(example(p.schema, p.name, ids));
    const custom = bodies[`${op.method} ${op.path}`];
    return { query, ...(op.body ? { body: custom ? custom() : example(op.body.anyOf ? op.body.anyOf[0]! : op.body, '(body)', ids) } : {}) };
  }

  async function each(fn: (op: Operation) => Promise<void>): Promise<void> {
    for (const op of ops) {
      session = null;
      await fn(op);
    }
  }

  it('reads every operation from the document', () => {
    expect(ops.length).toBeGreaterThan(100);
    const withIds = ops.filter((op) => op.path.includes('{id}'));
    expect(withIds.filter((op) => resourceOf(op.path) === '').map((op) => op.path)).toEqual([]);
  });

  it('body properties: wrong types, missing, unknown values, empty and over-long strings, out-of-range numbers, bad ids', async () => {
    await each(async (op) => {
      if (!op.body) return;
      const branches = op.body.anyOf ?? [op.body];
      for (const [i, root] of branches.entries()) {
        // a fresh valid request for each case (some are used up: a response gets one case)
        const fresh = () => ({ ...baseline(op), ...(i > 0 ? { body: example(root, '(body)', ids) } : {}) });
        const first = await check(op, { ...fresh(), label: 'a valid body', expect: 'any' });
        if (first.statusCode === 400) failures.push(`the valid body is refused (fix its example): ${op.method} ${op.path} → ${first.body.slice(0, 200)}`);
        for (const target of targets(root)) {
          for (const m of propertyCases(`${op.method} ${op.path}`, target, ids, foreign)) {
            // a body that matches no branch of a union may be answered with the first branch's problem
            const at = m.whole ? { ...target, segs: target.segs.slice(0, -1), chain: target.chain.slice(0, -1) } : target;
            const field = at.segs.map(String).join('/');
            const named = i === 0 || m.label !== 'missing' || at.segs.length > 1 ? field : undefined;
            const base = fresh();
            const res = await check(op, { ...base, label: `${field}: ${m.label}`, expect: m.expect, field: named, body: put(base.body, at, m.value, ids) });
            if (m.roundTrip && res.statusCode < 300 && res.body) {
              const echoed = target.segs.reduce<unknown>((node, seg) => (node as Record<string | number, unknown> | undefined)?.[seg], res.json());
              // (a null may also remove the field)
              if (echoed !== undefined && JSON.stringify(echoed) !== JSON.stringify(m.value)) failures.push(`${JSON.stringify(m.value)} saved as ${JSON.stringify(echoed)}: ${op.method} ${op.path} [${field}]`);
            }
          }
        }
      }
    });
  }, 180_000);

  it('query parameters and headers: non-numbers, huge and negative numbers, unknown values, bad dates, forged cursors', async () => {
    await each(async (op) => {
      const base = baseline(op);
      // an unknown parameter is ignored (or refused), on routes without parameters too
      await check(op, { ...base, label: 'an unknown parameter', expect: 'any', query: { ...base.query, fuzz_unknown: '<script>alert(1)</script>' } });
      for (const p of op.params) {
        if (p.in === 'path') continue;
        for (const m of queryCases(p, foreign)) {
          if (p.in === 'header') {
            // Node's HTTP parser refuses control characters in header values before the app sees them
            if (Array.isArray(m.value) || m.value.includes('\u0000')) continue;
            await check(op, { ...base, label: `header ${p.name}: ${m.label}`, expect: m.expect, field: p.name, headers: { [p.name]: m.value } });
            continue;
          }
          const query = { ...base.query, [p.name]: m.value };
          if (Array.isArray(m.value) && m.value.length === 0) delete query[p.name];
          await check(op, { ...base, label: `${p.name}: ${m.label}`, expect: m.expect, field: p.name, query });
        }
      }
    });
  }, 180_000);

  it('path ids: malformed, unknown, over-long, and another workspace’s', async () => {
    await each(async (op) => {
      if (!op.path.includes('{id}')) return;
      const base = baseline(op);
      const resource = resourceOf(op.path);
      const bad: [string, string, Case['expect']][] = [
        ['an unknown id', 'does-not-exist', 'missing'],
        ['an unknown uuid', newId(), 'missing'],
        ['101 characters', 'x'.repeat(101), 'reject'],
        ['SQL', "' OR 1=1 --", 'missing'],
        ['a NUL byte', 'raw:%00', 'missing'],
        ['broken percent-encoding', 'raw:%E0%A4%A', 'missing'],
        ['a path traversal', 'raw:..%2F..%2Fsurveys', 'missing'],
        ['an emoji', '😀', 'missing'],
      ];
      if (foreign[resource]) bad.push(['another workspace’s id', foreign[resource], 'missing']);
      for (const [label, id, expect] of bad) await check(op, { ...base, label: `id: ${label}`, expect, field: 'id', id });
    });
  }, 180_000);

  it('malformed JSON, wrong content types, empty, non-object and oversized bodies', async () => {
    await each(async (op) => {
      if (op.method === 'GET') return;
      const base = baseline(op);
      const field = '(body)';
      const reject: Case['expect'] = op.body ? 'reject' : 'any';
      const json = JSON.stringify(base.body ?? {});
      const cases: Case[] = [
        { label: 'malformed JSON', expect: 'reject', field, raw: '{"a":' },
        { label: 'JSON with a trailing comma', expect: 'reject', field, raw: '{"a": 1,}' },
        { label: 'an empty body as JSON', expect: reject, field, raw: '' },
        { label: 'null', expect: reject, field, raw: 'null' },
        { label: 'an array', expect: reject, field, raw: '[]' },
        { label: 'a string', expect: reject, field, raw: '"fuzz"' },
        { label: 'a number', expect: reject, field, raw: '12' },
        { label: 'a deeply nested array', expect: reject, field, raw: `${'['.repeat(5000)}${']'.repeat(5000)}` },
        { label: 'form-encoded', expect: 'reject', field, raw: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
        { label: 'XML', expect: 'reject', field, raw: '<a/>', contentType: 'application/xml' },
        { label: 'multipart', expect: 'reject', field, raw: '--x\r\n\r\n--x--', contentType: 'multipart/form-data; boundary=x' },
        { label: 'a valid body as text/plain', expect: op.path.startsWith('/api/widget/') ? 'any' : reject, field, raw: json, contentType: 'text/plain' },
        { label: 'a valid body as UTF-16', expect: 'any', field, raw: json, contentType: 'application/json; charset=utf-16' },
        { label: 'JSON with no content type', expect: 'any', field, raw: json, contentType: null },
        // refused for its size (413), or by its content where a route takes larger bodies (imports)
        { label: 'over 1 MB', expect: 'reject', raw: JSON.stringify({ fuzz: 'x'.repeat(1_100_000) }) },
      ];
      if (op.body) cases.push({ label: 'no body at all', expect: 'reject', field });
      for (const c of cases) await check(op, { ...c, query: base.query });
    });
  }, 180_000);

  it('every operation is also called once with each other credential, and without one', async () => {
    await each(async (op) => {
      if (op.method === 'DELETE') return;
      const base = baseline(op);
      for (const cred of ['key', 'session', 'none'] as const) {
        if (cred === op.cred) continue;
        const res = await send(op, { label: `baseline as ${cred}`, expect: 'any', ...base }, cred);
        if (res.statusCode >= 500 && !(res.statusCode === 503 && NEEDS_MAIL.has(`${op.method} ${op.path}`))) failures.push(`5xx: ${op.method} ${op.path} [baseline as ${cred}] → ${res.statusCode} ${res.body.slice(0, 160)}`);
        if (cred === 'none' && op.cred !== 'none' && op.path !== '/api/session/logout' && res.statusCode < 400) failures.push(`answered without credentials: ${op.method} ${op.path} → ${res.statusCode}`);
      }
      fingerprint = await data();
    });
  }, 180_000);

  it('the customer-facing pages outside the document: hostile forms, paths and bodies get a 4xx page, never a 5xx', async () => {
    const publicSurvey = (await call(t.app, a.key, 'POST', '/api/v1/surveys', { name: unique('public'), kind: 'nps', publicLink: true, questions: [{ id: 'q1', type: 'text', label: 'Why?' }] })).json().id as string;
    const { slug } = await t.ctx.database.db.selectFrom('workspace').select('slug').where('id', '=', a.workspaceId).executeTakeFirstOrThrow();
    const nul = encodeURIComponent('fu\u0000zz');
    const forms = ['score=9', `score=${nul}`, `score=9&step=details&comment=${nul}`, `score=9&step=details&q1=${nul}`, `score=9&step=details&ref=${nul}`, 'score=9&score=10&step=details&step=x', `score=9&step=details&comment=${'y'.repeat(20_000)}`, `score=9&comment=${'x'.repeat(70_000)}`, '%%%=%%%', ''];
    const feedback = ['type=complaint&message=hello', `type=complaint&message=${nul}`, `type=complaint&message=x&name=${nul}`, 'type=complaint&type=praise&message=x', 'type=bogus&message=x', `type=complaint&message=${'x'.repeat(70_000)}`];
    const requests: [string, string, string?, string?][] = [];
    for (const page of [ids.link!, `/s/p/${publicSurvey}`]) {
      for (const q of ['', '?score=1e999', `?score=${nul}`, '?score=a&score=b']) requests.push(['GET', `${page}${q}`]);
      for (const body of forms) requests.push(['POST', page, body]);
      requests.push(['POST', page, '{"score": 9, "step": "details", "comment": "fu\\u0000zz"}', 'application/json'], ['POST', page, '{"score": [9], "step": {}}', 'application/json'], ['POST', page, '{', 'application/json'], ['POST', page, '<a/>', 'application/xml']);
    }
    for (const body of feedback) requests.push(['POST', `/f/${slug}`, body]);
    requests.push(['POST', `/f/${slug}`, '{"type": ["complaint"], "message": {}}', 'application/json']);
    for (const bad of ['x'.repeat(401), '%00', 'a.b.c', '..%2F..', '%E0%A4%A']) {
      for (const page of ['/s/', '/s/p/', '/f/', '/u/']) requests.push(['GET', `${page}${bad}`], ['POST', `${page}${bad}`, 'score=9']);
    }
    for (const [method, url, payload, type] of requests) {
      ip++;
      const res = await t.app.inject({
        method: method as 'GET',
        url,
        remoteAddress: `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`,
        ...(payload !== undefined ? { payload, headers: { 'content-type': type ?? 'application/x-www-form-urlencoded' } } : {}),
      });
      if (res.statusCode >= 500) failures.push(`5xx: ${method} ${url.slice(0, 80)} ${payload?.slice(0, 60) ?? ''} → ${res.statusCode}`);
    }
    // nothing with a NUL character was stored (PostgreSQL refuses it; SQLite would have kept it)
    const comments = await t.ctx.database.db.selectFrom('response').select(['comment', 'answers']).where('workspace_id', '=', a.workspaceId).execute();
    expect(comments.filter((r) => `${r.comment}${r.answers}`.includes('\u0000'))).toEqual([]);
  }, 60_000);

  it('covered every operation and found nothing wrong', () => {
    const missed = ops.map((op) => `${op.method} ${op.path}`).filter((k) => !covered.has(k));
    expect(missed).toEqual([]);
    expect([...new Set(failures)]).toEqual([]);
  });
});
