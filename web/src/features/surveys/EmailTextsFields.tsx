import { FieldError, type FieldErrors } from '../common/FieldError';

export type EmailTextKey = 'subject' | 'intro' | 'reminderSubject';

/** The server's limits (src/modules/surveys/email-texts.ts); it refuses longer texts with a 400 naming the field. */
export const EMAIL_TEXT_MAX: Record<EmailTextKey, number> = { subject: 150, intro: 1000, reminderSubject: 150 };

/**
 * The survey's own email subject, intro and reminder subject, beside the live email preview. Blank keeps the
 * standard wording in each person's language; `{company}` becomes the company name.
 */
export function EmailTextsFields({
  values,
  onChange,
  disabled,
  reminder,
  errors,
}: {
  values: Record<EmailTextKey, string>;
  onChange: (key: EmailTextKey, value: string) => void;
  disabled: boolean;
  /** Whether the survey sends a reminder (else the reminder subject is kept but unused). */
  reminder: boolean;
  errors: FieldErrors;
}) {
  const left = (key: EmailTextKey) => EMAIL_TEXT_MAX[key] - values[key].length;
  return (
    <fieldset className="fieldset" aria-describedby="survey-email-hint">
      <legend>Email</legend>
      <p className="hint" id="survey-email-hint">
        Leave a text empty for the standard wording in each person’s language. Write <code>{'{company}'}</code> for your company name. The preview shows
        the result.
      </p>
      <div className="field">
        <label htmlFor="survey-email-subject">Subject</label>
        <input
          id="survey-email-subject"
          {...errors.inputProps('email/subject', 'survey-email-subject-hint')}
          data-testid="survey-email-subject"
          maxLength={EMAIL_TEXT_MAX.subject}
          placeholder="Standard subject"
          value={values.subject}
          disabled={disabled}
          onChange={(e) => onChange('subject', e.target.value)}
        />
        <span className="hint" id="survey-email-subject-hint">
          One line, {left('subject')} of {EMAIL_TEXT_MAX.subject} characters left.
        </span>
        <FieldError errors={errors} field="email/subject" />
      </div>
      <div className="field">
        <label htmlFor="survey-email-intro">Intro</label>
        <textarea
          id="survey-email-intro"
          {...errors.inputProps('email/intro', 'survey-email-intro-hint')}
          data-testid="survey-email-intro"
          rows={3}
          maxLength={EMAIL_TEXT_MAX.intro}
          placeholder="Standard intro: we would love to hear what you think…"
          value={values.intro}
          disabled={disabled}
          onChange={(e) => onChange('intro', e.target.value)}
        />
        <span className="hint" id="survey-email-intro-hint">
          Shown above the question; line breaks are kept. {left('intro')} of {EMAIL_TEXT_MAX.intro} characters left.
        </span>
        <FieldError errors={errors} field="email/intro" />
      </div>
      <div className="field">
        <label htmlFor="survey-email-reminder-subject">Reminder subject</label>
        <input
          id="survey-email-reminder-subject"
          {...errors.inputProps('email/reminderSubject', 'survey-email-reminder-subject-hint')}
          data-testid="survey-email-reminder-subject"
          maxLength={EMAIL_TEXT_MAX.reminderSubject}
          placeholder="Standard reminder subject"
          value={values.reminderSubject}
          disabled={disabled}
          onChange={(e) => onChange('reminderSubject', e.target.value)}
        />
        <span className="hint" id="survey-email-reminder-subject-hint">
          {reminder ? 'The subject of the reminder email.' : 'Used once a reminder is set under Distribution.'}
        </span>
        <FieldError errors={errors} field="email/reminderSubject" />
      </div>
    </fieldset>
  );
}
