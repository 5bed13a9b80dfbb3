import { useState, type FormEvent } from 'react';
import { useAddNote, useContactCustomer } from '../../api/loop';
import type { Member } from '../../api/types';
import { ErrorSummary, FieldError, useFieldErrors } from '../common/FieldError';
import { CONTACT_TEMPLATES, fillTemplate } from './caseText';

/** A note on the timeline; mention a colleague as @their@email to notify them. */
export function NoteForm({ caseId, members }: { caseId: string; members: Member[] }) {
  const add = useAddNote(caseId);
  const [body, setBody] = useState('');
  const errors = useFieldErrors(add.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    add.mutate(body.trim(), { onSuccess: () => setBody('') });
  };
  const someone = members.find((m) => m.role === 'manager') ?? members[0];
  return (
    <form className="form" onSubmit={onSubmit} aria-busy={add.isPending} data-testid="note-form">
      <ErrorSummary errors={errors} />
      <div className="field">
        <label htmlFor="note-body">Note</label>
        <textarea
          id="note-body"
          data-testid="note-body"
          rows={3}
          maxLength={10000}
          required
          value={body}
          {...errors.inputProps('body', 'note-hint')}
          onChange={(e) => setBody(e.target.value)}
          placeholder="What happened, what is next…"
        />
        <span className="hint" id="note-hint">
          Mention a colleague as @their@email{someone ? <> (e.g. @{someone.email})</> : null} — they get an email with a link to this case.
        </span>
        <FieldError errors={errors} field="body" />
      </div>
      <div>
        <button type="submit" className="btn btn-primary" data-testid="note-submit" disabled={add.isPending || !body.trim()}>
          {add.isPending ? 'Adding…' : 'Add note'}
        </button>
      </div>
    </form>
  );
}

/**
 * Log a call, or send an email to the customer from the case; the first contact stops the first-contact clock.
 * Starts on "Log a call" when an email cannot go: the customer has no address, or the server has no mail server
 * (`emailConfigured` false: sending would answer 503 after the message was written), and says why.
 */
export function ContactForm({
  caseId,
  customerName,
  customerEmail,
  emailConfigured,
  myName,
}: {
  caseId: string;
  customerName: string;
  customerEmail: string | null;
  emailConfigured: boolean;
  myName: string;
}) {
  const contact = useContactCustomer(caseId);
  const [kind, setKind] = useState<'email' | 'call'>(customerEmail && emailConfigured ? 'email' : 'call');
  const [template, setTemplate] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const errors = useFieldErrors(contact.error);
  const kindHint = customerEmail && emailConfigured ? undefined : 'contact-kind-hint';

  const applyTemplate = (id: string) => {
    setTemplate(id);
    const t = CONTACT_TEMPLATES.find((x) => x.id === id);
    if (!t) return;
    const values = { name: customerName || 'there', me: myName };
    setSubject(fillTemplate(t.subject, values));
    setBody(fillTemplate(t.body, values));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    contact.mutate(
      { kind, body: body.trim(), ...(kind === 'email' ? { subject: subject.trim() } : {}) },
      {
        onSuccess: () => {
          setDone(kind === 'email' ? `Email sent to ${customerEmail ?? 'the customer'}.` : 'Call logged.');
          setBody('');
          setSubject('');
          setTemplate('');
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} aria-busy={contact.isPending} data-testid="contact-form">
      <ErrorSummary errors={errors} />
      {done ? (
        <p className="alert alert-success" role="status">
          {done}
        </p>
      ) : null}
      <fieldset className="fieldset fieldset-plain">
        <legend>How</legend>
        <div className="check-row">
          <label className="check">
            <input type="radio" name="contact-kind" value="email" {...errors.inputProps('kind', kindHint)} data-testid="contact-kind-email" checked={kind === 'email'} disabled={!customerEmail} onChange={() => setKind('email')} />
            Send an email{customerEmail ? <> to {customerEmail}</> : null}
          </label>
          <label className="check">
            <input type="radio" name="contact-kind" value="call" {...errors.inputProps('kind', kindHint)} data-testid="contact-kind-call" checked={kind === 'call'} onChange={() => setKind('call')} />
            Log a call
          </label>
        </div>
        {!customerEmail ? (
          <span className="hint" id={kindHint}>
            This customer has no email address; log a call instead.
          </span>
        ) : !emailConfigured ? (
          <span className="hint" id={kindHint} data-testid="contact-email-unconfigured">
            This server cannot send email yet (no mail server is set up), so an email would not go: call the customer and log the call, or ask an
            administrator to set up email.
          </span>
        ) : null}
        <FieldError errors={errors} field="kind" />
      </fieldset>
      {kind === 'email' ? (
        <>
          <div className="field field-narrow">
            <label htmlFor="contact-template">Template</label>
            <select id="contact-template" data-testid="contact-template" value={template} onChange={(e) => applyTemplate(e.target.value)}>
              <option value="">Start from a template…</option>
              {CONTACT_TEMPLATES.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="contact-subject">Subject</label>
            <input id="contact-subject" {...errors.inputProps('subject')} data-testid="contact-subject" required maxLength={200} value={subject} onChange={(e) => setSubject(e.target.value)} />
            <FieldError errors={errors} field="subject" />
          </div>
        </>
      ) : null}
      <div className="field">
        <label htmlFor="contact-body">{kind === 'email' ? 'Message' : 'What was said'}</label>
        <textarea id="contact-body" {...errors.inputProps('body')} data-testid="contact-body" rows={kind === 'email' ? 8 : 3} required maxLength={20000} value={body} onChange={(e) => setBody(e.target.value)} />
        <FieldError errors={errors} field="body" />
      </div>
      <div>
        <button type="submit" className="btn btn-primary" data-testid="contact-submit" disabled={contact.isPending || !body.trim() || (kind === 'email' && !subject.trim())}>
          {contact.isPending ? 'Saving…' : kind === 'email' ? 'Send email' : 'Log call'}
        </button>
      </div>
    </form>
  );
}
