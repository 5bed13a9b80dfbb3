import { useCurrentSession } from '../../api/session-context';
import { useSwitchWorkspace } from '../../api/hooks';
import { errorMessage } from '../../api/client';

export function WorkspaceSwitcher() {
  const session = useCurrentSession();
  const switchWorkspace = useSwitchWorkspace();
  const current = session.workspace?.id ?? '';

  return (
    <div className="workspace-switcher">
      <label htmlFor="workspace-switcher" className="visually-hidden">
        Workspace
      </label>
      <select
        id="workspace-switcher"
        data-testid="workspace-switcher"
        value={current}
        disabled={switchWorkspace.isPending || session.workspaces.length === 0}
        onChange={(e) => {
          if (e.target.value && e.target.value !== current) switchWorkspace.mutate(e.target.value);
        }}
      >
        {current === '' ? <option value="">No workspace</option> : null}
        {session.workspaces.map((ws) => (
          <option key={ws.id} value={ws.id}>
            {ws.name} ({ws.role})
          </option>
        ))}
      </select>
      {switchWorkspace.isError ? (
        <span className="field-error" role="alert">
          {errorMessage(switchWorkspace.error)}
        </span>
      ) : null}
    </div>
  );
}
