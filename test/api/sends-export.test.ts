/**
 * GET /api/v1/sends/export: every send the filters select as CSV, read from the server page by page (more than one
 * page of the list), with the list's filters and its link rule (links only for write access), formulas in names and
 * other outside text defused, and a 400 naming a filter it cannot take.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SENDS_CSV_COLUMNS } from '../../src/modules/distribution/sends-csv-export.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace, unique } from '../harness.ts';

interface SendItem {
  id: string;
  channel: string;
  status: string;
  link: string | null;
  person: { email: string | null } | null;
}

type Row = Record<(typeof SENDS_CSV_COLUMNS)[number], string>;

/** More than the list's largest page (200), so the export has to follow the cursor. */
const LINKS = 230;

describe.each(DIALECTS)('%s: sends CSV export', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let survey: string;
  let otherSurvey: string;
  let viewer: { cookie: string };
  let owner: { cookie: string };
  const formula = { name: '=HYPERLINK("http://evil.example","click")', externalId: '+cmd', email: `${unique('formula')}@example.com` };
  let unsubscribedPersonId: string;
  let skippedSendId: string;

  beforeAll(async () => {
    // An SMTP_URL so email sends are accepted; no worker runs, so they stay scheduled and nothing is sent.
    t = await createTestApp(dialect, { SMTP_URL: 'smtp://127.0.0.1:9' });
    ws = await createWorkspace(t.ctx);
    survey = await createSurvey(t.app, ws.key);
    otherSurvey = await createSurvey(t.app, ws.key);

    const people = Array.from({ length: LINKS - 1 }, (_, i) => ({ email: `${unique(`p${i}`)}@example.com`, name: `Person ${i}` }));
    const links = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, { people: [...people, formula], channel: 'link' });
    expect(links.statusCode, links.body).toBe(202);
    expect(links.json().scheduled).toBe(LINKS);

    const emails = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, { people: [{ email: `${unique('mail')}@example.com` }, { email: `${unique('mail')}@example.com` }] });
    expect(emails.statusCode, emails.body).toBe(202);
    // A third email send whose person unsubscribed: when it is due it is skipped, with the reason.
    const gone = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, { people: [{ email: `${unique('gone')}@example.com` }] });
    skippedSendId = (gone.json() as { sends: (SendItem & { personId: string })[] }).sends[0]!.id;
    unsubscribedPersonId = (gone.json() as { sends: (SendItem & { personId: string })[] }).sends[0]!.personId;
    await t.ctx.database.db.updateTable('person').set({ unsubscribed_at: new Date().toISOString() }).where('id', '=', unsubscribedPersonId).execute();
    expect(await t.ctx.distribution.processSend(skippedSendId)).toBe('skipped');

    expect((await call(t.app, ws.key, 'POST', `/api/v1/surveys/${otherSurvey}/send`, { people: [{ email: `${unique('other')}@example.com` }], channel: 'link' })).statusCode).toBe(202);

    owner = await login(t.app, ws.ownerEmail, ws.password);
    const viewerEmail = `${unique('viewer')}@example.com`;
    await t.ctx.workspaces.addMember(ws.auth, { email: viewerEmail, role: 'viewer', password: 'password-123' });
    viewer = await login(t.app, viewerEmail, 'password-123');
  }, 60_000);
  afterAll(() => t.close());

  const exportAs = async (auth: { key: string } | { cookie: string }, query: string) => {
    const res =
      'key' in auth ? await call(t.app, auth.key, 'GET', `/api/v1/sends/export?${query}`) : await t.app.inject({ method: 'GET', url: `/api/v1/sends/export?${query}`, headers: { cookie: auth.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return { res, rows: parse(res.body, { columns: true }) as Row[] };
  };

  /** The list's sends, every page, for comparing with the export. */
  const listAll = async (query: string): Promise<SendItem[]> => {
    const out: SendItem[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(t.app, ws.key, 'GET', `/api/v1/sends?${query}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      const page = res.json() as { data: SendItem[]; nextCursor: string | null };
      out.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  };

  it('downloads every send of the survey, past the first page, in the list’s order', async () => {
    const { res, rows } = await exportAs({ key: ws.key }, `surveyId=${survey}`);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="sends-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.split('\n')[0]).toBe(SENDS_CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(LINKS + 3);
    expect(new Set(rows.map((r) => r.id)).size).toBe(LINKS + 3);
    expect(rows.map((r) => r.id)).toEqual((await listAll(`surveyId=${survey}`)).map((s) => s.id));
    expect(rows.every((r) => r.survey_id === survey)).toBe(true);
  });

  it('fills each column from the send: times, status and skip reason, channel, person and link', async () => {
    const { rows } = await exportAs({ key: ws.key }, `surveyId=${survey}`);
    const listed = new Map((await listAll(`surveyId=${survey}`)).map((s) => [s.id, s]));
    const link = rows.find((r) => r.channel === 'link' && r.name === 'Person 7')!;
    expect(link).toMatchObject({ status: 'sent', skip_reason: '', responded_at: '' });
    expect(Date.parse(link.created_at)).not.toBeNaN();
    expect(Date.parse(link.scheduled_at)).not.toBeNaN();
    expect(Date.parse(link.sent_at)).not.toBeNaN();
    expect(Date.parse(link.expires_at)).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect(link.link).toBe(listed.get(link.id)!.link);
    expect(link.link).toMatch(/^http.*\/s\/[\w-]+\.[\w-]+$/);
    expect(link.email).toBe(listed.get(link.id)!.person!.email);
    const skipped = rows.find((r) => r.id === skippedSendId)!;
    expect(skipped).toMatchObject({ status: 'skipped', skip_reason: 'unsubscribed', channel: 'email', sent_at: '', person_id: unsubscribedPersonId });
    const scheduled = rows.filter((r) => r.status === 'scheduled');
    expect(scheduled).toHaveLength(2);
    expect(scheduled.every((r) => r.channel === 'email' && r.sent_at === '' && r.link !== '')).toBe(true);
  });

  it('takes the list’s filters: channel, status, person, survey or none', async () => {
    const email = (await exportAs({ key: ws.key }, `surveyId=${survey}&channel=email`)).rows;
    expect(email).toHaveLength(3);
    expect(email.every((r) => r.channel === 'email')).toBe(true);
    expect((await exportAs({ key: ws.key }, `surveyId=${survey}&status=scheduled`)).rows.map((r) => r.status)).toEqual(['scheduled', 'scheduled']);
    expect((await exportAs({ key: ws.key }, `surveyId=${survey}&channel=link&status=sent`)).rows).toHaveLength(LINKS);
    expect((await exportAs({ key: ws.key }, `personId=${unsubscribedPersonId}`)).rows.map((r) => r.id)).toEqual([skippedSendId]);
    const other = (await exportAs({ key: ws.key }, `surveyId=${otherSurvey}`)).rows;
    expect(other).toHaveLength(1);
    expect((await exportAs({ key: ws.key }, '')).rows).toHaveLength(LINKS + 4);
    // an empty selection is still a CSV: the header alone
    const none = await exportAs({ key: ws.key }, `surveyId=${otherSurvey}&status=failed`);
    expect(none.rows).toEqual([]);
    expect(none.res.body).toBe(`${SENDS_CSV_COLUMNS.join(',')}\n`);
    // another workspace sees none of them
    const stranger = await createWorkspace(t.ctx);
    expect((await exportAs({ key: stranger.key }, `surveyId=${survey}`)).rows).toEqual([]);
  });

  it('defuses a name or external id a spreadsheet would run as a formula', async () => {
    const { rows } = await exportAs({ key: ws.key }, `surveyId=${survey}&channel=link`);
    const row = rows.find((r) => r.email === formula.email)!;
    expect(row.name).toBe(`'${formula.name}`);
    expect(row.external_id).toBe(`'${formula.externalId}`);
    expect(rows.find((r) => r.name === 'Person 3')!.name).toBe('Person 3');
  });

  it('leaves the links out for read keys and viewers, as the list does, and keeps them for an owner', async () => {
    for (const who of [{ key: ws.readKey }, viewer]) {
      const { rows } = await exportAs(who, `surveyId=${survey}`);
      expect(rows).toHaveLength(LINKS + 3);
      expect(rows.every((r) => r.link === ''), JSON.stringify(who).slice(0, 20)).toBe(true);
      expect(rows.some((r) => r.email === formula.email)).toBe(true);
    }
    const { rows } = await exportAs(owner, `surveyId=${survey}&channel=link`);
    expect(rows.every((r) => r.link.includes('/s/'))).toBe(true);
  });

  it.each([
    ['status=bogus', 'status'],
    ['channel=sms', 'channel'],
    ['surveyId=' + 'x'.repeat(101), 'surveyId'],
  ])('answers 400 naming the filter for %s', async (query, field) => {
    const res = await call(t.app, ws.key, 'GET', `/api/v1/sends/export?${query}`);
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json() as { error: { code: string; fields: { field: string }[] } };
    expect(error.code).toBe('validation_error');
    expect(error.fields[0]!.field).toBe(field);
    expect(res.headers['content-type']).toMatch(/json/);
  });

  it('takes a key or a session: 401 without', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/sends/export?surveyId=${survey}` })).statusCode).toBe(401);
  });
});
