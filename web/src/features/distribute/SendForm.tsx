import { useState, type FormEvent } from 'react';
import { useAccounts, useSendSurvey } from '../../api/hooks';
import type { SendRequest, SendResult, Survey } from '../../api/types';
import { ErrorSummary, FieldError, useFieldErrors } from '../common/FieldError';
import { formatDateTime } from '../common/format';
import { LinksTable } from './LinksTable';
import { parseRecipients } from './sendText';

type Channel = 'email' | 'link';
type Mode = 'list' | 'filter';
type FilterKind = 'all' | 'account' | 'property';

/**
 * Whom to ask (a pasted list or a people filter), how (email or personal links) and when. `unavailable` is the id of
 * the message saying why this channel cannot be used on this server (email without SMTP): the submit button is
 * then disabled and described by it (the server refuses such a request too).
 */
export function SendForm({ survey, channel, unavailable }: { survey: Survey; channel: Channel; unavailable?: string | undefined }) {
  const send = useSendSurvey(survey.id);
  const accounts = useAccounts();
  const [mode, setMode] = useState<Mode>('list');
  const [list, setList] = useState('');
  const [filterKind, setFilterKind] = useState<FilterKind>('all');
  const [accountId, setAccountId] = useState('');
  const [propName, setPropName] = useState('');
  const [propValue, setPropValue] = useState('');
  const [when, setWhen] = useState<'now' | 'later'>('now');
  const [at, setAt] = useState('');
  // the form's own checks, by the field they are about (the same paths the server names)
  const [local, setLocal] = useState<Record<string, string>>({});
  const [result, setResult] = useState<SendResult | null>(null);
  const errors = useFieldErrors(send.error, { local });

  const parsed = parseRecipients(list);
  const id = `send-${channel}`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setLocal({});
    setResult(null);
    const problem = (field: string, message: string) => setLocal({ [field]: message });
    const body: SendRequest = { channel };
    if (mode === 'list') {
      if (parsed.invalid.length > 0) return problem('people', `Not an email address: ${parsed.invalid.slice(0, 3).join(', ')}${parsed.invalid.length > 3 ? '…' : ''}`);
      if (parsed.people.length === 0) return problem('people', 'Add at least one email address.');
      if (parsed.people.length > 1000) return problem('people', 'At most 1,000 people at a time; use a filter for more.');
      body.people = parsed.people;
    } else if (filterKind === 'all') {
      body.filter = { all: true };
    } else if (filterKind === 'account') {
      if (!accountId) return problem('filter/accountId', 'Choose an account.');
      body.filter = { accountId };
    } else {
      if (!propName.trim()) return problem('filter/property/name', 'Name the person property.');
      body.filter = { property: { name: propName.trim(), value: propValue.trim() } };
    }
    if (channel === 'email' && when === 'later') {
      const date = new Date(at);
      if (!at || Number.isNaN(date.getTime())) return problem('at', 'Choose the date and time to send.');
      body.at = date.toISOString();
    }
    if (mode === 'filter' && filterKind === 'all' && !window.confirm(`Ask everyone in the workspace (${channel === 'email' ? 'by email' : 'personal links'})? Fatigue rules still apply.`)) {
      return;
    }
    send.mutate(body, { onSuccess: (r) => setResult(r) });
  };

  return (
    <form className="form" onSubmit={onSubmit} aria-busy={send.isPending} data-testid={`${id}-form`}>
      {survey.status !== 'active' ? (
        <p className="alert alert-warning">
          This survey is <strong>{survey.status}</strong>. Sends due while it is not active are skipped; activate it in the editor first.
        </p>
      ) : null}
      <ErrorSummary errors={errors} />

      <fieldset className="fieldset fieldset-plain">
        <legend>Recipients</legend>
        <div className="check-row">
          <label className="check">
            <input type="radio" name={`${id}-mode`} checked={mode === 'list'} onChange={() => setMode('list')} />
            Paste a list
          </label>
          <label className="check">
            <input type="radio" name={`${id}-mode`} checked={mode === 'filter'} onChange={() => setMode('filter')} />
            People matching a filter
          </label>
        </div>
        {mode === 'list' ? (
          <div className="field">
            <label htmlFor={`${id}-list`}>Email addresses, one per line</label>
            <textarea
              id={`${id}-list`}
              data-testid={`${id}-list`}
              rows={5}
              placeholder={'ann@example.com\nBen Ortiz <ben@example.com>'}
              value={list}
              {...errors.inputProps('people', `${id}-list-hint`)}
              onChange={(e) => setList(e.target.value)}
            />
            <span className="hint" id={`${id}-list-hint`}>
              {parsed.people.length} {parsed.people.length === 1 ? 'person' : 'people'}
              {parsed.invalid.length > 0 ? `, ${parsed.invalid.length} not understood` : ''}. New addresses become people.
            </span>
            <FieldError errors={errors} field="people" />
          </div>
        ) : (
          <div className="form-row">
            <div className="field">
              <label htmlFor={`${id}-filter`}>Who</label>
              <select id={`${id}-filter`} {...errors.inputProps('filter')} value={filterKind} onChange={(e) => setFilterKind(e.target.value as FilterKind)}>
                <option value="all">Everyone</option>
                <option value="account">People of one account</option>
                <option value="property">People with a property value</option>
              </select>
            </div>
            {filterKind === 'account' ? (
              <div className="field">
                <label htmlFor={`${id}-account`}>Account</label>
                <select id={`${id}-account`} {...errors.inputProps('filter/accountId')} value={accountId} onChange={(e) => setAccountId(e.target.value)}>
                  <option value="">Choose…</option>
                  {(accounts.data ?? []).map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
                </select>
                <FieldError errors={errors} field="filter/accountId" />
              </div>
            ) : null}
            {filterKind === 'property' ? (
              <>
                <div className="field">
                  <label htmlFor={`${id}-prop-name`}>Property name</label>
                  <input id={`${id}-prop-name`} {...errors.inputProps('filter/property/name')} placeholder="plan" value={propName} onChange={(e) => setPropName(e.target.value)} />
                  <FieldError errors={errors} field="filter/property/name" />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-prop-value`}>Value</label>
                  <input id={`${id}-prop-value`} {...errors.inputProps('filter/property/value')} placeholder="enterprise" value={propValue} onChange={(e) => setPropValue(e.target.value)} />
                  <FieldError errors={errors} field="filter/property/value" />
                </div>
              </>
            ) : null}
            <FieldError errors={errors} field="filter" />
          </div>
        )}
      </fieldset>

      {channel === 'email' ? (
        <fieldset className="fieldset fieldset-plain">
          <legend>When</legend>
          <div className="check-row">
            <label className="check">
              <input type="radio" name={`${id}-when`} checked={when === 'now'} onChange={() => setWhen('now')} />
              Now
            </label>
            <label className="check">
              <input type="radio" name={`${id}-when`} checked={when === 'later'} onChange={() => setWhen('later')} />
              At a date and time
            </label>
            {when === 'later' ? (
              <>
                <label htmlFor={`${id}-at`} className="visually-hidden">
                  Send at
                </label>
                <input id={`${id}-at`} {...errors.inputProps('at')} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
              </>
            ) : null}
          </div>
          <FieldError errors={errors} field="at" />
          <span className="hint">Quiet hours and the other feedback rules apply when each send is due.</span>
        </fieldset>
      ) : null}

      <div className="form-actions">
        <button type="submit" className="btn btn-primary" data-testid={`${id}-submit`} disabled={send.isPending || Boolean(unavailable)} aria-describedby={unavailable}>
          {send.isPending ? 'Working…' : channel === 'email' ? (when === 'later' ? 'Schedule emails' : 'Send emails') : 'Create links'}
        </button>
      </div>

      {result ? (
        <div className="alert alert-success" role="status" data-testid={`${id}-result`}>
          {channel === 'email'
            ? `${result.scheduled} ${result.scheduled === 1 ? 'email' : 'emails'} scheduled${whenText(at, when)}, ${result.skipped} skipped by the feedback rules.`
            : `${result.scheduled} personal ${result.scheduled === 1 ? 'link' : 'links'} created, ${result.skipped} skipped by the feedback rules.`}
        </div>
      ) : null}
      {result && channel === 'link' ? <LinksTable sends={result.sends} surveyName={survey.name} /> : null}
    </form>
  );
}

function whenText(at: string, when: 'now' | 'later'): string {
  return when === 'later' && at ? ` for ${formatDateTime(new Date(at).toISOString())}` : '';
}
