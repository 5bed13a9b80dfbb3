/**
 * GET /api/v1/sends?channel=: the sends of one channel (email, personal link, website widget), alone or with the
 * other filters and paging; any other value is a 400 naming `channel`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, nowIso } from '../../src/shared/ids.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace, unique } from '../harness.ts';

interface SendItem {
  id: string;
  channel: string;
  status: string;
  surveyId: string;
}

describe.each(DIALECTS)('%s: sends channel filter', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let survey: string;
  const made: Record<string, string[]> = { email: [], link: [], widget: [] };

  beforeAll(async () => {
    // An SMTP_URL so email sends are accepted; no worker runs, so they stay scheduled and nothing is sent.
    t = await createTestApp(dialect, { SMTP_URL: 'smtp://127.0.0.1:9' });
    ws = await createWorkspace(t.ctx);
    survey = await createSurvey(t.app, ws.key);
    for (const channel of ['email', 'link'] as const) {
      const res = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, {
        people: [{ email: `${unique(channel)}@example.com` }, { email: `${unique(channel)}@example.com` }],
        channel,
      });
      expect(res.statusCode, res.body).toBe(202);
      made[channel] = (res.json() as { sends: SendItem[] }).sends.map((s) => s.id);
    }
    // The widget makes its sends itself when it shows; one written as it would write it.
    const person = (await call(t.app, ws.key, 'POST', '/api/v1/people', { email: `${unique('visitor')}@example.com` })).json() as { id: string };
    const now = nowIso();
    const id = newId();
    await t.ctx.database.db
      .insertInto('survey_send')
      .values({
        id,
        workspace_id: ws.workspaceId,
        survey_id: survey,
        person_id: person.id,
        channel: 'widget',
        status: 'sent',
        skip_reason: null,
        error: null,
        scheduled_at: now,
        sent_at: now,
        reminder_due_at: null,
        reminded_at: null,
        responded_at: null,
        response_id: null,
        expires_at: new Date(Date.now() + 86_400_000).toISOString(),
        properties: '{}',
        created_at: now,
        updated_at: now,
      })
      .execute();
    made.widget = [id];
  });
  afterAll(() => t.close());

  const list = async (query: string) => {
    const res = await call(t.app, ws.key, 'GET', `/api/v1/sends?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { data: SendItem[]; nextCursor: string | null };
  };

  it('lists only the sends of the channel asked for', async () => {
    expect((await list(`surveyId=${survey}`)).data).toHaveLength(5);
    for (const channel of ['email', 'link', 'widget']) {
      const { data } = await list(`surveyId=${survey}&channel=${channel}`);
      expect(data.map((s) => s.channel).every((c) => c === channel), channel).toBe(true);
      expect(data.map((s) => s.id).sort(), channel).toEqual([...made[channel]!].sort());
    }
  });

  it('combines with the status filter and pages within the channel', async () => {
    expect((await list(`surveyId=${survey}&channel=email&status=scheduled`)).data).toHaveLength(2);
    expect((await list(`surveyId=${survey}&channel=link&status=scheduled`)).data).toHaveLength(0);
    const first = await list(`surveyId=${survey}&channel=link&limit=1`);
    expect(first.data).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = await list(`surveyId=${survey}&channel=link&limit=1&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect(second.data.map((s) => s.channel)).toEqual(['link']);
    expect(new Set([first.data[0]!.id, second.data[0]!.id])).toEqual(new Set(made.link));
  });

  it('sees only its own workspace’s sends', async () => {
    const other = await createWorkspace(t.ctx);
    expect((await call(t.app, other.key, 'GET', '/api/v1/sends?channel=link')).json().data).toEqual([]);
    // a read key may filter too
    expect((await call(t.app, ws.readKey, 'GET', `/api/v1/sends?channel=link&surveyId=${survey}`)).json().data).toHaveLength(2);
  });

  it.each(['sms', 'api', 'EMAIL', ''])('refuses channel=%j with a 400 naming channel', async (value) => {
    const res = await call(t.app, ws.key, 'GET', `/api/v1/sends?channel=${encodeURIComponent(value)}`);
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json() as { error: { code: string; message: string; fields: { field: string; message: string }[] } };
    expect(error.code).toBe('validation_error');
    expect(error.fields[0]).toEqual({ field: 'channel', message: 'must be one of: email, link, widget' });
  });
});
