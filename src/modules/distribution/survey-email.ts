/**
 * The one-click survey email: the question and a row of score buttons, each a signed link. Following a button
 * records nothing by itself (scanners follow every link); the page it opens records the score (see
 * docs/collecting-feedback.md).
 */
import { html, raw } from '../../shared/html.ts';
import { type EmailTexts, fillPlaceholders } from '../surveys/email-texts.ts';
import { SCALE, type SurveyKind } from '../surveys/score-groups.ts';
import { EMAIL_TEXTS, type Locale } from './email-i18n.ts';

export interface SurveyEmailInput {
  locale: Locale;
  kind: SurveyKind;
  question: string;
  company: string;
  color: string;
  logoUrl: string | null;
  personName: string | null;
  /** Link for a score: `${surveyUrl}?score=N`. */
  surveyUrl: string;
  unsubscribeUrl: string;
  reminder: boolean;
  /** The survey's own subject, intro and reminder subject; a null or missing one is the localised default. */
  texts?: Partial<EmailTexts> | undefined;
}

/**
 * The subjects of the first email and of the reminder: the survey's own (with `{company}` filled in) or the
 * localised default. Always one line: a line break in a header would start another header.
 */
export function emailSubjects(locale: Locale, company: string, texts: Partial<EmailTexts> = {}): { subject: string; reminderSubject: string } {
  const t = EMAIL_TEXTS[locale];
  const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029]+/g, ' ');
  return {
    subject: oneLine(texts.subject ? fillPlaceholders(texts.subject, company) : t.subject(company)),
    reminderSubject: oneLine(texts.reminderSubject ? fillPlaceholders(texts.reminderSubject, company) : t.reminderSubject(company)),
  };
}

/**
 * Every score button looks the same: white, a grey border, the number in near-black (contrast 17.7:1 on white;
 * the border, #71717a, is 4.8:1). Colouring the buttons — red to green by position, or even by score group —
 * would tell the person which answer we expect before they choose, which biases the answers the survey exists
 * to measure; position colours also contradicted the score groups (NPS 6 amber though a detractor, 8 green though
 * passive). The survey page and the website widget draw their score buttons neutral too, so the email now matches
 * the page its buttons open. The group meaning stays in the words under the row (NPS) and in the question.
 */
export const SCORE_BUTTON = { background: '#ffffff', color: '#18181b', border: '#71717a' } as const;

export function renderSurveyEmail(e: SurveyEmailInput): { subject: string; html: string; text: string } {
  const t = EMAIL_TEXTS[e.locale];
  const { min, max } = SCALE[e.kind];
  const scores = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const subjects = emailSubjects(e.locale, e.company, e.texts);
  const subject = e.reminder ? subjects.reminderSubject : subjects.subject;
  // The survey's own intro keeps its line breaks; every line is escaped by html`` like any other text.
  const intro = e.texts?.intro ? fillPlaceholders(e.texts.intro, e.company) : t.intro;
  const introLines = intro.split('\n');
  const buttons = scores.map(
    (s) =>
      html`<td style="padding:2px"><a href="${e.surveyUrl}?score=${s}" style="display:inline-block;min-width:28px;padding:9px 3px;border-radius:6px;border:1px solid ${SCORE_BUTTON.border};background:${SCORE_BUTTON.background};color:${SCORE_BUTTON.color};font:bold 16px Arial,sans-serif;text-align:center;text-decoration:none" aria-label="${s}">${s}</a></td>`,
  );
  const body = html`<!doctype html>
<html lang="${e.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${subject}</title></head>
<body style="margin:0;padding:24px;background:#f4f4f5;font-family:Arial,sans-serif;color:#18181b">
<table role="presentation" width="100%" style="max-width:600px;margin:0 auto;background:#ffffff;border-radius:8px;border-top:4px solid ${e.color}"><tr><td style="padding:24px">
${e.logoUrl ? html`<img src="${e.logoUrl}" alt="${e.company}" style="max-height:40px;margin-bottom:16px">` : ''}
<p>${t.greeting(e.personName)}</p>
<p>${introLines.map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`))}</p>
<p style="font-size:18px;font-weight:bold">${e.question}</p>
<table role="presentation"><tr>${buttons}</tr></table>
${e.kind === 'nps' ? html`<table role="presentation" width="100%" style="font-size:12px;color:#52525b"><tr><td>${t.low}</td><td style="text-align:right">${t.high}</td></tr></table>` : ''}
<p style="font-size:13px;color:#52525b">${t.clickHint}</p>
</td></tr></table>
<p style="max-width:600px;margin:16px auto;font-size:12px;color:#71717a">${t.why(e.company)} <a href="${e.unsubscribeUrl}" style="color:#52525b">${t.unsubscribe}</a></p>
</body></html>`;
  const text = [
    t.greeting(e.personName),
    '',
    intro,
    '',
    e.question,
    ...scores.map((s) => `${s}: ${e.surveyUrl}?score=${s}`),
    '',
    `${t.unsubscribe}: ${e.unsubscribeUrl}`,
  ].join('\n');
  return { subject, html: raw(body.html).html, text };
}
