import type { ReactNode } from 'react';

export type PillTone = 'ok' | 'danger' | 'warn' | 'muted' | 'strong' | 'plain';

/** A small status badge; the tone only adds colour, the text says it all. */
export function StatusPill({ tone = 'plain', children, title, testId }: { tone?: PillTone; children: ReactNode; title?: string; testId?: string }) {
  const cls = tone === 'plain' ? 'pill' : `pill pill-${tone}`;
  return (
    <span className={cls} title={title} data-testid={testId}>
      {children}
    </span>
  );
}
