import { useState } from 'react';
import { Link } from 'react-router';
import { canWrite, useCurrentSession } from '../../api/session-context';
import type { SurveyResponse } from '../../api/types';
import { FieldError, useFieldErrors } from '../common/FieldError';
import { ErrorMessage } from '../common/ErrorMessage';
import { MAX_TAG_LENGTH, useTagChange } from './responseApi';
import './responses.css';

/**
 * A response's tags, each linking to the responses with that tag. Owners, admins and managers add a tag (one at a
 * time: the server adds it to the tags the response has then, so a colleague's or an alert rule's stay) and remove
 * one; agents and viewers read them.
 */
export function ResponseTags({ response }: { response: SurveyResponse }) {
  const session = useCurrentSession();
  const editable = canWrite(session);
  const change = useTagChange(response.id);
  const [text, setText] = useState('');
  const [local, setLocal] = useState<string | undefined>(undefined);
  // the server names `tags` (too many) or `tags/0` (this tag): both belong to the one input
  const errors = useFieldErrors(change.error, { local: { tags: local }, matches: (field, path) => path === field || path.startsWith(`${field}/`) });

  const add = () => {
    const tag = text.trim();
    if (tag === '') return setLocal('Type a tag first.');
    if (tag.length > MAX_TAG_LENGTH) return setLocal(`A tag has at most ${MAX_TAG_LENGTH} characters (this one has ${tag.length}).`);
    setLocal(undefined);
    change.mutate({ add: tag }, { onSuccess: () => setText('') });
  };

  const removing = change.isPending && change.variables && 'remove' in change.variables ? change.variables.remove : null;

  return (
    <div className="response-tags">
      {response.tags.length ? (
        <ul className="badges tag-list" data-testid="response-tags" aria-label="Tags">
          {response.tags.map((t) => (
            <li key={t} className="pill tag-pill" data-testid="response-tag">
              <Link to={`/responses?tag=${encodeURIComponent(t)}`} title={`All responses tagged “${t}”`}>
                {t}
              </Link>
              {editable ? (
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={`Remove the tag ${t}`}
                  title="Remove"
                  data-testid="response-tag-remove"
                  disabled={change.isPending}
                  onClick={() => change.mutate({ remove: t })}
                >
                  {removing === t ? '…' : '×'}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted" data-testid="response-tags-none">
          No tags
        </span>
      )}
      {editable ? (
        <form
          className="tag-form"
          aria-label="Add a tag"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <label htmlFor="response-tag-input" className="visually-hidden">
            New tag
          </label>
          <input
            id="response-tag-input"
            data-testid="response-tag-input"
            type="text"
            placeholder="Add a tag"
            value={text}
            autoComplete="off"
            onChange={(e) => {
              setText(e.target.value);
              if (local) setLocal(undefined);
            }}
            {...errors.inputProps('tags')}
          />
          <button type="submit" className="btn btn-small" data-testid="response-tag-add" disabled={change.isPending}>
            {change.isPending && change.variables && 'add' in change.variables ? 'Adding…' : 'Add'}
          </button>
          <FieldError errors={errors} field="tags" testId="response-tag-error" />
        </form>
      ) : null}
      {/* a failure that names no field (the network, a 404): said here, beside the tags */}
      {change.error && !errors.message('tags') ? <ErrorMessage error={change.error} /> : null}
    </div>
  );
}
