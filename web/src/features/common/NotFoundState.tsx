import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';

/** True for the server's "no such thing" answer, where trying again cannot help. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** A page whose subject does not exist (an old link, a deleted item): says so and offers the way back. */
export function NotFoundState({ title, children, backTo, backLabel, testId }: { title: string; children?: ReactNode; backTo: string; backLabel: string; testId?: string }) {
  return (
    <div className="empty-state" data-testid={testId}>
      <h1>{title}</h1>
      {children ? <p className="muted">{children}</p> : null}
      <Link className="btn" to={backTo}>
        {backLabel}
      </Link>
    </div>
  );
}
