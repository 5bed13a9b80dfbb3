import { useState } from 'react';

/** A read-only value (link, snippet, secret) with a Copy button; multi-line values show in a textarea. */
export function CopyField({
  id,
  label,
  value,
  multiline = false,
  testId,
  hideLabel = false,
}: {
  id: string;
  label: string;
  value: string;
  multiline?: boolean;
  testId?: string;
  hideLabel?: boolean;
}) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
      window.setTimeout(() => setCopied(null), 2000);
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="field copy-field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <div className={multiline ? 'copy-row copy-row-multiline' : 'copy-row'}>
        {multiline ? (
          <textarea id={id} data-testid={testId} readOnly value={value} rows={Math.min(14, value.split('\n').length + 1)} className="mono" onFocus={(e) => e.target.select()} />
        ) : (
          <input id={id} data-testid={testId} readOnly value={value} className="mono" onFocus={(e) => e.target.select()} />
        )}
        <button type="button" className="btn" onClick={() => void copy()} aria-label={`Copy ${label.toLowerCase()}`}>
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </button>
      </div>
      {copied === 'failed' ? <span className="field-error">The browser refused to copy; select the text and copy it by hand.</span> : null}
    </div>
  );
}
