import { NavLink, Outlet } from 'react-router';
import { canAdminister, useCurrentSession } from '../../api/session-context';

export function SettingsLayout() {
  const admin = canAdminister(useCurrentSession());
  return (
    <div className="settings">
      <div className="page-header">
        <h1>Settings</h1>
      </div>
      <div className="settings-grid">
        <nav className="subnav" aria-label="Settings">
          <NavLink to="/settings/users">Users</NavLink>
          <NavLink to="/settings/directory" data-testid="settings-nav-directory">
            Teams &amp; employees
          </NavLink>
          <NavLink to="/settings/feedback">Feedback rules</NavLink>
          <NavLink to="/settings/alert-rules" data-testid="settings-nav-alert-rules">
            Alert rules
          </NavLink>
          {/* webhooks and API keys are for owners and admins only */}
          {admin ? <NavLink to="/settings/webhooks">Webhooks</NavLink> : null}
          <NavLink to="/settings/jobs">Jobs</NavLink>
          {admin ? <NavLink to="/settings/api-keys">API keys</NavLink> : null}
          <NavLink to="/settings/themes" data-testid="settings-nav-themes">
            Themes
          </NavLink>
          <NavLink to="/settings/account">Account</NavLink>
        </nav>
        <div className="settings-content">
          <Outlet />
        </div>
      </div>
    </div>
  );
}
