import { useWidgetInstall } from '../../api/hooks';
import { CopyField } from '../common/CopyField';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';

/** The install snippet of the website widget; hidden with a note when the server has no widget yet (404). */
export function WidgetPanel({ surveyId }: { surveyId: string }) {
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
  return (
    <div className="stack stack-tight" data-testid="widget-panel">
      <p>
        Paste this before <code>&lt;/body&gt;</code> on your site. Replace the user placeholders with the signed-in visitor, and compute the hash on
        your server (see the API docs).{' '}
        {w.anonymousAllowed ? 'Anonymous visitors can answer too.' : 'Only identified visitors are asked.'}
      </p>
      {!w.surveyActive ? <p className="alert alert-warning">The survey is not active, so the widget will not show it yet.</p> : null}
      <CopyField id="widget-snippet" label="Widget snippet" value={w.snippet} multiline testId="widget-snippet" />
      <details>
        <summary>Or a single script tag with data attributes</summary>
        <CopyField id="widget-data-attributes" label="Script tag" value={w.dataAttributes} multiline />
      </details>
    </div>
  );
}
