/**
 * A survey's own email subject, intro and reminder subject through the survey API and the email preview: saved,
 * changed one at a time, put back to the localised default when blank; {company} filled in; HTML escaped (no
 * script gets into the email); line breaks refused in subjects (header injection) with a 400 naming the field, in a
 * save and in the preview's draft alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAIL_TEXTS } from '../../src/modules/distribution/email-i18n.ts';
import { call, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace, unique } from '../harness.ts';

const XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe.each(DIALECTS)('%s: survey email texts', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    await t.ctx.settings.update(ws.auth, { branding: { companyName: 'Acme' } });
  });
  afterAll(() => t.close());

  const create = async (extra: Record<string, unknown> = {}) => {
    const res = await call(t.app, ws.key, 'POST', '/api/v1/surveys', { name: unique('s'), kind: 'nps', ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; email: Record<string, string | null> };
  };
  const preview = (id: string, body: Record<string, unknown> = {}) => call(t.app, ws.key, 'POST', `/api/v1/surveys/${id}/preview`, { locale: 'en', ...body });

  it('has no texts of its own by default: the preview shows the localised defaults', async () => {
    const s = await create();
    expect(s.email).toEqual({ subject: null, intro: null, reminderSubject: null });
    const res = await preview(s.id);
    expect(res.statusCode).toBe(200);
    const { email } = res.json();
    expect(email.subject).toBe(EMAIL_TEXTS.en.subject('Acme'));
    expect(email.reminderSubject).toBe(EMAIL_TEXTS.en.reminderSubject('Acme'));
    expect(email.html).toContain(EMAIL_TEXTS.en.intro);
    const de = (await preview(s.id, { locale: 'de' })).json().email;
    expect(de.subject).toBe(EMAIL_TEXTS.de.subject('Acme'));
  });

  it('saves, changes one at a time and resets to the default when blank or null', async () => {
    const s = await create({ email: { subject: '  A word from {company}  ', intro: 'Line one\r\nLine two', reminderSubject: '' } });
    expect(s.email).toEqual({ subject: 'A word from {company}', intro: 'Line one\nLine two', reminderSubject: null });

    const patched = await call(t.app, ws.key, 'PATCH', `/api/v1/surveys/${s.id}`, { email: { reminderSubject: 'Still there, {company}?' } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().email).toEqual({ subject: 'A word from {company}', intro: 'Line one\nLine two', reminderSubject: 'Still there, {company}?' });

    // The saved texts reach the preview in every language (they replace the localised wording), {company} filled in.
    for (const locale of ['en', 'fr']) {
      const { email } = (await preview(s.id, { locale })).json();
      expect(email.subject).toBe('A word from Acme');
      expect(email.reminderSubject).toBe('Still there, Acme?');
      expect(email.html).toContain('<p>Line one<br>Line two</p>');
      expect(email.html).toContain('<title>A word from Acme</title>');
      expect(email.text).toContain('Line one\nLine two');
    }

    const reset = await call(t.app, ws.key, 'PATCH', `/api/v1/surveys/${s.id}`, { email: { subject: '   ', intro: null } });
    expect(reset.json().email).toEqual({ subject: null, intro: null, reminderSubject: 'Still there, {company}?' });
    expect((await preview(s.id)).json().email.subject).toBe(EMAIL_TEXTS.en.subject('Acme'));
    // other changes leave the texts alone
    expect((await call(t.app, ws.key, 'PATCH', `/api/v1/surveys/${s.id}`, { name: 'Renamed' })).json().email.reminderSubject).toBe('Still there, {company}?');
  });

  it('shows the editor’s unsaved texts in the preview, over the saved ones', async () => {
    const s = await create({ email: { subject: 'Saved subject', intro: 'Saved intro' } });
    const { email } = (await preview(s.id, { draft: { email: { subject: 'Draft subject for {company}', reminderSubject: 'Draft reminder' } } })).json();
    expect(email.subject).toBe('Draft subject for Acme');
    expect(email.reminderSubject).toBe('Draft reminder');
    expect(email.html).toContain('Saved intro'); // not in the draft: the saved one
    const blank = (await preview(s.id, { draft: { email: { subject: '' } } })).json().email;
    expect(blank.subject).toBe(EMAIL_TEXTS.en.subject('Acme'));
    // a preview saves nothing
    expect((await call(t.app, ws.key, 'GET', `/api/v1/surveys/${s.id}`)).json().email.subject).toBe('Saved subject');
  });

  it('escapes HTML in the email: a script in the subject or intro stays text', async () => {
    const s = await create({ email: { subject: `Hi ${XSS}`, intro: `Hello ${XSS}\n<b>bold?</b>` } });
    expect(s.email.intro).toBe(`Hello ${XSS}\n<b>bold?</b>`); // stored as written: escaping is the renderer's job
    for (const body of [{}, { draft: { email: { intro: XSS } } }]) {
      const { email } = (await preview(s.id, body)).json();
      expect(email.html).not.toMatch(/<script|<img src=x|<b>bold/i);
      expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(email.html).toContain(`<title>Hi &lt;script&gt;`);
      // the subject is a header, not HTML: kept as text (the dashboard escapes it when showing it)
      expect(email.subject).toBe(`Hi ${XSS}`);
    }
  });

  it.each([
    ['subject', 'Hello\nBcc: victim@example.com', 'line'],
    ['subject', 'Hello\r\nBcc: victim@example.com', 'line'],
    ['subject', 'Tab\tin subject', 'line'],
    ['subject', 'Unicode\u2028separator', 'line'],
    ['reminderSubject', 'Reminder\rInjected: yes', 'line'],
    ['subject', 'x'.repeat(151), '150'],
    ['reminderSubject', 'x'.repeat(151), '150'],
    ['intro', 'x'.repeat(1001), '1000'],
    ['intro', 'Bell \u0007 character', 'control'],
    ['intro', 'Dear {name}, hello', '{name}'],
    ['subject', 'From {Company}', '{Company}'],
  ])('refuses %s %j with a 400 naming the field, on create, update and preview', async (field, value, words) => {
    const refused = await call(t.app, ws.key, 'POST', '/api/v1/surveys', { name: unique('bad'), kind: 'nps', email: { [field]: value } });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.fields[0]).toMatchObject({ field: `email/${field}` });
    expect(refused.json().error.message).toContain(words);

    const s = await create();
    const update = await call(t.app, ws.key, 'PATCH', `/api/v1/surveys/${s.id}`, { email: { [field]: value } });
    expect(update.statusCode).toBe(400);
    expect(update.json().error.fields[0].field).toBe(`email/${field}`);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/surveys/${s.id}`)).json().email[field]).toBeNull();

    const draft = await preview(s.id, { draft: { email: { [field]: value } } });
    expect(draft.statusCode).toBe(400);
    expect(draft.json().error.fields[0].field).toBe(`draft/email/${field}`);
  });

  it('accepts exactly the limits, and refuses unknown email fields', async () => {
    const s = await create({ email: { subject: 's'.repeat(150), intro: 'i'.repeat(1000), reminderSubject: 'r'.repeat(150) } });
    expect(s.email.subject).toHaveLength(150);
    const unknown = await call(t.app, ws.key, 'PATCH', `/api/v1/surveys/${s.id}`, { email: { footer: 'x' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].field).toBe('email/footer');
  });

  it('lets writers change the texts and every member preview them', async () => {
    const s = await create();
    const as: Record<string, Record<string, string>> = {};
    for (const role of ['manager', 'viewer'] as const) {
      const email = `${unique(role)}@example.com`;
      await t.ctx.workspaces.addMember(ws.auth, { email, role, password: 'correct horse battery' });
      const session = await login(t.app, email, 'correct horse battery');
      as[role] = { cookie: session.cookie, 'x-csrf-token': session.csrf };
    }
    const patch = (role: string) => t.app.inject({ method: 'PATCH', url: `/api/v1/surveys/${s.id}`, headers: as[role], payload: { email: { subject: `By ${role}` } } });
    expect((await patch('viewer')).statusCode).toBe(403);
    expect((await call(t.app, ws.readKey, 'PATCH', `/api/v1/surveys/${s.id}`, { email: { subject: 'By key' } })).statusCode).toBe(403);
    expect((await patch('manager')).statusCode).toBe(200);
    const seen = await t.app.inject({ method: 'POST', url: `/api/v1/surveys/${s.id}/preview`, headers: as.viewer, payload: { locale: 'en' } });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().email.subject).toBe('By manager');
  });
});
