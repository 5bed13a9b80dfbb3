/**
 * An alert rule's `addTags` follows the rules a manager's tags follow (src/modules/responses/response-tags.ts):
 * saving a rule checks its tags (trimmed, 1–40 characters, no control characters; 400 naming `actions/addTags/i`)
 * and keeps them trimmed and without repeats; firing it adds them case-insensitively (the response's spelling stays)
 * and only while the response has fewer than 20 tags. A rule saved before the check, with a tag too long for it,
 * keeps working: switched off and on without a 400, its long tag still added, its case still opened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { newId, nowIso } from '../../src/shared/ids.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace } from '../harness.ts';

type Problem = { field: string; message: string };

describe.each(DIALECTS)('%s: alert-rule tags follow the tag rules', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let worker: Worker;
  let survey: string;
  let headers: Record<string, string>;

  const rules = (method: 'POST' | 'PATCH', url: string, payload: unknown) => t.app.inject({ method, url, headers, payload: payload as object });
  const tagsOf = async (id: string): Promise<string[]> => (await call(t.app, ws.key, 'GET', `/api/v1/responses/${id}`)).json().tags;
  /** A new response a rule will act on once the worker runs: its id. */
  const respond = async (score: number, comment: string): Promise<string> => {
    const res = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score, comment });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json().id;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    worker = new Worker(t.ctx, { names: ['alerts.evaluate'], workspaceIds: [ws.workspaceId] });
    survey = await createSurvey(t.app, ws.key, 'nps');
    const owner = await login(t.app, ws.ownerEmail, ws.password);
    headers = { cookie: owner.cookie, 'x-csrf-token': owner.csrf };
  });
  afterAll(() => t.close());

  it('refuses a rule whose tags a manager could not type, naming each one', async () => {
    const bad = async (addTags: string[]): Promise<Problem[]> => {
      const res = await rules('POST', '/api/v1/alert-rules', { name: 'Tags', conditions: {}, actions: { addTags } });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('validation_error');
      return res.json().error.fields;
    };
    // 41 characters: allowed before (up to 50), over the 40 of a response's tags now
    expect(await bad(['ok', 'x'.repeat(41)])).toEqual([{ field: 'actions/addTags/1', message: 'must be at most 40 characters' }]);
    expect(await bad(['   '])).toEqual([{ field: 'actions/addTags/0', message: 'must not be empty' }]);
    expect(await bad(['call\tback', 'ok', 'line\nbreak'])).toEqual([
      { field: 'actions/addTags/0', message: 'must not contain control characters (tabs, line breaks)' },
      { field: 'actions/addTags/2', message: 'must not contain control characters (tabs, line breaks)' },
    ]);
    // 40 characters once trimmed is fine
    const fits = await rules('POST', '/api/v1/alert-rules', { name: 'Fits', enabled: false, conditions: {}, actions: { addTags: [`  ${'y'.repeat(40)}  `] } });
    expect(fits.statusCode, fits.body).toBe(201);
    expect(fits.json().actions.addTags).toEqual(['y'.repeat(40)]);
    // a change of actions is checked the same way
    const patched = await rules('PATCH', `/api/v1/alert-rules/${fits.json().id}`, { actions: { addTags: ['fine', 'z'.repeat(45)] } });
    expect(patched.statusCode, patched.body).toBe(400);
    expect(patched.json().error.fields).toEqual([{ field: 'actions/addTags/1', message: 'must be at most 40 characters' }]);
  });

  it('saves tags trimmed and without repeats in any case, the first spelling kept', async () => {
    const res = await rules('POST', '/api/v1/alert-rules', { name: 'Spelling', enabled: false, conditions: {}, actions: { addTags: [' Refund ', 'refund', 'VIP', 'REFUND'] } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().actions.addTags).toEqual(['Refund', 'VIP']);
    const stored = await rules('PATCH', `/api/v1/alert-rules/${res.json().id}`, { actions: { addTags: ['vip ', ' Vip', 'churn risk'] } });
    expect(stored.statusCode, stored.body).toBe(200);
    expect(stored.json().actions.addTags).toEqual(['vip', 'churn risk']);
  });

  it('adds tags case-insensitively and stops at 20 tags per response', async () => {
    const rule = await rules('POST', '/api/v1/alert-rules', { name: 'Detractors', conditions: { scoreGroups: ['detractor'] }, actions: { addTags: ['VIP', 'Refund', 'call back'] } });
    expect(rule.statusCode, rule.body).toBe(201);
    t.ctx.alertRules.touch(ws.workspaceId);

    // the response carries "vip" when the rule runs: it keeps its spelling, and "VIP" is not added beside it
    const a = await respond(2, 'Rude on the phone');
    expect((await call(t.app, ws.key, 'PATCH', `/api/v1/responses/${a}`, { tags: ['vip'] })).statusCode).toBe(200);
    await worker.drain();
    expect(await tagsOf(a)).toEqual(['vip', 'Refund', 'call back']);

    // 19 tags when the rule runs: one more fits, in the rule's order; the others are left out, nothing fails
    const b = await respond(1, 'Never again');
    const nineteen = Array.from({ length: 19 }, (_, i) => `t${i + 1}`);
    expect((await call(t.app, ws.key, 'PATCH', `/api/v1/responses/${b}`, { tags: nineteen })).statusCode).toBe(200);
    await worker.drain();
    expect(await tagsOf(b)).toEqual([...nineteen, 'VIP']);
    // a manager adding one more gets the usual 400: the rule did not push the response over the cap
    const more = await call(t.app, ws.key, 'POST', `/api/v1/responses/${b}/tags`, { tags: ['one more'] });
    expect(more.statusCode).toBe(400);
    expect(more.json().error.fields).toEqual([{ field: 'tags', message: 'a response has at most 20 tags (this would make 21)' }]);
    await rules('PATCH', `/api/v1/alert-rules/${rule.json().id}`, { enabled: false });
  });

  it('keeps a rule saved before the check working: its long tag added as far as the cap allows, its case opened', async () => {
    const long = 'customer-threatened-to-cancel-their-subscription'; // 48 characters, allowed when the rule was saved
    const now = nowIso();
    const id = newId();
    await t.ctx.database.db
      .insertInto('alert_rule')
      .values({
        id,
        workspace_id: ws.workspaceId,
        name: 'Saved before tags were checked',
        enabled: 1,
        conditions: JSON.stringify({ words: ['cancel'] }),
        actions: JSON.stringify({ openCase: { assign: 'none' }, addTags: [` ${long} `, 'tab\there', '   ', 'Legacy', 'legacy'] }),
        round_robin_cursor: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    // switching it off and on again sends no actions: nothing to refuse
    expect((await rules('PATCH', `/api/v1/alert-rules/${id}`, { enabled: false })).statusCode).toBe(200);
    const on = await rules('PATCH', `/api/v1/alert-rules/${id}`, { enabled: true });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json().actions.addTags).toHaveLength(5);
    t.ctx.alertRules.touch(ws.workspaceId);

    const r = await respond(3, 'I will cancel');
    await worker.drain();
    // trimmed, the long one as written (the responses it tagged before carry it too); the blank one and the one with
    // a tab left out; "legacy" once
    expect(await tagsOf(r)).toEqual([long, 'Legacy']);
    const cases = (await call(t.app, ws.key, 'GET', `/api/v1/cases?responseId=${r}`)).json().data as { ruleId: string }[];
    expect(cases.map((c) => c.ruleId)).toEqual([id]);

    // a response already at the cap gets none of them, and the case still opens
    const full = await respond(4, 'Going to cancel');
    const twenty = Array.from({ length: 20 }, (_, i) => `full${i + 1}`);
    expect((await call(t.app, ws.key, 'PATCH', `/api/v1/responses/${full}`, { tags: twenty })).statusCode).toBe(200);
    await worker.drain();
    expect(await tagsOf(full)).toEqual(twenty);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/cases?responseId=${full}`)).json().data).toHaveLength(1);
  });
});
