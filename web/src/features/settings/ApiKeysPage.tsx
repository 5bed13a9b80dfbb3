import { useState, type FormEvent } from 'react';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from '../../api/hooks';
import { canAdminister, useCurrentSession } from '../../api/session-context';
import type { ApiKey, ApiKeyScope, CreatedApiKey } from '../../api/types';
import { ErrorMessage } from '../common/ErrorMessage';
import { ErrorSummary, FieldError, useFieldErrors } from '../common/FieldError';
import { formatDate, formatDateTime } from '../common/format';
import { Loading } from '../common/Loading';
import { TableWrap } from '../common/TableWrap';

function NewKeyBox({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="new-key" role="status" data-testid="api-key-created">
      <p className="alert alert-warning">
        <strong>Copy this key now.</strong> It is shown only once; Clearloop stores only a hash of it. If you lose it, revoke it
        and create another.
      </p>
      <label htmlFor="new-api-key">API key “{created.apiKey.name}” ({created.apiKey.scope})</label>
      <div className="copy-row">
        <input id="new-api-key" data-testid="api-key-value" readOnly value={created.key} onFocus={(e) => e.target.select()} className="mono" />
        <button type="button" className="btn" onClick={() => void copy()}>
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </button>
      </div>
      {copied === 'failed' ? <p className="field-error">The browser refused to copy; select the key and copy it by hand.</p> : null}
      <button type="button" className="btn btn-ghost" onClick={onDone}>
        I have stored the key
      </button>
    </div>
  );
}

function CreateKeyForm() {
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiKeyScope>('read');
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const errors = useFieldErrors(create.error);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), scope },
      {
        onSuccess: (result) => {
          setCreated(result);
          setName('');
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="create-key-title">
      <header className="card-header">
        <h2 id="create-key-title">Create an API key</h2>
      </header>
      {created ? <NewKeyBox created={created} onDone={() => setCreated(null)} /> : null}
      <form className="form" onSubmit={onSubmit} aria-busy={create.isPending}>
        <ErrorSummary errors={errors} />
        <div className="form-row">
          <div className="field">
            <label htmlFor="key-name">Name</label>
            <input id="key-name" {...errors.inputProps('name')} data-testid="api-key-name" required placeholder="e.g. CRM sync" value={name} onChange={(e) => setName(e.target.value)} />
            <FieldError errors={errors} field="name" />
          </div>
          <div className="field">
            <label htmlFor="key-scope">Scope</label>
            <select id="key-scope" data-testid="api-key-scope" value={scope} onChange={(e) => setScope(e.target.value as ApiKeyScope)}>
              <option value="read">read — read data only</option>
              <option value="write">write — read and change data</option>
            </select>
          </div>
        </div>
        <div>
          <button type="submit" className="btn btn-primary" data-testid="api-key-create" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create key'}
          </button>
        </div>
      </form>
    </section>
  );
}

function KeyRow({ apiKey, editable }: { apiKey: ApiKey; editable: boolean }) {
  const revoke = useRevokeApiKey();
  return (
    <tr className={apiKey.revokedAt ? 'revoked' : undefined}>
      <th scope="row">{apiKey.name}</th>
      <td>
        <span className="pill">{apiKey.scope}</span>
      </td>
      <td className="mono nowrap">cl_{apiKey.prefix}_…</td>
      <td className="nowrap">{formatDate(apiKey.createdAt)}</td>
      <td className="nowrap">{apiKey.lastUsedAt ? formatDateTime(apiKey.lastUsedAt) : <span className="muted">Never</span>}</td>
      <td className="nowrap">
        {apiKey.revokedAt ? <span className="pill pill-danger">Revoked {formatDate(apiKey.revokedAt)}</span> : <span className="pill pill-ok">Active</span>}
      </td>
      {editable ? (
        <td className="actions">
          {!apiKey.revokedAt ? (
            <button
              type="button"
              className="btn btn-danger btn-small"
              disabled={revoke.isPending}
              onClick={() => {
                if (window.confirm(`Revoke the API key “${apiKey.name}”? Programs using it will stop working.`)) revoke.mutate(apiKey.id);
              }}
            >
              Revoke
            </button>
          ) : null}
          {revoke.error ? (
            <span className="field-error block" role="alert">
              {revoke.error.message}
            </span>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}

export function ApiKeysPage() {
  const session = useCurrentSession();
  const admin = canAdminister(session);
  const keys = useApiKeys(admin);

  if (!admin) {
    return (
      <section className="card" aria-labelledby="keys-title" data-testid="api-keys-admin-only">
        <header className="card-header">
          <h2 id="keys-title">API keys</h2>
        </header>
        <p className="muted">
          Programs use API keys to call <code>/api/v1</code>. Only owners and admins can see, create or revoke them; ask one of them if a program
          needs a key.
        </p>
      </section>
    );
  }

  return (
    <div className="stack">
      <section className="card" aria-labelledby="keys-title">
        <header className="card-header">
          <h2 id="keys-title">API keys</h2>
          <span className="muted">
            Programs use API keys to call <code>/api/v1</code>: see the{' '}
            <a href="/api/docs" target="_blank" rel="noreferrer" data-testid="api-reference-link">
              API reference
            </a>
            .
          </span>
        </header>
        {keys.isPending ? (
          <Loading />
        ) : keys.isError ? (
          <ErrorMessage error={keys.error} onRetry={() => void keys.refetch()} />
        ) : keys.data.length === 0 ? (
          <p className="muted">No API keys yet.</p>
        ) : (
          <TableWrap label="API keys">
            <table className="table" data-testid="api-keys-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Scope</th>
                  <th scope="col">Key</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">Status</th>
                  {admin ? (
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {keys.data.map((k) => (
                  <KeyRow key={k.id} apiKey={k} editable={admin} />
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
      <CreateKeyForm />
    </div>
  );
}
