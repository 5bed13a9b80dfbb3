/**
 * A survey's own wording for its emails, replacing the localised defaults (distribution/email-i18n.ts): the
 * subject, the intro paragraph and the reminder's subject. Blank means the default. `{company}` is replaced by the
 * workspace's company name when the email is built. The rules live here so the survey API and the email preview
 * refuse the same input with the same field names.
 */
import { invalid } from '../../shared/errors.ts';

export const EMAIL_TEXT_FIELDS = ['subject', 'intro', 'reminderSubject'] as const;
export type EmailTextField = (typeof EMAIL_TEXT_FIELDS)[number];

/** Characters: a subject is a line in a mail client's list; the intro a short paragraph above the question. */
export const EMAIL_TEXT_LIMITS: Record<EmailTextField, number> = { subject: 150, intro: 1000, reminderSubject: 150 };

/** The one placeholder: the company name of the workspace's branding (or the workspace's name). */
export const COMPANY_PLACEHOLDER = '{company}';

/** Each text, or null for the localised default. */
export type EmailTexts = Record<EmailTextField, string | null>;
export type EmailTextsInput = Partial<Record<EmailTextField, string | null | undefined>>;

export const NO_EMAIL_TEXTS: EmailTexts = { subject: null, intro: null, reminderSubject: null };

// A subject becomes a mail header: a line break there would let the text add headers of its own (header
// injection), so subjects refuse every control character, and the Unicode line and paragraph separators too.
// eslint-disable-next-line no-control-regex
const SUBJECT_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// The intro is a paragraph: line breaks are kept (shown as line breaks), other control characters are refused.
// eslint-disable-next-line no-control-regex
const INTRO_FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Checks and tidies the texts given (only those present): trimmed, CRLF made LF, blank made null. `prefix` is where
 * they sit in the request ("email", "draft/email") so a 400 names the field as the caller sent it.
 */
export function normaliseEmailTexts(input: EmailTextsInput, prefix: string): Partial<EmailTexts> {
  const out: Partial<EmailTexts> = {};
  for (const key of EMAIL_TEXT_FIELDS) {
    const value = input[key];
    if (value === undefined) continue;
    const field = `${prefix}/${key}`;
    const text = value === null ? '' : key === 'intro' ? value.replace(/\r\n?/g, '\n').trim() : value.trim();
    if (text === '') {
      out[key] = null;
      continue;
    }
    if (key === 'intro') {
      if (INTRO_FORBIDDEN.test(text)) throw invalid(field, 'must not contain control characters');
    } else if (SUBJECT_FORBIDDEN.test(text)) {
      throw invalid(field, 'must be one line: no line breaks or control characters');
    }
    if (text.length > EMAIL_TEXT_LIMITS[key]) throw invalid(field, `must be at most ${EMAIL_TEXT_LIMITS[key]} characters`);
    // A typo such as {Company} or {name} would reach customers as written: only {company} is replaced.
    const unknown = [...text.matchAll(/\{([^{}\s]{1,40})\}/g)].find((m) => m[0] !== COMPANY_PLACEHOLDER);
    if (unknown) throw invalid(field, `unknown placeholder ${unknown[0]}: only ${COMPANY_PLACEHOLDER} is replaced`);
    out[key] = text;
  }
  return out;
}

/**
 * The text with `{company}` replaced. The company name comes from settings, not from this text's checks, so any line
 * break in it becomes a space: a subject must stay one line whatever the name holds.
 */
export function fillPlaceholders(text: string, company: string): string {
  return text.split(COMPANY_PLACEHOLDER).join(company.replace(/[\r\n\u2028\u2029]+/g, ' '));
}

export function emailTextsOf(row: { email_subject: string | null; email_intro: string | null; email_reminder_subject: string | null }): EmailTexts {
  return { subject: row.email_subject, intro: row.email_intro, reminderSubject: row.email_reminder_subject };
}

/** The row's columns for texts given (normalised). */
export function emailTextColumns(texts: Partial<EmailTexts>): { email_subject?: string | null; email_intro?: string | null; email_reminder_subject?: string | null } {
  return {
    ...(texts.subject !== undefined ? { email_subject: texts.subject } : {}),
    ...(texts.intro !== undefined ? { email_intro: texts.intro } : {}),
    ...(texts.reminderSubject !== undefined ? { email_reminder_subject: texts.reminderSubject } : {}),
  };
}
