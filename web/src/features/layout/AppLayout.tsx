import { useEffect, useState } from 'react';
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout, useSessionQuery } from '../../api/hooks';
import { SessionContext } from '../../api/session-context';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { pageTitle } from './pageTitle';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

/** The signed-in frame: top bar (workspace switcher, navigation, logout) and the page. */
export function AppLayout() {
  const session = useSessionQuery();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => {
    document.title = pageTitle(location.pathname);
  }, [location.pathname]);

  if (session.isPending) return <Loading label="Loading your workspace…" />;
  if (session.isError) {
    return (
      <main className="page">
        <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />
      </main>
    );
  }
  if (!session.data) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  const current = session.data;
  const isDistribute = /^\/surveys\/[^/]+\/distribute/.test(location.pathname);
  // Sections whose highlighted link is not the one NavLink would pick: a survey's distribute page belongs to
  // Distribute (not Surveys), and every settings page to Settings. Screen readers hear the same (aria-current).
  const onDistribute = isDistribute || location.pathname === '/distribute';
  const onSettings = location.pathname.startsWith('/settings');

  return (
    <SessionContext.Provider value={current}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <NavLink to="/" className="brand" aria-label="Clearloop overview">
            <span className="brand-mark" aria-hidden="true" />
            Clearloop
          </NavLink>
          <WorkspaceSwitcher />
          <button
            type="button"
            className="btn btn-ghost nav-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
          </button>
          <nav id="main-nav" className={menuOpen ? 'main-nav open' : 'main-nav'} aria-label="Main">
            <NavLink to="/" end onClick={() => setMenuOpen(false)}>
              Overview
            </NavLink>
            <NavLink to="/responses" onClick={() => setMenuOpen(false)}>
              Responses
            </NavLink>
            <NavLink to="/problems" data-testid="nav-problems" onClick={() => setMenuOpen(false)}>
              Top problems
            </NavLink>
            <NavLink to="/cases" data-testid="nav-cases" onClick={() => setMenuOpen(false)}>
              Cases
            </NavLink>
            <NavLink to="/feed" data-testid="nav-feed" onClick={() => setMenuOpen(false)}>
              Feed
            </NavLink>
            <NavLink to="/scoreboard" data-testid="nav-scoreboard" onClick={() => setMenuOpen(false)}>
              Scoreboard
            </NavLink>
            <NavLink
              to="/surveys"
              className={({ isActive }) => (isActive && !isDistribute ? 'active' : '')}
              aria-current={isDistribute ? false : 'page'}
              data-testid="nav-surveys"
              onClick={() => setMenuOpen(false)}
            >
              Surveys
            </NavLink>
            <Link
              to="/distribute"
              className={onDistribute ? 'active' : undefined}
              aria-current={onDistribute ? 'page' : undefined}
              data-testid="nav-distribute"
              onClick={() => setMenuOpen(false)}
            >
              Distribute
            </Link>
            <NavLink to="/imports" data-testid="nav-imports" onClick={() => setMenuOpen(false)}>
              Imports
            </NavLink>
            <Link
              to="/settings/users"
              className={onSettings ? 'active' : undefined}
              aria-current={onSettings ? 'page' : undefined}
              data-testid="nav-settings"
              onClick={() => setMenuOpen(false)}
            >
              Settings
            </Link>
          </nav>
          <div className="topbar-user">
            <span className="muted user-name" title={current.user.email}>
              {current.user.name || current.user.email}
            </span>
            <button
              type="button"
              className="btn btn-ghost"
              data-testid="logout"
              disabled={logout.isPending}
              onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
            >
              Log out
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {current.workspace ? (
          // Keyed by workspace so every page starts fresh (filters, forms) after a switch.
          <Outlet key={current.workspace.id} />
        ) : (
          <div className="empty-state">
            <h1>No workspace</h1>
            <p>You are not a member of any workspace yet. Ask an owner or admin to add you.</p>
          </div>
        )}
      </main>
    </SessionContext.Provider>
  );
}
