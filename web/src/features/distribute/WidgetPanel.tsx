import { useState } from 'react';
import { useWidgetInstall, useWidgetSecret } from '../../api/hooks';
import { canAdminister, useCurrentSession } from '../../api/session-context';
import { CopyField } from '../common/CopyField';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';

/**
 * How a developer's server computes a visitor's hash: one line of Node.js, the same computation as `visitorHash`
 * (src/modules/widget/widget-token.ts): HMAC-SHA256 of the user id (UTF-8) keyed with the secret, lowercase hex.
 */
const NODE_HASH_EXAMPLE = "const hash = createHmac('sha256', process.env.CLEARLOOP_SIGNING_SECRET).update(String(user.id), 'utf8').digest('hex');";

/**
 * The workspace signing secret behind a "Reveal" button (owners and admins only: the server refuses others, and
 * they are not offered it), with a Copy button and how to compute the hash with it. There is no rotation here: the
 * same secret signs every survey and unsubscribe link already emailed, so a new one would break them all.
 */
function SigningSecret({ surveyId }: { surveyId: string }) {
  const [shown, setShown] = useState(false);
  const secret = useWidgetSecret(surveyId, shown);
  return (
    <div className="stack stack-tight" data-testid="widget-secret-section">
      <h3 className="small strong">Signing secret</h3>
      <p className="muted small">
        Your server computes each signed-in visitor&apos;s hash with the workspace signing secret. Keep it on your server (e.g. in{' '}
        <code>CLEARLOOP_SIGNING_SECRET</code>): anyone who has it can answer as any of your visitors.
      </p>
      {!shown ? (
        <div>
          <button type="button" className="btn" data-testid="widget-secret-reveal" onClick={() => setShown(true)}>
            Reveal signing secret
          </button>
        </div>
      ) : secret.isPending ? (
        <Loading label="Loading the signing secret…" />
      ) : secret.isError ? (
        <ErrorMessage error={secret.error} onRetry={() => void secret.refetch()} />
      ) : (
        <>
          <CopyField id="widget-signing-secret" label="Workspace signing secret" value={secret.data.identity.secret ?? ''} testId="widget-secret" />
          <CopyField id="widget-hash-example" label="Visitor hash on your server (Node.js)" value={NODE_HASH_EXAMPLE} testId="widget-hash-example" />
          <p className="muted small">
            With <code>import {'{ createHmac }'} from &apos;node:crypto&apos;</code>. In any language: {secret.data.identity.algorithm} (docs/widget.md
            shows Python, Ruby and PHP). The same secret signs the survey and unsubscribe links already sent, so it cannot be rotated here.
          </p>
          <div>
            <button type="button" className="btn btn-ghost" data-testid="widget-secret-hide" onClick={() => setShown(false)}>
              Hide signing secret
            </button>
          </div>
        </>
      )}
    </div>
  );
}

/** The install snippet of the website widget; hidden with a note when the server has no widget yet (404). */
export function WidgetPanel({ surveyId }: { surveyId: string }) {
  const session = useCurrentSession();
  const widget = useWidgetInstall(surveyId);
  if (widget.isPending) return <Loading />;
  if (widget.isError) return <ErrorMessage error={widget.error} onRetry={() => void widget.refetch()} />;
  if (!widget.data) {
    return (
      <p className="muted" data-testid="widget-unavailable">
        The website widget is not available on this server yet.
      </p>
    );
  }
  const w = widget.data;
  const admin = canAdminister(session);
  return (
    <div className="stack stack-tight" data-testid="widget-panel">
      <p>
        Paste this before <code>&lt;/body&gt;</code> on your site. Replace the user placeholders with the signed-in visitor, and compute the hash on
        your server with the workspace signing secret
        {admin ? ' (below)' : ' (an owner or admin can reveal it here)'}.{' '}
        {w.anonymousAllowed ? 'Anonymous visitors can answer too.' : 'Only identified visitors are asked.'}
      </p>
      {!w.surveyActive ? <p className="alert alert-warning">The survey is not active, so the widget will not show it yet.</p> : null}
      <CopyField id="widget-snippet" label="Widget snippet" value={w.snippet} multiline testId="widget-snippet" />
      <details>
        <summary>Or a single script tag with data attributes</summary>
        <CopyField id="widget-data-attributes" label="Script tag" value={w.dataAttributes} multiline />
      </details>
      {admin ? <SigningSecret surveyId={surveyId} /> : null}
    </div>
  );
}
